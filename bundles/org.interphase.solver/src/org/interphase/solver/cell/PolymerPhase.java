package org.interphase.solver.cell;

/**
 * The crystalline state of a semicrystalline polymer host as it evolves in time: melting on heating is
 * fast, crystallisation on cooling is slow and needs undercooling, so the state has hysteresis and a
 * supercooling window (issue 12, item 4).
 * <p>
 * The state is the relative crystallinity X (0 amorphous, 1 the crystallinity in equilibrium at that
 * temperature, which {@link ConductivityLaw} turns into a conductivity). Within a stretch at one
 * temperature T it is a closed-form function of time from where the stretch began (t_a, X_a):
 * <ul>
 * <li>at or above the melting point Tm the crystallites melt with a first-order time constant
 * tau_m ('melting time'): X = X_a exp(-(t - t_a) / tau_m);</li>
 * <li>below it the melt crystallises by the Avrami law X = 1 - exp(-ln 2 (theta)^n), theta the time in
 * isothermal half-times, n the 'avrami exponent'. The half-time follows the Hoffman-Lauritzen
 * dependence on the undercooling dT = Tm - T: t_half(T) = t_half(T_ref) exp(K_g (1/(T dT) - 1/(T_ref dT_ref))),
 * K_g = dT* Tm with dT* the polymer's 'crystallisation undercooling scale', anchored at the
 * 'crystallisation half time at T_ref'. A few kelvin under Tm the half-time is astronomically long:
 * the supercooling window.</li>
 * </ul>
 * A change of temperature restarts the stretch from the crystallinity reached, with the Avrami clock set
 * back to the time that gives it at the new temperature (the isokinetic additivity of Nakamura's
 * non-isothermal form). Where the film starts depends on its history ({@link #of(MaterialData, double, boolean)}):
 * a film stored below its melting point since it was made starts crystallised to equilibrium (relative
 * crystallinity 1) and melts when the protocol heats it to its melting point; a film annealed above its
 * melting point just before the test starts amorphous and recrystallises by the law above.
 * <p>
 * Fillers confine the growth of the crystals ({@link #confinement}): the half-time is longer by 1 + L/h, h the mean
 * free gap between the particles' surfaces and L the polymer's 'crystal lamella thickness' (an estimate).
 * <p>
 * A polymer without crystallisation kinetics in the library crystallises at once to equilibrium, the
 * engine's former behaviour. The runners move the clock ({@link #setClock}) to the time of each
 * evaluation and set the temperature ({@link #setTemperature}) when the protocol changes it.
 */
public final class PolymerPhase {

    private static final double LN2 = Math.log(2);
    /** Random close packing of spheres: the fillers' volume fraction at which they touch. */
    private static final double CLOSE_PACKING = 0.64;

    private final boolean kinetic;
    private final double meltingPoint;
    private final double referenceTemperature;
    private final double referenceHalfTime;
    private final double undercoolingScale;
    private final double avrami;
    private final double meltingTime;
    /** Factor on the half-time from the fillers' confinement (1 without fillers, infinite when they touch). */
    private double confinementFactor = 1;

    private double anchorTime;
    private double anchorValue;
    private double temperature = Double.NaN;
    private double clock;
    /**
     * The clock {@link #current} last answered at and its answer (NaN: none since the state changed): the
     * mechanisms read the film's conductivity, diffusivity and modulus several times per evaluation of the cell,
     * each through the crystallinity (an exponential), 5 % of a cycling run's CPU (JFR, 2026-12-07).
     */
    private double answeredClock = Double.NaN;
    private double answer;
    /**
     * The parts of {@link #crystallinity} that stay within a stretch at one temperature, with what they were
     * computed from (NaN: not yet): the Avrami time of the anchor's crystallinity (a power and a logarithm) and the
     * half-time at the temperature (an exponential).
     */
    private double avramiOf = Double.NaN;
    private double avramiTimeThen;
    private double halfTimeOf = Double.NaN;
    private double halfTimeThen;

    private PolymerPhase(boolean kinetic, double meltingPoint, double referenceTemperature, double referenceHalfTime,
            double undercoolingScale, double avrami, double meltingTime) {
        this.kinetic = kinetic;
        this.meltingPoint = meltingPoint;
        this.referenceTemperature = referenceTemperature;
        this.referenceHalfTime = referenceHalfTime;
        this.undercoolingScale = undercoolingScale;
        this.avrami = avrami;
        this.meltingTime = meltingTime;
    }

    /** A phase that is always in equilibrium (no kinetics: crystallinity 1 wherever the law has a drop). */
    static PolymerPhase equilibrium() {
        return new PolymerPhase(false, 0, 0, 0, 0, 1, 0);
    }

    /**
     * The phase of a polymer with its melting point (K) at the cell's composition: kinetic when the library
     * gives a 'crystallisation half time at T', an 'crystallisation undercooling scale', an 'avrami exponent'
     * and a 'melting time'; otherwise in equilibrium at once.
     */
    static PolymerPhase of(MaterialData polymer, double meltingPoint) {
        return of(polymer, meltingPoint, false);
    }

    /**
     * The phase of a polymer as above, starting crystallised to equilibrium when the film was stored below its
     * melting point since it was made ({@code stored}), amorphous when it was annealed above it.
     */
    static PolymerPhase of(MaterialData polymer, double meltingPoint, boolean stored) {
        PolymerPhase phase = kinetic(polymer, meltingPoint);
        if (stored) {
            phase.anchorValue = 1;
            phase.answeredClock = Double.NaN;
        }
        return phase;
    }

    /**
     * The phase as above in a film with fillers, each given as {volume fraction of the film, radius in m}: the
     * crystals grow in the gaps between the particles, slower the narrower the gaps ({@link #confinement}).
     */
    static PolymerPhase of(MaterialData polymer, double meltingPoint, boolean stored, double[][] fillers) {
        PolymerPhase phase = of(polymer, meltingPoint, stored);
        if (phase.kinetic) {
            phase.confinementFactor = confinement(polymer.optional("crystal lamella thickness").orElse(0.0), fillers);
            phase.halfTimeOf = Double.NaN;
        }
        return phase;
    }

    /**
     * The factor by which fillers lengthen the crystallisation half-time: 1 + L/h. Crystals grow between the
     * particles; when the free gap h between their surfaces is narrower than a crystal lamella (thickness L),
     * growth is retarded and the final crystallinity falls (Jabbarzadeh and Halfina, Nanoscale Adv.
     * (2019), doi:10.1039/c9na00525k, abstract: the interparticle free space, not the particle size or fraction
     * alone, controls the retardation;
     * Croce et al., Nature 394 (1998) 456: nanometre fillers kinetically inhibit PEO's recrystallisation).
     * With Avrami growth from athermal nuclei the half-time goes as the inverse growth rate, and
     * G_confined / G = h / (h + L) is the simplest rate with both limits (unchanged for h >> L, arrested as
     * h -> 0): an estimate of the form. h = D - 2 r, D = (6 phi_m / (pi n))^(1/3) the mean centre spacing of
     * n particles per volume at random close packing phi_m = 0.64 when touching (2 r (phi_m/phi)^(1/3) for
     * one size), r the number-mean radius. Fillers at or above close packing arrest crystallisation.
     *
     * @param lamella the crystal lamella thickness L, m (0: no confinement)
     * @param fillers per filler {volume fraction of the film, particle radius in m}
     */
    static double confinement(double lamella, double[][] fillers) {
        double number = 0;
        double radii = 0;
        for (double[] f : fillers) {
            double n = f[0] / (4.0 / 3 * Math.PI * Math.pow(f[1], 3));
            number += n;
            radii += n * f[1];
        }
        if (!(lamella > 0) || !(number > 0)) {
            return 1;
        }
        double gap = Math.cbrt(6 * CLOSE_PACKING / (Math.PI * number)) - 2 * radii / number;
        return gap > 0 ? 1 + lamella / gap : Double.POSITIVE_INFINITY;
    }

    private static PolymerPhase kinetic(MaterialData polymer, double meltingPoint) {
        double[][] halfTime = polymer.curve("crystallisation half time");
        if (halfTime[0].length == 0) {
            return equilibrium();
        }
        double reference = halfTime[0][0];
        if (!(reference < meltingPoint)) {
            throw new CellModelException(String.format(java.util.Locale.ROOT, "material %s: its crystallisation half"
                    + " time is given at %.1f °C, not below its melting point %.1f °C", polymer.name(),
                    reference - 273.15, meltingPoint - 273.15));
        }
        double n = polymer.require("avrami exponent");
        double scale = polymer.require("crystallisation undercooling scale");
        double melting = polymer.require("melting time");
        if (!(n > 0 && scale >= 0 && melting > 0 && halfTime[1][0] > 0)) {
            throw new CellModelException("material " + polymer.name() + ": avrami exponent, crystallisation half time"
                    + " and melting time must be positive, the undercooling scale not negative");
        }
        return new PolymerPhase(true, meltingPoint, reference, halfTime[1][0], scale, n, melting);
    }

    /** Whether the crystallinity evolves in time (false: always in equilibrium). */
    public boolean kinetic() {
        return kinetic;
    }

    /** The melting point this phase melts above, K. */
    public double meltingPoint() {
        return meltingPoint;
    }

    /**
     * The isothermal half-time of crystallisation from the melt at a temperature, s (infinite at and
     * above the melting point), lengthened by the fillers' confinement.
     */
    public double halfTime(double temperatureK) {
        double undercooling = meltingPoint - temperatureK;
        if (!kinetic || !(undercooling > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double kg = undercoolingScale * meltingPoint;
        double exponent = kg * (1 / (temperatureK * undercooling)
                - 1 / (referenceTemperature * (meltingPoint - referenceTemperature)));
        return confinementFactor * referenceHalfTime * Math.exp(exponent);
    }

    /**
     * Sets the temperature from a time on (K, s): the crystallinity reached is kept and evolves at the new
     * temperature from then. The first call sets the temperature the cell starts at, in the state its history
     * gives (amorphous when annealed, crystallised when stored).
     */
    public void setTemperature(double time, double temperatureK) {
        if (!Double.isNaN(temperature)) {
            if (temperatureK == temperature) {
                return;
            }
            anchorValue = crystallinity(time);
        }
        anchorTime = time;
        temperature = temperatureK;
        answeredClock = Double.NaN;
    }

    /** The time (s) at which {@link #current()} reads the state: the runner's evaluation time. */
    public void setClock(double time) {
        clock = time;
    }

    /** The relative crystallinity at the clock's time. */
    public double current() {
        if (Double.doubleToRawLongBits(clock) != Double.doubleToRawLongBits(answeredClock)) {
            answer = crystallinity(clock);
            answeredClock = clock;
        }
        return answer;
    }

    /**
     * The relative crystallinity (0 amorphous, 1 equilibrium) at a time of the present stretch at one
     * temperature; before any temperature is set, the amorphous start.
     */
    public double crystallinity(double time) {
        if (!kinetic) {
            return 1;
        }
        if (Double.isNaN(temperature)) {
            return anchorValue;
        }
        double elapsed = Math.max(0, time - anchorTime);
        if (temperature >= meltingPoint) {
            return anchorValue * Math.exp(-elapsed / meltingTime);
        }
        if (Double.doubleToRawLongBits(anchorValue) != Double.doubleToRawLongBits(avramiOf)) {
            avramiTimeThen = avramiTime(anchorValue);
            avramiOf = anchorValue;
        }
        if (Double.doubleToRawLongBits(temperature) != Double.doubleToRawLongBits(halfTimeOf)) {
            halfTimeThen = halfTime(temperature);
            halfTimeOf = temperature;
        }
        double halfTimes = avramiTimeThen + elapsed / halfTimeThen;
        if (!(halfTimes > 0)) {
            return anchorValue;
        }
        return -Math.expm1(-LN2 * Math.pow(halfTimes, avrami));
    }

    /** The Avrami time (in half-times) at which the isothermal law reaches a crystallinity. */
    private double avramiTime(double crystallinity) {
        if (crystallinity <= 0) {
            return 0;
        }
        if (crystallinity >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.pow(-Math.log1p(-crystallinity) / LN2, 1 / avrami);
    }

    /**
     * The multi-rate scheme's bound: the largest number of cycles (at most the one proposed) that the
     * runner may jump over from a time with cycles of a duration while the crystallinity changes by at
     * most a step (the state is monotonic within a stretch, so its value at the jump's end bounds it).
     */
    public int jumpLimit(double time, double cycleDuration, int jump, double step) {
        if (!kinetic || jump <= 0) {
            return jump;
        }
        double now = crystallinity(time);
        int allowed = jump;
        while (allowed > 0 && Math.abs(crystallinity(time + allowed * cycleDuration) - now) > step) {
            allowed /= 2;
        }
        return allowed;
    }
}
