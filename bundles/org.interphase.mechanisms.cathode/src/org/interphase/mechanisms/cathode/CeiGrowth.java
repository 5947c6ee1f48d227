package org.interphase.mechanisms.cathode;

import java.util.ArrayList;
import java.util.List;

import org.interphase.mechanisms.cathode.film.CeiFilm;
import org.interphase.model.Additive;
import org.interphase.model.CellInterface;
import org.interphase.model.Material;
import org.interphase.model.MaterialRole;
import org.interphase.model.Salt;
import org.interphase.solver.api.CellProperties;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.Physics;
import org.interphase.solver.api.StateVariable;

/**
 * cei_growth: salts and additives whose anion decomposes on the cathode above its own potential
 * (LiBOB about 4.0-4.3 V, FSI- about 4.3-4.5 V: the library's "decomposition potential") build a
 * cathode-electrolyte interphase on the particles' real surface a. It grows parabolically,
 * d(d^2)/dt = sum over the CEI formers of k_s(T) exp((E - E_dec,s) / b), b = RT/(alpha F): each
 * former's "cei rate constant" is its growth constant at its own threshold, so more potential makes
 * more CEI, and the CEI's own thickness slows further growth (self-limiting). The CEI adds
 * d / (sigma a) in series, takes the charge that builds it as a side current (F a V_e^-1 dd/dt, V_e
 * the CEI volume per electron) and, read by polymer_oxidation as cei_thickness, passivates the
 * surface against polymer oxidation. The film ({@link CeiFilm}) is the same material as the one the
 * polymer's own oxidation deposits (polymer_oxidation reads this mechanism's CEI volume per electron and
 * conductivity), and both add up in the state cei_thickness.
 */
public class CeiGrowth implements Mechanism {

    private record Former(double rateConstant, double threshold) {
    }

    @Override
    public boolean appliesTo(CellInterface where) {
        return where.getElectrode() != null && where.getElectrode().getMaterial() != null
                && where.getElectrode().getMaterial().getRoles().contains(MaterialRole.CATHODE)
                && where.getElectrolyte() != null && !formers(where).isEmpty();
    }

    private static List<Former> formers(CellInterface where) {
        List<Material> materials = new ArrayList<>();
        for (Salt s : where.getElectrolyte().getSalts()) {
            materials.add(s.getMaterial());
        }
        for (Additive a : where.getElectrolyte().getAdditives()) {
            materials.add(a.getMaterial());
        }
        List<Former> formers = new ArrayList<>();
        for (Material m : materials) {
            if (m == null || m.eIsProxy()) {
                continue;
            }
            var k = CellProperties.value(m, "cei rate constant");
            var e = CellProperties.value(m, "decomposition potential");
            if (k.isPresent() && e.isPresent()) {
                formers.add(new Former(k.get(), e.get()));
            }
        }
        return formers;
    }

    @Override
    public InterfaceProcess create(CellInterface where, ParameterValues p) {
        List<Former> formers = formers(where);
        double area = CellProperties.cathode(where).surfaceArea();
        CeiFilm film = new CeiFilm(p.get("cei volume per electron"), p.get("cei conductivity"), area);
        double activationEv = p.get("activation energy") / Physics.E;
        double reference = p.get("reference temperature");
        double alpha = p.get("transfer coefficient");
        double initial = p.get("initial cei thickness");
        return InterfaceProcess.of(List.of(new StateVariable("cei_thickness", "m", initial)), (c, y, rates, effects) -> {
            double thickness = Math.max(y[0], initial);
            double b = Physics.R * c.temperature() / (alpha * Physics.F);
            double arrhenius = Physics.arrhenius(activationEv, c.temperature(), reference);
            double k = 0;
            for (Former f : formers) {
                // bounded exponent: far above threshold the parabolic law, not the exponential, limits growth
                k += f.rateConstant() * arrhenius * Math.exp(Math.min(40, (c.potential() - f.threshold()) / b));
            }
            double growth = k / (2 * thickness);
            rates[0] = growth;
            effects.filmResistance(film.resistance(thickness));
            effects.sideCurrent(film.current(growth));
        });
    }
}
