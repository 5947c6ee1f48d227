package org.interphase.mechanisms.oxidation;

import org.interphase.model.CellInterface;
import org.interphase.model.Coating;
import org.interphase.model.Electrode;
import org.interphase.model.EndGroup;
import org.interphase.model.Material;
import org.interphase.model.MaterialRole;
import org.interphase.model.Polymer;
import org.interphase.solver.api.CellProperties;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.Physics;

/**
 * The oxidation rate of the polymer at the cathode surface (domain brief):
 * i_ox = i_ref S [exp((E - E_on)/b) + phi exp((E - E_end)/b)], b = RT/(alpha F), combined with a
 * transport limit as 1/i = 1/i_ox + 1/i_lim. E_on is the polymer's intrinsic onset (inert surface,
 * high molar mass), E_end the onset of its chain ends, weighted by phi = M_ref / Mw (end groups per
 * chain are 2, so their concentration goes as 1/Mw). The -OH inventory at the surface is finite:
 * the end-group current is also limited by the supply of fresh ends, F c_end D_chain / L with
 * c_end = 2 rho / Mw and D_chain = D_ref (M_ref / Mw)^2 (reptation), so the end-group effect fades
 * with molar mass as the domain brief says. S is the activity of the electrode's real surface per
 * geometric area (issue 12: side reactions per real area, so that a thicker electrode oxidises more and
 * the fraction of active material lost per cycle does not go as 1/loading):
 * S = a_am [(1 - cov) A(x) + cov exp(-d/lambda)] + a_c S_carbon, with a_am the real surface of the active
 * particles (3 m / (rho r)) and a_c that of the carbon black (its mass times its BET surface) per
 * geometric area, A(x) = 1 + (A - 1) x / x_ref the active material's activity per real area (relative
 * to flat steel; an inert electrode is flat, a_am = 1, and has A), cov, d and lambda the coating's
 * coverage, thickness and tunnelling length; the carbon is covered too when the coating is on the
 * electrode. Several coatings lie independently of each other ({@link CoatingCover}): the bare share is
 * prod (1 - cov_i), and each patch passes through the barriers of the coatings over it.
 * The coverage is reached as the coating closes, cov (1 - exp(-d / d_c)): a 0 nm coating is bare.
 * A CEI blocks electron transfer from the polymer on the surface it covers: the current of each surface
 * is multiplied by exp(-d / lambda_cei) (tunnelling-limited, self-limiting passivation), d the CEI on the
 * active particles (cei_thickness: cei_growth's salt-derived film plus the polymer's own, see
 * {@link PolymerOxidation}) or on the carbon black (carbon_cei_thickness, the polymer's own only).
 * <p>
 * Coordination (domain brief; issue 12): Li+ holds n_c ether oxygens (the Li+ coordination number),
 * whose lone pairs are then hard to take: free ethers oxidise at their onset, coordinated ones dE
 * later (free glyme near 4 V, the equimolar Li-glyme complex near 5 V: Yoshida et al., J. Am. Chem.
 * Soc. 133 (2011) 13121). With O ether oxygens per Li (the EO:Li ratio plus each solvent's per-Li
 * ratio times its coordinating oxygens) the free share is f = max(0, 1 - n_c / O). Polymer and solvent
 * oxidise in proportion to their oxygens, each as f exp((E - E_on)/b) + (1 - f) exp((E - E_on - dE)/b);
 * the library onsets are those measured on PEO-LiTFSI at EO:Li 20 (domain brief [cal]), so the backbone
 * term is taken relative to f at O = 20. A solvent-coordinated (quasi-ionic-liquid) electrolyte such as
 * PEO / Li(DME)0.7FSI at EO:Li 0.6 has no free oxygen and its ethers oxidise dE later. A solvent
 * without ether oxygens (an ionic liquid such as C3mpyrFSI) coordinates nothing in this count; it
 * oxidises at its own onset (its anion's limit), weighted by its molecules per Li over the oxygens per
 * Li, with no coordination shift. Solvent amounts per Li are CellProperties.solventsPerLi's (a ratio,
 * or a fraction of the electrolyte counted per Li).
 * <p>
 * Temperature (issue 12/18): the rate constant is thermally activated, each material's terms by
 * exp(-Ea/R (1/T - 1/T_ref)) with T_ref the temperature its library onset holds at, so a sweep at 25 °C
 * onsets later than one at 60 °C on the same electrode.
 */
final class OxidationKinetics {

    private static final double F = Physics.F;
    private static final double R = Physics.R;

    private final double referenceCurrent;
    private final double ceiBlockingLength;
    /**
     * What the polymer brings to the electrode through its CEI per unit film thickness, F D c_EO (A/m): the
     * ether units that permeate the film oxidise beneath it ({@link #passing}); 0 for a film that only
     * tunnelling crosses.
     */
    private final double ceiPermeance;
    private final double bulkOnset;
    private final double endOnset;
    private final double endWeight;
    private final double endSupply;
    private final double alpha;
    private final double activity;
    private final boolean intercalating;
    private final double referenceDelithiation;
    private final double activeArea;
    private final double carbonArea;
    private final double carbonActivity;
    /** What the coatings leave of the particles' surface and of the carbon black's. */
    private final CoatingCover particleCover;
    private final CoatingCover carbonCover;
    private final double limit;
    /** Weight of the polymer backbone and of the solvents in the oxidation, coordination included. */
    private final double backboneWeight;
    private final double[] solventOnsets;
    private final double[] solventWeights;
    /** Weight of each solvent without ether oxygens (an ionic liquid): its molecules per Li over the oxygens per Li. */
    private final double[] ionicWeights;
    private final double freeShare;
    private final double coordinationShift;
    /** Activation energy of the oxidation rate constant, J/mol. */
    private final double activationEnergy;
    /** Temperature at which the polymer's onsets hold, and each solvent's, K. */
    private final double polymerOnsetTemperature;
    private final double[] solventOnsetTemperatures;

    /**
     * The last answer of {@link #throughCrackedFilm} and what it was asked (the cell's mechanisms ask the same
     * at one evaluation: polymer_oxidation, and the proton budget of cathode_surface_damage and of acid_crosstalk,
     * which asks twice for its fast state; four times 8 exponentials and a logarithm were 7 % of a run, JFR
     * 2026-12-07). Immutable, so that a kinetics shared by runs on several threads ({@link #of}) is safe: each
     * reads one answer and checks what it was asked, bit for bit. A cache, no part of what the kinetics is
     * (transient: {@link SameFields} skips it).
     */
    private transient Asked last;

    private record Asked(double potential, double temperature, double delithiation, double film, double cracked,
            double onCarbon, Currents answer) {

        boolean same(double p, double t, double x, double f, double c, double carbon) {
            return Double.doubleToRawLongBits(p) == Double.doubleToRawLongBits(potential)
                    && Double.doubleToRawLongBits(t) == Double.doubleToRawLongBits(temperature)
                    && Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(delithiation)
                    && Double.doubleToRawLongBits(f) == Double.doubleToRawLongBits(film)
                    && Double.doubleToRawLongBits(c) == Double.doubleToRawLongBits(cracked)
                    && Double.doubleToRawLongBits(carbon) == Double.doubleToRawLongBits(onCarbon);
        }
    }

    /** The kinetics last made for each interface, for the mechanisms of a run to share ({@link #of}). */
    private static final java.util.Map<CellInterface, OxidationKinetics> MADE = new java.util.WeakHashMap<>();

    /**
     * polymer_oxidation's kinetics on an interface with these values: the one made before for the same interface
     * when it is the same in every field (bit for bit), so that polymer_oxidation and the proton budgets of the
     * acid mechanisms share {@link #last}; else a new one. Sharing changes no value: a kinetics' answers depend
     * on its fields and its arguments alone.
     */
    static OxidationKinetics of(CellInterface where, ParameterValues p) {
        OxidationKinetics made = new OxidationKinetics(where, p);
        synchronized (MADE) {
            OxidationKinetics known = MADE.get(where);
            if (known != null && SameFields.same(known, made)) {
                return known;
            }
            MADE.put(where, made);
        }
        return made;
    }

    OxidationKinetics(CellInterface where, ParameterValues p) {
        Electrode electrode = where.getElectrode();
        Polymer polymer = where.getElectrolyte().getPolymer();
        Material pm = polymer.getMaterial();
        referenceCurrent = p.get("reference current density");
        ceiBlockingLength = p.get("cei blocking length");
        // ether units per volume of the polymer (EO repeat unit, 44 g/mol) times their diffusivity through the CEI
        ceiPermeance = F * p.get("cei polymer diffusivity") * value(pm, "density") / ETHYLENE_OXIDE;
        bulkOnset = value(pm, "onset potential");
        String endParameter = polymer.getEndGroup() == EndGroup.HYDROXYL ? "hydroxyl end onset potential"
                : polymer.getEndGroup() == EndGroup.METHOXY ? "methoxy end onset potential" : null;
        endOnset = endParameter == null ? bulkOnset
                : CellProperties.value(pm, endParameter).orElse(bulkOnset);
        double molarMass = polymer.getMolarMass() != null ? polymer.getMolarMass().getSi() : value(pm, "molar mass");
        double referenceMass = p.get("end group reference molar mass");
        endWeight = endParameter == null ? 0 : Math.min(1, referenceMass / molarMass);
        double endConcentration = 2 * value(pm, "density") / molarMass;
        double chainDiffusivity = p.get("end group reference diffusivity")
                * Math.pow(Math.min(1, referenceMass / molarMass), 2);
        endSupply = F * endConcentration * chainDiffusivity / p.get("end group diffusion length");
        alpha = CellProperties.value(pm, "tafel transfer coefficient").orElse(0.5);
        Material em = electrode.getMaterial();
        activity = value(em, "catalytic activity");
        intercalating = em.getRoles().contains(MaterialRole.CATHODE);
        referenceDelithiation = p.get("activity reference delithiation");
        if (intercalating) {
            org.interphase.solver.api.CathodeView cathode = CellProperties.cathode(where);
            activeArea = cathode.surfaceArea();
            carbonArea = cathode.carbonSurfaceArea();
        } else {
            activeArea = 1; // a flat inert electrode: its geometric area
            carbonArea = 0;
        }
        carbonActivity = p.get("carbon black activity");
        double closure = p.get("coating closure thickness");
        particleCover = CoatingCover.of(electrode, closure, false);
        carbonCover = CoatingCover.of(electrode, closure, true);
        limit = p.get("limiting oxidation current density");
        activationEnergy = p.get("oxidation activation energy") / Physics.E * Physics.F; // J per event (eV) -> J/mol
        double onsetTemperature = p.get("onset reference temperature");
        // a material whose onset was measured at another temperature says so ('onset temperature')
        polymerOnsetTemperature = CellProperties.value(pm, "onset temperature").orElse(onsetTemperature);
        double coordination = p.get("lithium coordination number");
        coordinationShift = p.get("coordination onset shift");
        // the polymer's ether oxygens per Li+ of every salt given as EO:Li
        double polymerOxygens = CellProperties.eoPerLi(where.getElectrolyte());
        // every solvent with an amount, per Li (a ratio as given, a fraction counted per Li)
        var solvents = where.getElectrolyte().getSolvents();
        double[] perLi = CellProperties.solventsPerLi(where.getElectrolyte());
        solventOnsets = new double[solvents.size()];
        solventOnsetTemperatures = new double[solvents.size()];
        double[] solventOxygens = new double[solvents.size()];
        double oxygens = Double.isNaN(polymerOxygens) ? REFERENCE_OXYGENS : polymerOxygens;
        double total = oxygens;
        for (int i = 0; i < solventOnsets.length; i++) {
            Material sm = solvents.get(i).getMaterial();
            if (perLi[i] > 0) {
                solventOnsets[i] = value(sm, "onset potential");
                solventOnsetTemperatures[i] = CellProperties.value(sm, "onset temperature").orElse(onsetTemperature);
                solventOxygens[i] = perLi[i] * CellProperties.value(sm, "coordinating oxygens").orElse(0.0);
            }
            total += solventOxygens[i];
        }
        freeShare = Math.max(0, 1 - coordination / total);
        double reference = Math.max(0, 1 - coordination / REFERENCE_OXYGENS);
        double coordinated = Math.exp(-coordinationShift / (R * 333.15 / (alpha * F)));
        // relative to the calibration composition, at the calibration temperature's Tafel slope
        backboneWeight = oxygens / total / (reference + (1 - reference) * coordinated);
        solventWeights = new double[solventOnsets.length];
        ionicWeights = new double[solventOnsets.length];
        for (int i = 0; i < solventWeights.length; i++) {
            solventWeights[i] = solventOxygens[i] / total;
            // a solvent with no ether oxygen (an ionic liquid) oxidises at its own onset, one site per molecule,
            // and no Li+ coordination shifts it (its anion's oxidation limit is the onset)
            ionicWeights[i] = perLi[i] > 0 && solventOxygens[i] == 0 ? perLi[i] / total : 0;
        }
    }

    /** Molar mass of the ethylene-oxide repeat unit, kg/mol. */
    private static final double ETHYLENE_OXIDE = 0.044;

    /** Ether oxygens per Li of the compositions the library's onsets were measured at (EO:Li 20). */
    static final double REFERENCE_OXYGENS = 20;

    /**
     * The share of the surface a coating closes: its coverage, reached as the coating grows past a few
     * closure thicknesses (1 - exp(-d / d_c)), so that a coating of zero thickness is no coating.
     */
    static double coverage(Coating coating, double closureThickness) {
        double nominal = coating.getCoverage() == null ? 1 : coating.getCoverage().getSi();
        double thickness = coating.getThickness() == null ? Double.POSITIVE_INFINITY : coating.getThickness().getSi();
        return nominal * (1 - Math.exp(-thickness / closureThickness));
    }

    private static double value(Material m, String name) {
        return CellProperties.value(m, name).orElseThrow(() -> new IllegalStateException(
                "polymer_oxidation needs '" + name + "' of " + m.getName()));
    }

    /** Activity of the real surface per geometric area, relative to flat steel, at a delithiation. */
    double activity(double delithiation) {
        return particleActivity(delithiation) + carbonActivity();
    }

    /** Activity of the active particles' real surface (coated part included) per geometric area. */
    private double particleActivity(double delithiation) {
        double active = intercalating ? 1 + (activity - 1) * delithiation / referenceDelithiation : activity;
        return activeArea * (particleCover.exposed() * active + particleCover.tunnelling());
    }

    /** Activity of the carbon black's real surface per geometric area (0 without carbon). */
    private double carbonActivity() {
        return carbonArea * (carbonCover.exposed() * carbonActivity + carbonCover.tunnelling());
    }

    /** Whether the electrode is a composite cathode, on whose real surfaces the oxidation deposits a CEI. */
    boolean composite() {
        return intercalating;
    }

    /** Real surface of the active particles per geometric area (1 for a flat electrode), m2/m2. */
    double particleArea() {
        return activeArea;
    }

    /** Real surface of the carbon black per geometric area, m2/m2. */
    double carbonArea() {
        return carbonArea;
    }

    /** The CEI's blocking (tunnelling) length, m. */
    double blockingLength() {
        return ceiBlockingLength;
    }

    /**
     * The rate constant's Arrhenius factor relative to the temperature a material's onset holds at (its
     * 'onset temperature', else the mechanism's 'onset reference temperature', the 60 °C of the domain brief's
     * calibrations): exp(-Ea/R (1/T - 1/T_ref)). At T_ref the onset on steel is the library's; colder,
     * the same current needs Ea/(alpha F) (1 - T/T_ref) more overpotential (0.15 V at 25 °C for 0.7 eV).
     */
    private double thermalFactor(double temperature, double onsetTemperature) {
        return Math.exp(-activationEnergy / R * (1 / temperature - 1 / onsetTemperature));
    }

    /** Oxidation current density, A/m2, at a potential vs Li/Li+ and a temperature. */
    double current(double potential, double temperature, double delithiation) {
        return current(potential, temperature, delithiation, 0);
    }

    /** The oxidation current density through a CEI of a thickness (m) on every surface, A/m2. */
    double current(double potential, double temperature, double delithiation, double ceiThickness) {
        return current(potential, temperature, delithiation, ceiThickness, ceiThickness);
    }

    /**
     * The oxidation current density, A/m2 per geometric area, through the CEI on the active particles
     * (thickness on particles, m) and the one on the carbon black (m).
     */
    double current(double potential, double temperature, double delithiation, double onParticles, double onCarbon) {
        Currents c = currents(potential, temperature, delithiation, onParticles, onCarbon);
        return c.particles() + c.carbon();
    }

    /**
     * polymer_oxidation's current, A/m2 per geometric area, split by surface: the particles' film of a thickness
     * (m) blocks as exp(-d / lambda) where it is intact, and its cracked share (0-1) is bare, so the particles
     * pass (1 - cracked) exp(-d / lambda) + cracked of their unblocked oxidation; the carbon black's film (m)
     * does not crack. The one law of the oxidation charge: the acid mechanisms release their protons on it.
     */
    Currents throughCrackedFilm(double potential, double temperature, double delithiation, double film,
            double cracked, double onCarbon) {
        Asked asked = last;
        if (asked != null && asked.same(potential, temperature, delithiation, film, cracked, onCarbon)) {
            return asked.answer();
        }
        double open = Math.min(1, Math.max(0, cracked));
        Currents unblocked = ceiPermeance > 0 ? blocked(potential, temperature, delithiation, 1, 1) : null;
        double intact = passing(film, unblocked == null ? 0 : unblocked.particles() / activeArea);
        Currents answer = blocked(potential, temperature, delithiation, (1 - open) * intact + open,
                passing(onCarbon, unblocked == null ? 0 : unblocked.carbon() / Math.max(carbonArea, 1e-300)));
        last = new Asked(potential, temperature, delithiation, film, cracked, onCarbon, answer);
        return answer;
    }

    /**
     * The oxidation current on the particles and on the carbon black, A/m2 per geometric area.
     *
     * @param particles what the active particles' surface (coating included) passes
     * @param carbon    what the carbon black's surface passes
     */
    record Currents(double particles, double carbon) {
    }

    /**
     * The oxidation current density split by the surface it flows on: each surface's activity is blocked by
     * the CEI on it, exp(-d / lambda_cei) (electron tunnelling through the film, Tang, Lu and Newman, J.
     * Electrochem. Soc. 159 (2012) A1775, eq. 25), the transport limits act on the sum, and the sum is shared
     * in proportion to the blocked activities.
     */
    Currents currents(double potential, double temperature, double delithiation, double onParticles, double onCarbon) {
        Currents unblocked = ceiPermeance > 0 ? blocked(potential, temperature, delithiation, 1, 1) : null;
        return blocked(potential, temperature, delithiation,
                passing(onParticles, unblocked == null ? 0 : unblocked.particles() / activeArea),
                passing(onCarbon, unblocked == null ? 0 : unblocked.carbon() / Math.max(carbonArea, 1e-300)));
    }

    /**
     * What a CEI of a thickness (m) passes of a surface's oxidation, whose unblocked current per real area is
     * bare (A/m2): electrons tunnel through it to the polymer, exp(-d / lambda); when the polymer permeates it
     * (permeance P = F D c_EO > 0), the share tunnelling does not pass reaches the electrode by diffusion, in
     * series with the kinetics, 1 / (1 + bare d / P) (Fick's law across the film: at large d the current is
     * P / d and the film grows parabolically, the law of PyBaMM's 'solvent-diffusion limited' SEI).
     */
    double passing(double thickness, double bare) {
        double d = Math.max(0, thickness);
        double tunnelling = Math.exp(-d / ceiBlockingLength);
        if (ceiPermeance <= 0 || bare <= 0) {
            return tunnelling;
        }
        return tunnelling + (1 - tunnelling) / (1 + bare * d / ceiPermeance);
    }

    /** The oxidation current split by surface, each surface's activity multiplied by what its film passes. */
    private Currents blocked(double potential, double temperature, double delithiation, double passParticles,
            double passCarbon) {
        double particles = particleActivity(delithiation) * passParticles;
        double carbon = carbonActivity() * passCarbon;
        double surface = particles + carbon;
        if (surface <= 0) {
            return new Currents(0, 0);
        }
        double b = R * temperature / (alpha * F);
        double s = referenceCurrent * surface;
        double polymerRate = thermalFactor(temperature, polymerOnsetTemperature);
        double ends = s * polymerRate * endWeight * Math.exp((potential - endOnset) / b);
        double coordination = freeShare + (1 - freeShare) * Math.exp(-coordinationShift / b);
        double ethers = polymerRate * backboneWeight * Math.exp((potential - bulkOnset) / b);
        for (int i = 0; i < solventOnsets.length; i++) {
            ethers += thermalFactor(temperature, solventOnsetTemperatures[i]) * solventWeights[i]
                    * Math.exp((potential - solventOnsets[i]) / b);
        }
        double ionic = 0;
        for (int i = 0; i < solventOnsets.length; i++) {
            ionic += thermalFactor(temperature, solventOnsetTemperatures[i]) * ionicWeights[i]
                * Math.exp((potential - solventOnsets[i]) / b);
        }
        double kinetic = s * (coordination * ethers + ionic) + ends / (1 + ends / endSupply);
        double total = kinetic / (1 + kinetic / limit);
        double share = particles / surface;
        return new Currents(total * share, total * (1 - share));
    }
}
