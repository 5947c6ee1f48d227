package org.interphase.mechanisms.oxidation;

import java.util.ArrayList;
import java.util.List;

import org.interphase.model.CellInterface;
import org.interphase.mechanisms.cathode.film.CeiFilm;
import org.interphase.model.MaterialRole;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.StateVariable;

/**
 * polymer_oxidation: the side current of {@link OxidationKinetics} at the cathode/electrolyte
 * interface, the charge it has passed (state oxidation_charge, C/m2) and, on a composite cathode, the
 * CEI its products build where they are formed.
 * <p>
 * A share theta of the oxidation charge deposits as a solid film ({@link CeiFilm}: the CEI's volume per
 * electron and conductivity are cei_growth's) on the surface it flowed on: on the active particles
 * (state cei_thickness, which adds to cei_growth's film of that name, d / (sigma a_am) in series) and on
 * the carbon black (carbon_cei_thickness, which passivates the carbon and is not in the Li+ path). The
 * film blocks further oxidation on its surface as exp(-d / lambda) (electron tunnelling, {@link
 * OxidationKinetics#currents}), so that at constant potential dd/dt = K exp(-d / lambda) and the film
 * grows logarithmically, d = lambda ln(1 + K t / lambda), while the current falls as 1/(1 + K t / lambda).
 * A flat inert electrode (steel, platinum: the onset sweeps) grows none: its products are soluble or
 * gaseous, the sweeps of the library's onsets rise without a passivation peak (docs/engine.md).
 * <p>
 * The particles breathe (the library's volume change curve), the film on them does not: a brittle film
 * cracks as the linear strain e = dV/V / 3 sweeps by its fracture strain e_f, and the cracks are bare
 * until the film regrown in them blocks, so the cracked share phi (state cei_cracked_fraction) follows
 * dphi/dt = (1 - phi) |de/dt| / e_f - phi K_bare / lambda, K_bare the growth rate on bare surface, and the
 * particles pass (1 - phi) exp(-d / lambda) + phi of their unblocked oxidation (SEI cracking by the
 * host's volume change: Deshpande et al., J. Electrochem. Soc. 159 (2012) A1730; PyBaMM's 'SEI on
 * cracks'). The carbon black does not breathe: its film passivates it for good.
 */
public class PolymerOxidation implements Mechanism {

    @Override
    public boolean appliesTo(CellInterface where) {
        return where.getElectrode() != null && where.getElectrode().getMaterial() != null
                && !where.getElectrode().getMaterial().getRoles().contains(MaterialRole.ANODE)
                && where.getElectrolyte() != null && where.getElectrolyte().getPolymer() != null;
    }

    /** The polymer-derived CEI on the active particles (added to cei_growth's film of the same name), m. */
    static final String CEI = "cei_thickness";
    /** The polymer-derived CEI on the carbon black, m. */
    static final String CARBON_CEI = "carbon_cei_thickness";
    /** The share of the particles' CEI that is cracked open (bare), 0-1. */
    static final String CRACKED = "cei_cracked_fraction";

    @Override
    public InterfaceProcess create(CellInterface where, ParameterValues parameters) {
        OxidationKinetics kinetics = OxidationKinetics.of(where, parameters);
        double share = parameters.get("cei share of oxidation charge");
        boolean films = kinetics.composite() && share > 0;
        boolean carbonFilm = films && kinetics.carbonArea() > 0;
        ParameterValues cei = cei(parameters);
        double volume = cei.get("cei volume per electron");
        double conductivity = cei.get("cei conductivity");
        CeiFilm particles = new CeiFilm(volume, conductivity, kinetics.particleArea());
        CeiFilm carbon = new CeiFilm(volume, conductivity, Math.max(kinetics.carbonArea(), 1e-300));
        double lambda = kinetics.blockingLength();
        Breathing breathing = films ? Breathing.of(where, parameters.get("cei fracture strain")) : null;
        List<StateVariable> state = new ArrayList<>();
        state.add(StateVariable.total("oxidation_charge", "C/m2", 0));
        if (films) {
            state.add(new StateVariable(CEI, "m", 0));
            // the cracked share comes and goes with every cycle (cracked on the sweeps, healed at the top)
            state.add(new StateVariable(CRACKED, "1", 0, true));
        }
        if (carbonFilm) {
            state.add(new StateVariable(CARBON_CEI, "m", 0));
        }
        return InterfaceProcess.of(state, (c, y, rates, effects) -> {
            double onCarbon = carbonFilm ? Math.max(c.state(CARBON_CEI), y[3]) : 0;
            if (!films) {
                double total = kinetics.current(c.potential(), c.temperature(), c.delithiation(), c.state(CEI),
                        onCarbon);
                rates[0] = total;
                effects.sideCurrent(total);
                return;
            }
            double cracked = Math.min(1, Math.max(0, y[2]));
            // the particles' surface: an intact film blocks as exp(-d / lambda), its cracks are bare
            OxidationKinetics.Currents i = kinetics.throughCrackedFilm(c.potential(), c.temperature(),
                    c.delithiation(), Math.max(c.state(CEI), y[1]), cracked, onCarbon);
            double total = i.particles() + i.carbon();
            rates[0] = total;
            effects.sideCurrent(total);
            rates[1] = particles.growth(share * i.particles());
            effects.filmResistance(particles.resistance(Math.max(0, y[1])));
            // cracks open as the particles breathe and close once the film regrown in them blocks (~lambda)
            double opening = (1 - cracked) * breathing.strainRate(c.delithiation(), c.currentDensity());
            double healing = 0;
            if (cracked > 0) {
                double bare = kinetics.currents(c.potential(), c.temperature(), c.delithiation(), 0, onCarbon)
                        .particles();
                healing = cracked * particles.growth(share * bare) / lambda;
            }
            rates[2] = opening - healing;
            if (carbonFilm) {
                rates[3] = carbon.growth(share * i.carbon());
            }
        });
    }

    /**
     * The CEI's properties as cei_growth runs with them in this study (its defaults with the study's
     * overrides), so that both films are one material; its declared defaults where the caller gives no
     * access to other mechanisms' values.
     */
    static ParameterValues cei(ParameterValues own) {
        return OtherMechanism.values(own, "cei_growth", "polymer_oxidation");
    }
}
