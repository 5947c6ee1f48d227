package org.interphase.mechanisms.cathode;

import org.interphase.model.CellInterface;
import org.interphase.model.Material;
import org.interphase.model.MaterialRole;
import org.interphase.solver.api.CathodeView;
import org.interphase.solver.api.CellProperties;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.Physics;
import org.interphase.solver.api.StateVariable;

/**
 * surface_reconstruction: a deeply delithiated layered oxide loses lattice oxygen from its surface,
 * and the oxygen-poor surface turns from the layered (R-3m) to a rock-salt (NiO-like, Fm-3m) phase that
 * stores no lithium and conducts Li+ poorly. The loss starts at a material-specific potential, the
 * library's "oxygen release onset" (measured by on-line mass spectrometry at 25 °C: lower for more Ni,
 * NCM811 near 4.3 V; Jung et al., J. Electrochem. Soc. 164 (2017) A1361, at about 80 % state of charge
 * for every Ni content), and is an oxidation of the lattice's O2- that the potential drives:
 * d(d^2)/dt = K exp((E - E_O)/b) A(T), b = RT/(alpha F), A(T) Arrhenius from the onset's temperature,
 * parabolic because oxygen vacancies and transition metals must cross the growing rock-salt shell d
 * (self-limiting, like every surface film). The lattice, not the electrolyte, gives the oxygen, so a
 * coating does not stop it. The shell of the particles (radius r, real surface a per geometric area)
 * is lost active material, 1 - (1 - d/r)^3, and adds (d - d0) / (sigma a) in series (the pristine
 * surface layer d0 belongs to the measured charge-transfer resistance); each formula unit converted
 * releases half an O2 (gas O2; in a polymer electrolyte this oxygen, partly singlet, oxidises the polymer
 * chemically: that is not fed into polymer_oxidation or the acid, see docs/engine.md). Materials without
 * an onset in the library (LiCoO2, LiFePO4) are not affected.
 */
public class SurfaceReconstruction implements Mechanism {

    @Override
    public boolean appliesTo(CellInterface where) {
        return where.getElectrode() != null && where.getElectrode().getMaterial() != null
                && where.getElectrode().getMaterial().getRoles().contains(MaterialRole.CATHODE)
                && where.getElectrolyte() != null
                && CellProperties.value(where.getElectrode().getMaterial(), ONSET).isPresent();
    }

    /** The library parameter that says where a cathode starts to lose lattice oxygen. */
    static final String ONSET = "oxygen release onset";

    @Override
    public InterfaceProcess create(CellInterface where, ParameterValues p) {
        Material active = where.getElectrode().getMaterial();
        double onset = CellProperties.value(active, ONSET).orElseThrow();
        double radius = CellProperties.value(active, "particle radius").orElse(5e-6);
        CathodeView cathode = CellProperties.cathode(where);
        double area = cathode.surfaceArea();
        double constant = p.get("growth constant");
        double activationEv = p.get("activation energy") / Physics.E;
        double reference = p.get("reference temperature");
        double alpha = p.get("transfer coefficient");
        double initial = p.get("pristine surface layer");
        double conductivity = p.get("rock salt conductivity");
        double molarVolume = p.get("rock salt molar volume");
        return InterfaceProcess.of(new StateVariable("rock_salt_thickness", "m", initial), (c, y, rates, effects) -> {
            double thickness = Math.min(radius, Math.max(y[0], initial));
            double b = Physics.R * c.temperature() / (alpha * Physics.F);
            double drive = Math.exp(Math.min(40, (c.potential() - onset) / b));
            double growth = constant * Physics.arrhenius(activationEv, c.temperature(), reference) * drive
                    / (2 * thickness);
            rates[0] = growth;
            double shell = 1 - thickness / radius;
            effects.activeMaterialLoss(3 * shell * shell / radius * growth);
            effects.filmResistance((thickness - initial) / (conductivity * area));
            effects.gas("O2", 0.5 * area * growth / molarVolume);
        });
    }
}
