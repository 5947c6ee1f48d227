package org.interphase.mechanisms.cracking;

import org.interphase.model.CellInterface;
import org.interphase.model.Material;
import org.interphase.model.MaterialRole;
import org.interphase.solver.api.CellProperties;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.StateVariable;

/**
 * particle_cracking: intergranular fatigue cracking of polycrystalline layered oxides.
 * <p>
 * Below about 40 % Li in the layers the c axis of an NCM collapses (Kondrakov et al., J. Phys. Chem. C
 * 121 (2017) 24381: NCM811's c falls 5.1 % between Li 0.6 and 0.25; Li, Yaghoobnejad Asl, Xie and
 * Manthiram, J. Am. Chem. Soc. 141 (2019) 5097: about 5 % at 80 % Li removal whatever the Ni content;
 * Jousseaume et al., Energy Environ. Sci. 17 (2024): strain only below 40 % Li). The library's
 * "lattice collapse" curve of each cathode gives that misfit strain e(x) against delithiation x; the
 * Ni content enters through the OCV, which sets how deep a charge to a cut-off goes (NCM811 reaches
 * 72.5 % at 4.3 V, NCM622 64 %, NCM523 60 %).
 * <p>
 * Neighbouring primary grains of different orientation misfit by e; half of it strains each, so the
 * misfit stress is sigma = E e / 2 (E the library's "elastic modulus"). A surface crack of length l
 * sees K = b sigma sqrt(pi l). It grows by Paris' law, dl/dN = C (Delta K)^m (Deshpande et al.,
 * J. Electrochem. Soc. 159 (2012) A1730), written per charge and independent of its rate:
 * dl/dt = C d(K^m)/dt while the collapse deepens (a charge); it does not grow on discharge, rest or a
 * hold at constant state of charge. Over a charge from the lithiated state to the cut-off, with l
 * nearly constant, this is exactly C K_top^m. (A partial cycle between e1 and e2 counts
 * K2^m - K1^m, at least Paris' (K2 - K1)^m: partial cycles are over-counted.)
 * <p>
 * Consequence, with a solid polymer electrolyte: the cracks are not flooded (unlike a liquid, a
 * polymer does not wick into nanometre grain-boundary cracks), so the grains of the cracked shell of
 * depth l lose their ionic path: the isolated active material is f (V_shell(l) - V_shell(l0)) / V,
 * V_shell(l) / V = 1 - (1 - l/R)^3, f the "isolated fraction". The crack faces touch no electrolyte, so
 * no side reaction acts on them (which is why no other mechanism reads the crack). The crack length is
 * the state "crack_length" (m). The crack stops at the particle radius. Coatings do not stop it.
 */
public class ParticleCracking implements Mechanism {

    /** The library curve of the misfit strain against delithiation. */
    static final String COLLAPSE = "lattice collapse";
    /** The library value of the active material's Young's modulus. */
    static final String MODULUS = "elastic modulus";

    @Override
    public boolean appliesTo(CellInterface where) {
        Material active = where.getElectrode() == null ? null : where.getElectrode().getMaterial();
        return active != null && active.getRoles().contains(MaterialRole.CATHODE) && where.getElectrolyte() != null
                && CellProperties.curve(active, COLLAPSE)[0].length >= 2
                && CellProperties.value(active, MODULUS).isPresent();
    }

    @Override
    public InterfaceProcess create(CellInterface where, ParameterValues p) {
        Material active = where.getElectrode().getMaterial();
        double[][] curve = CellProperties.curve(active, COLLAPSE);
        if (curve[0].length < 2) {
            throw new IllegalArgumentException(active.getName() + " has no '" + COLLAPSE + "' curve in the library");
        }
        double modulus = CellProperties.value(active, MODULUS).orElseThrow(
                () -> new IllegalArgumentException(active.getName() + " has no '" + MODULUS + "' in the library"));
        double radius = CellProperties.value(active, "particle radius").orElse(5e-6);
        double capacity = CellProperties.cathode(where).theoreticalCapacity();
        double exponent = p.get("paris exponent");
        double coefficient = p.get("paris coefficient");
        double initial = p.get("initial crack length");
        double isolated = p.get("isolated fraction");
        // K = k e sqrt(l), k = b (E / 2) sqrt(pi)
        double k = p.get("geometry factor") * modulus / 2 * Math.sqrt(Math.PI);
        Strain strain = new Strain(curve[0], curve[1]);
        return InterfaceProcess.of(new StateVariable("crack_length", "m", initial), (c, y, rates, effects) -> {
            double l = Math.min(radius, Math.max(y[0], initial));
            double rate = 0;
            if (c.currentDensity() > 0 && l < radius) {
                double x = c.delithiation();
                double e = strain.at(x);
                double slope = strain.slope(x);
                if (e > 0 && slope > 0) {
                    double rootL = Math.sqrt(l);
                    double stressIntensity = k * e * rootL;
                    double strainRate = slope * c.currentDensity() / capacity;
                    rate = coefficient * exponent * Math.pow(stressIntensity, exponent - 1) * k * rootL * strainRate;
                }
            }
            rates[0] = rate;
            double intact = 1 - l / radius;
            effects.activeMaterialLoss(isolated * 3 * intact * intact / radius * rate);
        });
    }

    /** The misfit strain e(x), linear between the library's points and constant beyond them. */
    record Strain(double[] x, double[] e) {

        double at(double v) {
            return CellProperties.interpolate(x, e, v);
        }

        /** de/dx; 0 outside the points. */
        double slope(double v) {
            if (v < x[0] || v >= x[x.length - 1]) {
                return 0;
            }
            for (int i = 1; i < x.length; i++) {
                if (v < x[i]) {
                    return (e[i] - e[i - 1]) / (x[i] - x[i - 1]);
                }
            }
            return 0;
        }
    }
}
