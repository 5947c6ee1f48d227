package org.interphase.solver.cell;

import org.interphase.solver.api.Physics;
import org.interphase.solver.transport.SaltProperties;
import org.interphase.solver.transport.SaltTransport;
import org.interphase.model.Electrolyte;

/**
 * Transport in the solid polymer electrolyte: conductivity from the polymer's temperature law,
 * salt concentration from the written amount ({@link SaltAmount}), salt diffusivity and transference number, and from
 * them the ohmic resistance and the limiting current of the film; the transient salt profile is
 * {@link SaltTransport}'s. Ceramic fillers and a scaffold
 * change the conductivity through {@link Composite}; below the melting point fillers also keep a
 * shell of polymer around each particle amorphous (the polymer's "filler amorphous shell"), which
 * lifts the conductivity of semicrystalline hosts (Croce et al., Nature 394 (1998) 456), and solvents
 * (plasticisers) stay in the amorphous phase ({@link Diluents}). An electrolyte
 * polymerised in situ is a cross-linked network that does not crystallise at all.
 */
public final class PolymerElectrolyte implements org.interphase.solver.api.ElectrolyteView {

    /** Molar mass of the ethylene-oxide repeat unit C2H4O, kg/mol (IUPAC atomic weights). */
    static final double EO_MOLAR_MASS = 0.044053;

    /**
     * The temperature of a 'salt diffusivity' given without 'at': the PEO value of the domain brief is a
     * 90 °C value. A value given 'at' a temperature belongs to that temperature.
     */
    static final double DIFFUSIVITY_REFERENCE_K = 363.15;

    private final ConductivityLaw conductivity;
    private final Composite composite;
    /** Share of the polymer the fillers keep amorphous below its melting point. */
    private final double amorphousFraction;
    private final double thickness;
    private final double saltConcentration;
    private final double transferenceNumber;
    private final double saltDiffusivity;
    /** The temperature the salt diffusivity belongs to, K. */
    private final double diffusivityReferenceK;
    /** The polymer's thermodynamic factor 1 + dln(gamma)/dln(m) against concentration (1: ideal). */
    private final ThermodynamicFactorLaw thermodynamicFactor;
    /** How D and t+ change with the local concentration; null when the library gives no data. */
    private final SelfDiffusionLaw concentrationLaw;
    /**
     * The crystalline state of the polymer, which the runners move in time (at the start crystallised when the film
     * was stored below its melting point, amorphous when annealed above it: the electrolyte's 'history').
     */
    private final PolymerPhase phase;
    /** The polymer's shear modulus from its crystalline share (Davies' law). */
    private final PolymerModulus modulus;
    /** The share of the film's salt left (1 until a mechanism reduced some), shared within a run ({@link FilmPhases}). */
    private double[] saltLeft = { 1 };

    /** The thinnest electrolyte the engine models, m (issue 12, item 7). */
    public static final double THINNEST = 1e-6;
    /** Why ({@link #THINNEST}); the checker says the same. */
    public static final String TOO_THIN = "the engine's film is flat between flat electrodes, while a lithium foil is"
            + " rough by about 1 um (dendrite_growth's surface roughness amplitude) and no free-standing polymer film"
            + " is thinner; and the salt crosses it in L^2/D (0.01 s at 100 nm), which its transport would resolve"
            + " in millions of steps per hour of protocol";

    private PolymerElectrolyte(ConductivityLaw conductivity, Composite composite, double amorphousFraction,
            double thickness, double saltConcentration, double transferenceNumber, double[] saltDiffusivity,
            ThermodynamicFactorLaw thermodynamicFactor, SelfDiffusionLaw concentrationLaw, PolymerPhase phase,
            PolymerModulus modulus) {
        this.conductivity = conductivity;
        this.composite = composite;
        this.amorphousFraction = amorphousFraction;
        this.thickness = thickness;
        this.saltConcentration = saltConcentration;
        this.transferenceNumber = transferenceNumber;
        this.saltDiffusivity = saltDiffusivity[1];
        this.diffusivityReferenceK = saltDiffusivity[0];
        this.thermodynamicFactor = thermodynamicFactor;
        this.concentrationLaw = concentrationLaw;
        this.phase = phase;
        this.modulus = modulus;
        this.saltBruggeman = Math.pow(saltVolumeFraction(), 1.5);
    }

    /** The Bruggeman factor of the salt's volume, e^1.5 ({@link #saltDiffusivity}: three powers, asked at every evaluation). */
    private final double saltBruggeman;

    public static PolymerElectrolyte of(Electrolyte electrolyte) {
        if (electrolyte.getPolymer() == null) {
            throw new CellModelException("the electrolyte has no polymer");
        }
        if (electrolyte.getThickness() == null) {
            throw new CellModelException("the electrolyte has no thickness");
        }
        if (electrolyte.getThickness().getSi() < THINNEST) {
            throw new CellModelException(String.format(java.util.Locale.ROOT,
                    "an electrolyte of %.3g um is thinner than 1 um and is not modelled: %s",
                    electrolyte.getThickness().getSi() * 1e6, TOO_THIN));
        }
        MaterialData polymer = new MaterialData(electrolyte.getPolymer().getMaterial());
        double density = polymer.require("density");
        double c0 = SaltAmount.concentration(electrolyte, density);
        // the EO units per Li+ the polymer holds, however the salt is written (the salt's volume counted): the
        // melting point and the composition factor read it (until 2026-12-08 only a salt written as EO:Li was read,
        // and a molality or molarity took the polymer's default melting point and no composition factor)
        double eoLi0 = SaltAmount.eoPerLi(electrolyte, density, c0);
        ConductivityLaw law = ConductivityLaw.of(polymer, eoLi0)
                .withCompositionFactor(compositionFactor(electrolyte, polymer, eoLi0, density, c0));
        Composite composite = Composite.of(electrolyte, density);
        // a network polymerised in place is cross-linked and does not crystallise; in a cast film the shells the
        // fillers keep amorphous and the solvents' (diluents') share stay amorphous (Diluents)
        double amorphous = electrolyte.getProcess() == org.interphase.model.ProcessKind.IN_SITU ? 1
                : 1 - (1 - composite.shellFraction(polymer.optional("filler amorphous shell").orElse(0.0)))
                        * (1 - Diluents.volumeShare(electrolyte, c0));
        // one phase per electrolyte within a run (FilmPhases), so mechanisms read the runner's crystallinity
        // a film stored below its melting point since it was made starts semicrystalline; one annealed above it
        // (the default), amorphous
        boolean stored = electrolyte.getHistory() == org.interphase.model.FilmHistory.STORED;
        PolymerPhase phase = FilmPhases.of(electrolyte, () -> amorphous >= 1 ? PolymerPhase.equilibrium()
                : PolymerPhase.of(polymer, law.meltingPoint(), stored, composite.particles()));
        PolymerElectrolyte film = new PolymerElectrolyte(law, composite, amorphous, electrolyte.getThickness().getSi(), c0,
                polymer.require("transference number"), saltDiffusivity(polymer),
                ThermodynamicFactorLaw.of(polymer, eoLi0), SelfDiffusionLaw.of(polymer, eoLi0), phase,
                PolymerModulus.of(polymer));
        film.saltLeft = FilmPhases.saltLeft(electrolyte); // shared within a run, like the phase
        return film;
    }

    /**
     * The polymer's salt diffusivity and the temperature it belongs to: {temperature K, m2/s}. One
     * 'salt diffusivity at T' gives both; a plain value is a 90 °C value (the domain brief's PEO number).
     */
    static double[] saltDiffusivity(MaterialData polymer) {
        double[][] at = polymer.curve("salt diffusivity");
        if (at[0].length > 1) {
            throw new CellModelException("material " + polymer.name()
                    + " gives 'salt diffusivity' at several temperatures; give one (the conductivity law carries it)");
        }
        if (at[0].length == 1) {
            return new double[] { at[0][0], at[1][0] };
        }
        return new double[] { DIFFUSIVITY_REFERENCE_K, polymer.require("salt diffusivity") };
    }

    /**
     * The conductivity's factor for an EO:Li outside the polymer's VFT fits ({@link CompositionLaw}), however the
     * salt is written; 1 with a solvent (its electrolytes are another class).
     */
    private static double compositionFactor(Electrolyte electrolyte, MaterialData polymer, double ratio,
            double density, double c0) {
        for (double perLi : Solvation.perLi(electrolyte)) {
            if (perLi > 0) {
                return 1;
            }
        }
        // a salt mixture: the mole-fraction mean of the salts' molar volumes
        return CompositionLaw.factor(polymer, ratio, EO_MOLAR_MASS / density, SaltAmount.meanMolarVolume(electrolyte, c0));
    }

    /** Ionic conductivity in S/m at a temperature in K (the composite's, with fillers or a scaffold). */
    public double conductivity(double temperatureK) {
        return conductivity(temperatureK, NO_GROWN_RESISTANCE);
    }

    private static final double[] NO_GROWN_RESISTANCE = {};

    /**
     * The composite's conductivity when the filler/polymer interfaces carry an extra resistance
     * (ohm m2, grown by mechanisms, one per filler in the electrolyte's order) on top of their own.
     */
    public double conductivity(double temperatureK, double[] extraFillerResistance) {
        return composite.conductivity(conductivity.at(temperatureK, amorphousFraction, phase.current()), temperatureK, extraFillerResistance);
    }

    /** The polymer's own conductivity, without fillers or scaffold, S/m. */
    public double polymerConductivity(double temperatureK) {
        return conductivity.at(temperatureK, 0, phase.current());
    }

    /** Area-specific bulk resistance L/sigma, ohm m2. */
    public double resistance(double temperatureK) {
        return thickness / conductivity(temperatureK);
    }

    /** Bulk resistance when the filler interfaces carry an extra resistance (ohm m2, one per filler). */
    public double resistance(double temperatureK, double[] extraFillerResistance) {
        return thickness / conductivity(temperatureK, extraFillerResistance);
    }

    /**
     * Effective salt diffusivity of the film in m2/s: the polymer's value at its temperature (90 °C unless
     * the library says 'at') scaled with the
     * polymer's own conductivity (both follow its segmental motion, crystallinity included), times the
     * Bruggeman factor of the volume the salt can use, e^1.5 with e = (1 - filler fraction) x scaffold
     * porosity (fillers and scaffold fibres carry no salt).
     */
    public double saltDiffusivity(double temperatureK) {
        return saltDiffusivity * conductivity.at(temperatureK, amorphousFraction, phase.current())
                / conductivity.at(diffusivityReferenceK, amorphousFraction, phase.current()) * saltBruggeman;
    }

    /** Share of the film's volume the salt occupies: the polymer's, (1 - fillers) x scaffold porosity. */
    public double saltVolumeFraction() {
        // Composite's scaffold tortuosity is porosity^-0.5
        return Math.max(1e-6, (1 - composite.fillerVolumeFraction()) * Math.pow(composite.scaffoldTortuosity(), -2));
    }

    /**
     * Limiting current density J* = 2 c0 F D / ((1 - t+) L), A/m2: the steady state of the salt
     * transport ({@link #transport()}) with constant properties has zero salt at the plating electrode here;
     * {@link #limitingCurrent(double, double)} with all the salt.
     */
    @Override
    public double limitingCurrent(double temperatureK) {
        return limitingCurrent(temperatureK, 1);
    }

    /**
     * The limiting current at the salt left, J* = 2 c F D(c) / ((1 - t+(c)) L) at c = share x c0, with the film's
     * concentration-dependent D and t+ ({@link #saltProperties()}: the film's own, filler-raised t+ and its D at c0).
     */
    @Override
    public double limitingCurrent(double temperatureK, double saltShare) {
        double c = saltConcentration * Math.max(0, Math.min(1, saltShare));
        SaltProperties salt = saltProperties();
        return 2 * c * Physics.F * salt.diffusivity(c, temperatureK)
                / ((1 - salt.transferenceNumber(c, temperatureK)) * thickness);
    }

    /**
     * The film's cation transference number: the polymer's t+ where the polymer carries the current, 1
     * in Li+-conducting filler particles (single-ion conductors), t+_eff = 1 - (1 - t+) s, s the share of
     * the current the polymer matrix carries ({@link Composite#matrixCurrentShare}). The anions move only
     * in the polymer, so the salt polarises less: the measured rise of t+ with LLZO or LATP fillers in PEO
     * is this. Without Li+-conducting fillers it is the polymer's t+.
     */
    @Override
    public double transferenceNumber(double temperatureK) {
        double share = composite.matrixCurrentShare(conductivity.at(temperatureK, amorphousFraction, phase.current()), temperatureK);
        return 1 - (1 - transferenceNumber) * share;
    }

    /**
     * The salt's transport properties in this film: at the initial concentration the values above; away
     * from it (during polarisation) the salt diffusivity and the polymer's t+ change by the factors of
     * the polymer's self-diffusion data ({@link SelfDiffusionLaw}), when the library has them.
     */
    public SaltProperties saltProperties() {
        double idealOrConstant = thermodynamicFactor.at(1);
        SaltProperties uniform = SaltProperties.of(this::saltDiffusivity, this::transferenceNumber, idealOrConstant);
        if (concentrationLaw == null && thermodynamicFactor.isConstant()) {
            return uniform;
        }
        return new FilmSaltProperties(uniform, concentrationLaw, thermodynamicFactor, saltConcentration, transferenceNumber,
                t -> composite.matrixCurrentShare(conductivity.at(t, amorphousFraction, phase.current()), t));
    }

    /**
     * The film's salt has been drained to this share of what it held (the runner's salt inventory): every view of
     * the film within the run reads it ({@link #saltConductivityFactor()}).
     *
     * @return the conductivity's factor at that share ({@link #saltConductivityFactor(double)})
     */
    public double drained(double share) {
        saltLeft[0] = Math.max(0, Math.min(1, share));
        return saltConductivityFactor(share);
    }

    /** The film's conductivity now over that with all its salt: 1 until the runner drained some ({@link #drained}). */
    @Override
    public double saltConductivityFactor() {
        return saltLeft[0] >= 1 ? 1 : saltConductivityFactor(saltLeft[0]);
    }

    /**
     * The film's conductivity once only a share of its salt is left (anions reduced at the lithium), over that with all
     * of it: the Nernst-Einstein factor of the polymer's self-diffusion data ({@link SelfDiffusionLaw}), linear in the
     * share without them.
     */
    public double saltConductivityFactor(double share) {
        double s = Math.max(0, Math.min(1, share));
        return concentrationLaw == null ? s : concentrationLaw.conductivityFactor(s);
    }

    /** A fresh salt-transport model of the film, uniform at c0. */
    public SaltTransport transport() {
        return new SaltTransport(thickness, saltConcentration, saltProperties(), SaltTransport.CELLS, saltVolumeFraction());
    }

    /**
     * The crystalline state of the polymer ({@link PolymerPhase}): the runners set its temperature and move
     * its clock; every conductivity, diffusivity and t+ of this film is read at its current crystallinity.
     */
    public PolymerPhase phase() {
        return phase;
    }

    /**
     * The relative crystallinity now (0 amorphous, 1 crystallised to equilibrium): the phase's at its clock;
     * 0 for a network polymerised in situ or a polymer the fillers keep wholly amorphous.
     */
    @Override
    public double crystallinity() {
        return amorphousFraction >= 1 ? 0 : phase.current();
    }

    /**
     * The share of the equilibrium crystallinity the polymer has now at a temperature: the relative
     * crystallinity times the equilibrium depth under the melting point (0 at and above it, 1 from the foot of
     * the melting range under it), times the share the fillers leave free to crystallise.
     */
    @Override
    public double crystallineShare(double temperatureK) {
        return crystallinity() * conductivity.depth(temperatureK) * (1 - Math.min(1, amorphousFraction));
    }

    /** The polymer's shear modulus now (Davies' law in its crystalline share; fillers not included), Pa. */
    @Override
    public double shearModulus(double temperatureK) {
        return modulus.at(crystallineShare(temperatureK));
    }

    /** The factor the crystallinity puts on the polymer's conductivity now (1 amorphous). */
    @Override
    public double crystallineConductivityFactor(double temperatureK) {
        return conductivity.at(temperatureK, amorphousFraction, crystallinity())
                / conductivity.at(temperatureK, amorphousFraction, 0);
    }

    /** The melting point of the polymer's crystals at the cell's EO:Li ratio, K (0: it does not crystallise). */
    @Override
    public double meltingPoint() {
        return conductivity.meltingPoint();
    }

    /** Volume fraction of ceramic fillers (0 without). */
    public double fillerVolumeFraction() {
        return composite.fillerVolumeFraction();
    }

    /** Tortuosity of a scaffold's pores (1 without a scaffold). */
    public double scaffoldTortuosity() {
        return composite.scaffoldTortuosity();
    }

    public double thickness() {
        return thickness;
    }

    public double saltConcentration() {
        return saltConcentration;
    }

    public double transferenceNumber() {
        return transferenceNumber;
    }
}
