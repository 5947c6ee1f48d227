package org.interphase.mechanisms.anode;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import org.interphase.model.CellInterface;
import org.interphase.model.Filler;
import org.interphase.model.Material;
import org.interphase.solver.api.CellProperties;
import org.interphase.solver.api.ElectrolyteView;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.InterfaceState;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.Physics;
import org.interphase.solver.api.StateVariable;

/**
 * dendrite_growth: lithium filaments grow from a lithium surface through the polymer, until one crosses
 * the electrolyte and shorts the cell. Two onsets, whichever comes first:
 * <ul>
 * <li><b>Salt depletion</b> (above the limiting current J*; Chazalviel, Phys. Rev. A 42 (1990) 7355;
 * observed in Li|PEO-LiTFSI|Li cells by Brissot, Rosso, Chazalviel and Lascaud, Electrochim. Acta 43
 * (1998) 1569): filaments start where the salt concentration at the surface reaches zero, which a
 * uniform current above J* does after Sand's time. The engine's transient salt transport gives the
 * surface concentration c_s ({@link InterfaceState#SALT_AT_SURFACE}), and filaments start where it
 * runs out on the mean surface. The crests of a rough surface do not run out first: in the linear
 * diffusion problem on a sinusoidal surface (amplitude A, wave number k) a crest sits A further into
 * the salt's gradient G = (1 - t+) J / (F D), which enriches it by G A, while the current it draws in
 * excess, (f - 1) J with f - 1 = k A (1 + g) / (1 + k sigma R + g) (below), depletes it by
 * G A (1 + g) / (1 + k sigma R + g) (the perturbation decays as exp(-k y), so its flux is D k dc): a net
 * c_crest - c_s = G A k sigma R / (1 + k sigma R + g) >= 0, the Mullins-Sekerka sign. The onset is therefore Sand's time on the mean
 * surface, as Brissot et al. (1998) observed it.</li>
 * <li><b>Roughening of the plated lithium</b> (below J*, where Brissot et al., J. Power Sources 81-82
 * (1999) 925, and Rosso et al., J. Power Sources 97-98 (2001) 804, still saw dendrites and ascribed
 * them to current focused by the electrode's non-uniformity): the measured roughness of the foil
 * (amplitude A0, wavelength lambda, k = 2 pi / lambda) focuses the current on its crests by the
 * small-amplitude tertiary current distribution on a sinusoidal electrode (Newman's Ohm's law of a
 * binary salt with its diffusion potential, blocked anions, linearised interfacial kinetics),
 * f = 1 + k A (1 + g) / (1 + k sigma R + g), sigma the film's conductivity, R = dEta/dJ the differential
 * interfacial resistance (Butler-Volmer, (2RT/F) / sqrt(J^2 + 4 i0^2), plus an interlayer) and
 * g = sigma (2RT/F)(1 - t+)^2 / (F D c_s) the concentration polarisation's share (g = 0: the secondary
 * distribution). The crests therefore advance faster than the mean surface: dA/dt = (f - 1) v,
 * v = J V_Li / F the plating velocity (the linear morphological instability of electrodeposition without
 * surface tension, negligible at these wavelengths). Stripping takes back the deposit that a plating
 * roughened, with its roughness: ln(A/A0) falls in proportion to the deposit left (the net thickness
 * plated since the surface was last the foil's own); stripping the foil itself dissolves its crests
 * first, back to A0. Filaments start once the crests leave the linear regime, k A = 1. Continuous
 * plating below J* thus shorts after a plated charge (Liu et al., J. Power Sources 195 (2010) 6847:
 * 125 h at 0.1 and 15 h at 0.5 mA/cm2 in PEO18LiTFSI at 60 °C), while symmetric cycling does not
 * accumulate roughness (docs/engine.md, 'Symmetric Li|Li cells', 2026-12-07). The Wagner length sigma R
 * (about 0.14 mm for PEO-LiTFSI at 60 °C) damps the focusing of every wavelength below it.</li>
 * <li><b>Growth</b>: after onset the tips advance at the anion drift velocity, v = mu_a E =
 * (1 - t+) J / (F c0 a) (Chazalviel 1990; Brissot et al. 1999 measured tip velocities equal to the
 * anion velocity in PEO-LiTFSI, above and below J*). Stripping does not remove what has grown
 * (isolated lithium stays in the film).</li>
 * <li><b>Mechanics</b>: Monroe and Newman (J. Electrochem. Soc. 152 (2005) A396): a separator with a
 * shear modulus above about twice lithium's suppresses roughening; the electrolyte's modulus (the
 * polymer's at its present crystallinity, {@link ElectrolyteView#shearModulus}, Davies' law between melt
 * and crystallised film, stiffened by fillers per Guth-Gold, G (1 + 2.5 phi + 14.1 phi^2)) is compared with 2 G_Li
 * and roughening and growth switch off smoothly (over 5 % in ln G) above it.</li>
 * </ul>
 * The contacting fraction a (a scaffold's) concentrates the current on what touches the polymer, J/a.
 * A scaffold lengthens the path to L tau (tau its pores' tortuosity). The cell shorts when the front
 * reaches it. Fillers act through their measured properties: the film's conductivity (focusing), the
 * effective salt diffusivity (Sand's time, in the engine's transport) and the stiffening. Not seen: the Li|electrolyte
 * interface layer whose lower resistance filled films show with their delayed onset (Liu et al. 2010); in this law a
 * resistance only damps the focusing (docs/engine.md, 'Fillers and the onset').
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
     * @param resistance   the differential interfacial resistance R (charge transfer plus layers), ohm m2
     */
    static double focusing(double amplitude, double wavelength, double conductivity, double resistance) {
        return focusing(amplitude, wavelength, conductivity, resistance, 0);
    }

    /**
     * Local over mean current at the crests with the salt's own field, f = 1 + k A (1 + gamma) / (1 + k sigma R
     * + gamma): the small-amplitude tertiary distribution (Newman's Ohm's law of a binary salt, blocked anions,
     * linear kinetics; docs/engine.md, 'Symmetric Li|Li cells'); gamma = 0 gives the secondary one.
     *
     * @param gamma the concentration polarisation's differential resistance over the ohmic one,
     *              {@link #concentrationRatio}
     */
    static double focusing(double amplitude, double wavelength, double conductivity, double resistance,
            double gamma) {
        double k = 2 * Math.PI / wavelength;
        return 1 + k * amplitude * (1 + gamma) / (1 + k * conductivity * resistance + gamma);
    }

    /**
     * gamma = sigma (2RT/F)(1 - t+)^2 / (F D c_s): over a wavelength, the salt's diffusion potential answers a
     * current change with this much more resistance than the ohmic drop.
     *
     * @param conductivity S/m
     * @param diffusivity  the salt's effective diffusivity, m2/s
     * @param tPlus        cation transference number
     * @param surface      salt concentration at the wall, mol/m3
     * @param kelvin       temperature, K
     */
    static double concentrationRatio(double conductivity, double diffusivity, double tPlus, double surface,
            double kelvin) {
        double anion = 1 - tPlus;
        return conductivity * 2 * Physics.thermalVoltage(kelvin) * anion * anion
                / (Physics.F * diffusivity * Math.max(surface, 1e-9));
    }

    /**
     * Differential charge-transfer resistance of Butler-Volmer kinetics with symmetric transfer,
     * eta = (2RT/F) asinh(J / (2 i0)): d eta / dJ = (2RT/F) / sqrt(J^2 + 4 i0^2); RT/(F i0) at J = 0.
     *
     * @param current  current density, A/m2
     * @param exchange exchange current density i0, A/m2
     * @param kelvin   temperature, K
     * @return ohm m2
     */
    static double chargeTransferResistance(double current, double exchange, double kelvin) {
        return 2 * Physics.thermalVoltage(kelvin) / Math.sqrt(current * current + 4 * exchange * exchange);
    }

    /**
     * The limiting current the short's message quotes: at the salt left where mechanisms took salt out of the film
     * (their 'salt consumption'), else at c0.
     *
     * @param share the share of the film's salt left, {@link InterfaceState#SALT_LEFT} (0: unknown, 1: all of it)
     */
    static String limitingCurrent(ElectrolyteView spe, double kelvin, double share) {
        if (share > 0 && share < 1 - 1e-6) {
            return String.format(Locale.ROOT, "limiting current %.3g mA/cm2 at the %.3g %% of its salt left",
                    spe.limitingCurrent(kelvin, share) / 10, share * 100);
        }
        return String.format(Locale.ROOT, "limiting current %.3g mA/cm2", spe.limitingCurrent(kelvin) / 10);
    }

    @Override
    public InterfaceProcess create(CellInterface where, ParameterValues p) {
        ElectrolyteView spe = CellProperties.electrolyte(where);
        Material lithium = where.getElectrode().getMaterial();
        double lithiumModulus = value(lithium, "shear modulus", 4e9);
        // molar volume of lithium, F / (density x specific capacity): 13.0 cm3/mol with the library's values
        double molarVolume = Physics.F / (value(lithium, "density", 534) * value(lithium, "specific capacity", 1.3896e7));
        double phi = spe.fillerVolumeFraction();
        double stiffening = 1 + 2.5 * phi + 14.1 * phi * phi;
        double interlayer = 0;
        if (where.getElectrode().getInterlayer() != null) {
            Material m = where.getElectrode().getInterlayer().getMaterial();
            double sigma = Math.max(value(m, "product conductivity", 0), value(m, "ionic conductivity", 0));
            interlayer = sigma > 0 ? CellProperties.interlayerThickness(where.getElectrode()) / sigma : 0;
        }
        double interlayerResistance = interlayer;
        DoubleUnaryOperator exchangeCurrent = CellProperties.lithiumExchangeCurrent(where.getElectrode());
        double nativeAmplitude = p.get("surface roughness amplitude");
        double wavelength = p.get("surface roughness wavelength");
        double k = 2 * Math.PI / wavelength;
        double contact = CellProperties.contactFraction(where.getElectrolyte());
        double path = spe.thickness() * spe.scaffoldTortuosity();
        double c0 = spe.saltConcentration();
        double tPlus = spe.transferenceNumber();
        String fillers = where.getElectrolyte().getFillers().stream().map(Filler::getMaterial)
                .map(m -> m == null ? "?" : m.getName()).reduce((a, b) -> a + ", " + b).orElse("");
        // the roughness comes back to the foil's own at the end of every symmetric cycle
        List<StateVariable> state = List.of(new StateVariable("filament_length", "m", 0),
                new StateVariable("roughness_amplitude", "m", nativeAmplitude, true),
                new StateVariable("roughening_deposit", "m", 0, true));
        return InterfaceProcess.of(state, (c, y, rates, effects) -> {
            double temperature = c.temperature();
            double length = Math.max(0, y[0]);
            double amplitude = Math.max(0, y[1]);
            double j = c.currentDensity() / contact;
            double surface = c.state(InterfaceState.SALT_AT_SURFACE);
            double exchange = exchangeCurrent.applyAsDouble(temperature);
            double resistance = chargeTransferResistance(j, exchange, temperature) + interlayerResistance;
            double sigma = spe.conductivity(temperature);
            double gamma = surface > 0 ? concentrationRatio(sigma, spe.saltDiffusivity(temperature),
                    spe.transferenceNumber(temperature), surface, temperature) : 0;
            // the polymer's modulus at its crystallinity now (continuous through melting), then the fillers'
            double modulus = spe.shearModulus(temperature) * stiffening;
            double mechanics = 1 / (1 + Math.exp(Math.log(modulus / (2 * lithiumModulus)) / 0.05));
            double deposit = Math.max(0, y[2]);
            double velocity = j * molarVolume / Physics.F;
            if (j >= 0) {
                // plating: crests advance faster than the mean surface by f - 1 (secondary and concentration parts)
                rates[1] = mechanics * (focusing(amplitude, wavelength, sigma, resistance, gamma) - 1) * velocity;
                rates[2] = velocity;
            } else if (deposit > 0) {
                // stripping takes back the deposit and the roughness it carries, ln(A/A0) in proportion to it
                rates[1] = amplitude > 0 && amplitude > nativeAmplitude
                        ? amplitude * Math.log(amplitude / nativeAmplitude) * velocity / deposit : 0;
                rates[2] = velocity;
            } else {
                // stripping the foil itself: its crests dissolve first, back to the foil's own roughness
                rates[1] = amplitude <= nativeAmplitude ? 0
                        : mechanics * (focusing(amplitude, wavelength, sigma, resistance) - 1) * velocity;
                rates[2] = 0;
            }
            rates[0] = 0;
            double exhausted = 0;
            if (surface > 0) {
                // smooth switch as the salt at the mean surface runs out (Sand's time): half on at 1 % of c0,
                // fully on at 0; the crests are richer than the mean surface (class comment), never poorer
                exhausted = 1 / (1 + Math.exp((surface - 0.01 * c0) / (0.002 * c0)));
            }
            // the crests leave the linear regime at k A = 1 (half on there, fully on 4 % beyond)
            double rough = 1 / (1 + Math.exp(-(k * amplitude - 1) / 0.01));
            double onset = Math.max(exhausted, rough);
            if (j > 0) {
                rates[0] = onset * mechanics * (1 - tPlus) * j / (Physics.F * c0);
            }
            if (length >= path) {
                effects.shortCircuit(String.format(Locale.ROOT,
                        "a lithium filament grew through the %.0f um electrolyte%s after %s"
                                + " (plating at %.3g mA/cm2, %s)",
                        spe.thickness() * 1e6, fillers.isEmpty() ? "" : " with " + fillers,
                        exhausted >= rough ? "the salt ran out at the lithium"
                                : String.format(Locale.ROOT,
                                        "the plated lithium roughened into filaments (%.2g um crests on a %.0f um"
                                                + " wavelength)",
                                        amplitude * 1e6, wavelength * 1e6),
                        Math.abs(c.currentDensity()) / 10, limitingCurrent(spe, temperature,
                                c.state(InterfaceState.SALT_LEFT))));
            }
        });
    }
}
