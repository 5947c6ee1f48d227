package org.interphase.mechanisms.cathode;

import java.util.List;

import org.interphase.mechanisms.cathode.film.VolumeChange;
import org.interphase.model.CellInterface;
import org.interphase.model.Material;
import org.interphase.model.MaterialRole;
import org.interphase.model.ProcessKind;
import org.interphase.solver.api.CathodeView;
import org.interphase.solver.api.CellProperties;
import org.interphase.solver.api.ElectrolyteView;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;

/**
 * delamination: cathode particles breathe with their state of charge (the library's "volume change"
 * curve), the polymer around them does not, and the mismatch debonds them.
 * <p>
 * The linear mismatch strain is e = dV/V / 3. The elastic energy it releases per area of a debond of
 * the particle's size r is G = E e^2 r, E = 3 G_p the polymer's Young's modulus (incompressible; G_p the
 * polymer's shear modulus at its crystallinity at that moment of the run, {@link ElectrolyteView#shearModulus},
 * continuous from the melt's to the crystallised film's; an in-situ polymerised network does not
 * crystallise). Contact is lost while G exceeds
 * what holds the interface, Gamma_eff = Gamma + P |e| r (adhesion energy, and the work of stack
 * pressure P against the gap a debond opens, about |e| r; in-situ polymerised electrolytes adhere
 * better):
 * da/dt = -k a (1 - Gamma_eff / G) |de/dt|, k a fatigue coefficient, |de/dt| from the current.
 * The polymer creeps back into lost contact, the faster the softer it is and the harder it is
 * pressed (stack pressure plus capillary pressure 2 gamma / r of the polymer):
 * da/dt = (1 - a) (P + 2 gamma / r) / (G_p tau). Lost contact concentrates the current on what is
 * left (the engine divides the charge-transfer current by a), which raises the local potential and
 * so feeds polymer_oxidation.
 */
public class Delamination implements Mechanism {

    @Override
    public boolean appliesTo(CellInterface where) {
        return where.getElectrode() != null && where.getElectrode().getMaterial() != null
                && where.getElectrode().getMaterial().getRoles().contains(MaterialRole.CATHODE)
                && where.getElectrolyte() != null && where.getElectrolyte().getPolymer() != null
                && where.getElectrolyte().getPolymer().getMaterial() != null
                && CellProperties.curve(where.getElectrode().getMaterial(), "volume change")[0].length >= 2;
    }

    private static double value(Material m, String name, double otherwise) {
        return CellProperties.value(m, name).orElse(otherwise);
    }

    @Override
    public InterfaceProcess create(CellInterface where, ParameterValues p) {
        Material active = where.getElectrode().getMaterial();
        double[][] curve = CellProperties.curve(active, "volume change");
        double[] x = curve[0];
        double[] dv = curve[1];
        CathodeView cathode = CellProperties.cathode(where);
        // the polymer's modulus follows its crystallinity in the run (a network polymerised in situ does not
        // crystallise: it stays as soft as the melt)
        ElectrolyteView spe = CellProperties.electrolyte(where);
        double radius = value(active, "particle radius", 5e-6);
        double pressure = where.eContainer() instanceof org.interphase.model.Cell cell && cell.getPressure() != null
                ? cell.getPressure().getSi() : 0;
        double adhesion = p.get("adhesion energy")
                * (where.getElectrolyte().getProcess() == ProcessKind.IN_SITU ? p.get("in situ adhesion factor") : 1);
        double fatigue = p.get("fatigue coefficient");
        double squeeze = pressure + 2 * p.get("polymer surface tension") / radius;
        double creep = p.get("creep time");
        double capacity = cathode.theoreticalCapacity();
        return InterfaceProcess.of(List.of(), (c, y, rates, effects) -> {
            double shear = spe.shearModulus(c.temperature());
            // linear mismatch strain: the interpolated volume change / 3
            double strain = CellProperties.interpolate(x, dv, c.delithiation()) / 3;
            double released = 3 * shear * strain * strain * radius;
            double holding = adhesion + pressure * Math.abs(strain) * radius;
            double a = c.contact();
            double rate = 0;
            if (released > holding && c.currentDensity() != 0) {
                double strainRate = Math.abs(VolumeChange.slope(x, dv, c.delithiation()) / 3 * c.currentDensity() / capacity);
                rate += fatigue * a * (1 - holding / released) * strainRate;
            }
            rate -= (1 - a) * squeeze / (shear * creep);
            effects.contactLoss(rate);
        });
    }
}
