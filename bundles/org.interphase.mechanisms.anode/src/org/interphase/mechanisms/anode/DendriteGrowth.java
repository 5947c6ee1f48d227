package org.interphase.mechanisms.anode;

import java.util.List;
import java.util.Locale;

import org.interphase.model.CellInterface;
import org.interphase.model.Filler;
import org.interphase.model.Material;
import org.interphase.solver.api.CellProperties;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.api.Effects;
import org.interphase.solver.api.ElectrolyteView;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.Physics;
import org.interphase.solver.api.StateVariable;

/**
 * dendrite_growth: lithium filaments grow from a lithium surface through the soft polymer until one
 * crosses the electrolyte and shorts the cell.
 * <p>
 * Where lithium plates, the current is not uniform: growth sites carry J_loc = h J / a (h the
 * non-uniformity factor, from SEI heterogeneity; a the contacting fraction). Two regimes:
 * <ul>
 * <li>Below the limiting current, each plating nucleates irregular deposits on the heterogeneous SEI
 * before it grows on them: the filament front advances by dl = h ell0 ln(1 + Q/ell0) per plating of
 * thickness Q (growth at h (J V_Li/F) ell0/(ell0 + q), q the thickness plated since the last strip),
 * so thin platings (Li|Li tests) and thick ones (full cells) differ by the logarithm of their ratio.
 * Stripping does not remove what has grown (isolated, "dead" lithium stays in the film).</li>
 * <li>Above the limiting current J* = 2 c0 F D / ((1 - t+) L), the salt at the growth sites runs out
 * after Sand's time t_S = pi D (c0 F)^2 / (4 (J_loc (1 - t+))^2); from then on lithium grows as
 * filaments that take the local current on a small fraction phi of the area: dl/dt = J_loc V_Li / (F phi).
 * The depletion time t_S is compared with the time plated so far, which relaxes on rest and
 * stripping over the diffusion time L^2 / (pi^2 D).</li>
 * </ul>
 * Both advance faster as the tip approaches the other electrode (field focusing, L/(L - l), capped at
 * 100) and are throttled by the Monroe-Newman criterion, growth times max(0, 1 - G/(2 G_Li)), G the
 * electrolyte's shear modulus (melt or solid, stiffened by fillers per Guth-Gold,
 * G (1 + 2.5 phi + 14.1 phi^2)). Ceramic fillers even the Li+ flux, (h - 1) exp(-k phi_filler), and a
 * Li+-conducting interlayer (Li3N from Mg3N2) spreads the current under it, (h - 1) times the
 * interlayer factor. A scaffold lengthens the path to L tau (tau its pores' tortuosity). The cell
 * shorts when l reaches that path.
 */
public class DendriteGrowth implements Mechanism {

    /** Molar volume of lithium, m3/mol: 6.941 g/mol / 0.534 g/cm3 (domain brief density). */
    static final double LITHIUM_MOLAR_VOLUME = 6.941e-3 / 534;

    /** Largest field-focusing factor L/(L - l). */
    private static final double MAX_FOCUS = 100;

    @Override
    public boolean appliesTo(CellInterface where) {
        return CellProperties.isLithium(where.getElectrode()) && where.getElectrolyte() != null
                && where.getElectrolyte().getPolymer() != null
                && where.getElectrolyte().getPolymer().getMaterial() != null
                && !where.getElectrolyte().getPolymer().getMaterial().eIsProxy();
    }

    private static double value(Material m, String parameter, double otherwise) {
        return m == null ? otherwise : CellProperties.value(m, parameter).orElse(otherwise);
    }

    @Override
    public InterfaceProcess create(CellInterface where, ParameterValues p) {
        ElectrolyteView spe = CellProperties.electrolyte(where);
        Material polymer = where.getElectrolyte().getPolymer().getMaterial();
        Material lithium = where.getElectrode().getMaterial();
        double lithiumModulus = value(lithium, "shear modulus", 4e9);
        double meltModulus = value(polymer, "shear modulus", 1e6);
        double solidModulus = value(polymer, "solid shear modulus", meltModulus);
        double melting = value(polymer, "melting point", 0);
        double phi = spe.fillerVolumeFraction();
        double stiffening = 1 + 2.5 * phi + 14.1 * phi * phi;
        double excess = p.get("current non-uniformity factor") - 1;
        excess *= Math.exp(-p.get("filler homogenisation") * phi);
        if (where.getElectrode().getInterlayer() != null && value(where.getElectrode().getInterlayer().getMaterial(),
                "product conductivity", 0) > 0) {
            excess *= p.get("interlayer homogenisation");
        }
        double nonUniformity = 1 + Math.max(0, excess);
        double nucleation = p.get("nucleation length");
        double filamentArea = p.get("filament area fraction");
        double contact = CellProperties.contactFraction(where.getElectrolyte());
        double path = spe.thickness() * spe.scaffoldTortuosity();
        String fillers = where.getElectrolyte().getFillers().stream().map(Filler::getMaterial)
                .map(m -> m == null ? "?" : m.getName()).reduce((a, b) -> a + ", " + b).orElse("");
        List<StateVariable> state = List.of(new StateVariable("filament_length", "m", 0),
                new StateVariable("plated_thickness", "m", 0, true), new StateVariable("plating_time", "s", 0, true));
        return new InterfaceProcess() {
            @Override
            public List<StateVariable> state() {
                return state;
            }

            @Override
            public void evaluate(Conditions c, double[] y, double[] rates, Effects effects) {
                double temperature = c.temperature();
                double length = Math.max(0, y[0]);
                double plated = Math.max(0, y[1]);
                double clock = Math.max(0, y[2]);
                double diffusivity = spe.saltDiffusivity(temperature);
                double j = c.currentDensity();
                double deposit = j / contact * LITHIUM_MOLAR_VOLUME / Physics.F; // m/s, + plating
                if (j > 0) {
                    double local = nonUniformity * j / contact;
                    double modulus = (temperature >= melting ? meltModulus : solidModulus) * stiffening;
                    double mechanics = Math.max(0, 1 - modulus / (2 * lithiumModulus));
                    double focus = Math.min(MAX_FOCUS, path / Math.max(path - length, path / MAX_FOCUS));
                    double growth = nonUniformity * deposit * nucleation / (nucleation + plated);
                    if (local > spe.limitingCurrent(temperature)) {
                        double c0F = spe.saltConcentration() * Physics.F;
                        double sand = Math.PI * diffusivity * c0F * c0F
                                / (4 * Math.pow(local * (1 - spe.transferenceNumber()), 2));
                        // smooth switch over 5 % of Sand's time, so the integrator sees no jump
                        double depleted = 1 / (1 + Math.exp(-(clock - sand) / (0.05 * sand)));
                        growth += depleted * local * LITHIUM_MOLAR_VOLUME / (Physics.F * filamentArea);
                    }
                    rates[0] = growth * focus * mechanics;
                    rates[1] = deposit;
                    rates[2] = 1;
                } else {
                    rates[0] = 0;
                    rates[1] = plated > 0 ? deposit : 0; // stripping takes the fresh deposit first
                    rates[2] = -clock * Math.PI * Math.PI * diffusivity / (spe.thickness() * spe.thickness());
                }
                if (length >= path) {
                    effects.shortCircuit(String.format(Locale.ROOT,
                            "a lithium filament grew through the %.0f um electrolyte%s (growth-site current %.3g mA/cm2,"
                                    + " limiting current %.3g mA/cm2)",
                            spe.thickness() * 1e6, fillers.isEmpty() ? "" : " with " + fillers,
                            nonUniformity * Math.abs(j) / contact / 10, spe.limitingCurrent(temperature) / 10));
                }
            }
        };
    }
}
