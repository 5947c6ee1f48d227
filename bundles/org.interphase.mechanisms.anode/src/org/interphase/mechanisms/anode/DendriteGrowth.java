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
import org.interphase.solver.api.InterfaceState;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.Physics;
import org.interphase.solver.api.StateVariable;

/**
 * dendrite_growth: lithium filaments grow from a lithium surface through the polymer once the salt at
 * their growth sites is exhausted, until one crosses the electrolyte and shorts the cell.
 * <ul>
 * <li><b>Onset</b> (Chazalviel, Phys. Rev. A 42 (1990) 7355; observed in Li|PEO-LiTFSI|Li cells by Brissot,
 * Rosso, Chazalviel and Lascaud, Electrochim. Acta 43 (1998) 1569): filaments start where the salt
 * concentration at the surface reaches zero, which a uniform current above the limiting current does
 * after Sand's time. The engine's transient salt transport gives the surface concentration c_s
 * ({@link InterfaceState#SALT_AT_SURFACE}); growth sites carry a focused current, and in the linear
 * diffusion problem their depletion scales with it: c_site = c0 - f (c0 - c_s).</li>
 * <li><b>Focusing</b> from the measured non-uniformity of the lithium surface (amplitude A, wavelength
 * lambda of its roughness), by the small-amplitude secondary current distribution on a sinusoidal
 * electrode (Laplace's equation in the electrolyte with linearised interfacial kinetics):
 * f = 1 + k A / (1 + k sigma R), k = 2 pi / lambda, sigma the film's conductivity, R = RT/(F i0) +
 * R_interlayer the interfacial resistance. Kinetic control (the Wagner length sigma R, about 0.3 mm
 * for PEO-LiTFSI at 60 °C, far above lambda) flattens the distribution; the contacting fraction a
 * (a scaffold's) concentrates it on what touches the polymer, J/a.</li>
 * <li><b>Growth</b>: after onset the tips advance at the anion drift velocity, v = mu_a E =
 * (1 - t+) J / (F c0 a) (Chazalviel 1990; Brissot, Rosso, Chazalviel, Lascaud, J. Power Sources 81-82
 * (1999) 925 measured tip velocities equal to the anion velocity in PEO-LiTFSI). Stripping does not
 * remove what has grown (isolated lithium stays in the film).</li>
 * <li><b>Mechanics</b>: Monroe and Newman (J. Electrochem. Soc. 152 (2005) A396): a separator with a
 * shear modulus above about twice lithium's suppresses roughening; the electrolyte's modulus (melt or
 * solid, stiffened by fillers per Guth-Gold, G (1 + 2.5 phi + 14.1 phi^2)) is compared with 2 G_Li
 * and growth switches off smoothly (over 5 % in ln G) above it.</li>
 * </ul>
 * A scaffold lengthens the path to L tau (tau its pores' tortuosity). The cell shorts when the front
 * reaches it. Fillers act through their measured properties: the film's conductivity (focusing), the
 * effective salt diffusivity (Sand's time, in the engine's transport) and the stiffening.
 */
public class DendriteGrowth implements Mechanism {

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

    /**
     * Local over mean current at the crests of a sinusoidal surface, f = 1 + k A / (1 + k sigma R).
     *
     * @param amplitude    roughness amplitude A, m
     * @param wavelength   roughness wavelength lambda, m
     * @param conductivity the film's conductivity sigma, S/m
     * @param resistance   the interfacial resistance R (charge transfer, linearised, plus layers), ohm m2
     */
    static double focusing(double amplitude, double wavelength, double conductivity, double resistance) {
        double k = 2 * Math.PI / wavelength;
        return 1 + k * amplitude / (1 + k * conductivity * resistance);
    }

    @Override
    public InterfaceProcess create(CellInterface where, ParameterValues p) {
        ElectrolyteView spe = CellProperties.electrolyte(where);
        Material polymer = where.getElectrolyte().getPolymer().getMaterial();
        Material lithium = where.getElectrode().getMaterial();
        double lithiumModulus = value(lithium, "shear modulus", 4e9);
        double exchange = value(lithium, "exchange current density", 10);
        double meltModulus = value(polymer, "shear modulus", 1e6);
        double solidModulus = value(polymer, "solid shear modulus", meltModulus);
        double melting = value(polymer, "melting point", 0);
        double phi = spe.fillerVolumeFraction();
        double stiffening = 1 + 2.5 * phi + 14.1 * phi * phi;
        double interlayer = 0;
        if (where.getElectrode().getInterlayer() != null) {
            Material m = where.getElectrode().getInterlayer().getMaterial();
            double sigma = Math.max(value(m, "product conductivity", 0), value(m, "ionic conductivity", 0));
            interlayer = sigma > 0 ? CellProperties.interlayerThickness(where.getElectrode()) / sigma : 0;
        }
        double interfacialResistance = interlayer;
        double amplitude = p.get("surface roughness amplitude");
        double wavelength = p.get("surface roughness wavelength");
        double contact = CellProperties.contactFraction(where.getElectrolyte());
        double path = spe.thickness() * spe.scaffoldTortuosity();
        double c0 = spe.saltConcentration();
        double tPlus = spe.transferenceNumber();
        String fillers = where.getElectrolyte().getFillers().stream().map(Filler::getMaterial)
                .map(m -> m == null ? "?" : m.getName()).reduce((a, b) -> a + ", " + b).orElse("");
        List<StateVariable> state = List.of(new StateVariable("filament_length", "m", 0));
        return new InterfaceProcess() {
            @Override
            public List<StateVariable> state() {
                return state;
            }

            @Override
            public void evaluate(Conditions c, double[] y, double[] rates, Effects effects) {
                double temperature = c.temperature();
                double length = Math.max(0, y[0]);
                double j = c.currentDensity();
                double surface = c.state(InterfaceState.SALT_AT_SURFACE);
                rates[0] = 0;
                double f = focusing(amplitude, wavelength, spe.conductivity(temperature),
                        Physics.thermalVoltage(temperature) / exchange + interfacialResistance);
                if (j > 0 && surface > 0) {
                    double site = c0 - f * (c0 - surface);
                    // smooth switch as the salt at the growth sites runs out: half on at 1 % of c0, fully on at 0
                    double exhausted = 1 / (1 + Math.exp((site - 0.01 * c0) / (0.002 * c0)));
                    double modulus = (temperature >= melting ? meltModulus : solidModulus) * stiffening;
                    double mechanics = 1 / (1 + Math.exp(Math.log(modulus / (2 * lithiumModulus)) / 0.05));
                    rates[0] = exhausted * mechanics * (1 - tPlus) * j / (Physics.F * c0 * contact);
                }
                if (length >= path) {
                    effects.shortCircuit(String.format(Locale.ROOT,
                            "a lithium filament grew through the %.0f um electrolyte%s after the salt ran out at the"
                                    + " lithium (plating at %.3g mA/cm2, limiting current %.3g mA/cm2)",
                            spe.thickness() * 1e6, fillers.isEmpty() ? "" : " with " + fillers,
                            Math.abs(j) / 10, spe.limitingCurrent(temperature) / 10));
                }
            }
        };
    }
}
