package org.interphase.solver.transport;

import org.interphase.solver.api.Physics;

/**
 * Transient one-dimensional transport of a binary salt across the electrolyte film between two
 * lithium-exchanging electrodes, concentrated-solution theory without convection (Newman,
 * Electrochemical Systems, 3rd ed., eq. 12.9 with i uniform in 1-D):
 * e dc/dt = d/dx (D dc/dx) + (j/F) dt+/dx, Li+ flux N+ = -D dc/dx - t+ j/F, e the share of the film
 * the salt occupies and D the film's effective diffusivity.
 * x = 0 is the electrode in the anode's place: a positive current density j (A/m2) consumes Li+
 * there (lithium plates) and releases it at x = L, so the salt depletes at x = 0 and accumulates
 * at x = L. At both walls N+ = -j/F (the electrode exchanges only Li+).
 * <p>
 * Finite volumes on a grid stretched geometrically from both walls with a ratio that follows the count
 * (1.15^(100/N): the centre cell 1.15^49 times the first; with the default 50 cells the first is 1/6700 of the
 * thickness, ratio 1.32), so the depletion layer at Sand's time is resolved up to about 50 times the limiting
 * current (Sand's time within 1 % from 2 to 50 J*; docs/engine.md, 'Salt grid and sub-steps'). Backward Euler in
 * time with the coefficients taken at the start of each sub-step (linear tridiagonal system, Thomas algorithm), the
 * sub-step controlled by its local error ({@link StepControl}). Once a wall would fall below {@link #FLOOR} c0 (the salt is exhausted there: Sand's time has
 * passed) the wall takes only the part of the current the salt can still carry, which the linear
 * system gives exactly (its solution is affine in j); the wall is then reported depleted.
 */
public final class SaltTransport {

    /** Default number of finite volumes. */
    public static final int CELLS = 50;
    /** The wall concentration, relative to c0, below which the salt counts as exhausted. */
    public static final double FLOOR = 1e-6;
    /** The ratio of neighbouring cells' widths on a grid of {@link #GRADED} cells; N cells take STRETCH^(GRADED/N). */
    private static final double STRETCH = 1.15;
    private static final int GRADED = 100;
    /**
     * Longest sub-step, in diffusion times L^2/D: near steady state backward Euler's error vanishes with dc/dt and
     * the error control lets the sub-step grow to it (until 2026-12-08, without that control, 0.5; docs/engine.md).
     */
    private static final double MAX_SUBSTEP = 10;
    /**
     * A sub-step of the same length at the same temperature reuses the last sub-step's matrix (coefficients,
     * elimination, and solution per unit current) while no concentration has moved by more than this share of
     * c0 since the matrix was made: near steady state, where most long sub-steps are, the profile stands still
     * and so do D(c) and t+(c) at the faces. The coefficients are taken at a sub-step's start anyway (lagged
     * by a whole sub-step); this lags them by at most 1e-6 of c0 more.
     */
    private static final double REUSE = 1e-6;

    private final double length;
    private final double c0;
    private final SaltProperties properties;
    private final double capacity;
    private final double[] width;
    /** Distance between the centres of cells i and i + 1. */
    private final double[] gap;
    private double[] c;
    /** Work arrays of {@link #step} (a sub-step allocates nothing): the next profile and the tridiagonal system. */
    private double[] next;
    /** The profile before the last accepted sub-step ({@link StepControl}'s history). */
    private double[] older;
    private final double[] base, perCurrent, solution;
    private final Tridiagonal system;
    /** Concentration, D and t+ at each face (work arrays of {@link #step}). */
    private final double[] face, faceDiffusivity, faceTransference;
    private final ConcentrationOverpotential overpotential;
    /**
     * The last elimination of the system's matrix is kept for the next sub-step ({@link #system}), with the
     * sub-step, temperature and profile it was made at ({@link #REUSE}). {@link #perCurrent} holds its solution
     * per unit current.
     */
    private final double[] reference;
    private double matrixStep = Double.NaN;
    private SaltProperties.AtTemperature matrixProperties;
    /** The properties each advance takes anew (they follow the film's state) and the walls read until the next. */
    private SaltProperties.AtTemperature now;
    private double nowTemperature = Double.NaN;
    private final StepControl control = new StepControl();
    private double carried;
    /** The walls' concentrations, read once per sub-step and temperature ({@link #left}, {@link #right}). */
    private double leftWall, rightWall, wallsTemperature = Double.NaN;
    private boolean wallsRead;
    private boolean depletedLeft;
    private boolean depletedRight;

    public SaltTransport(double length, double c0, SaltProperties properties) {
        this(length, c0, properties, CELLS, 1);
    }

    /**
     * @param cells    an even number of finite volumes, at least 4
     * @param capacity share of the film's volume the salt occupies (fillers and scaffold fibres hold
     *                 none), 1 for a neat polymer; the diffusivity given is already the film's effective one
     */
    public SaltTransport(double length, double c0, SaltProperties properties, int cells, double capacity) {
        if (!(length > 0) || !(c0 > 0) || cells < 4 || cells % 2 != 0) {
            throw new IllegalArgumentException("salt transport needs a thickness, a salt concentration and an even cell count");
        }
        this.length = length;
        this.c0 = c0;
        this.properties = properties;
        this.capacity = capacity;
        int half = cells / 2;
        // the ratio follows the count: the centre cell is always 1.15^49 times the wall's (a fixed ratio would only
        // refine the walls, to below an atom past 200 cells)
        double ratio = Math.pow(STRETCH, (double) GRADED / cells);
        double first = (length / 2) * (ratio - 1) / (Math.pow(ratio, half) - 1);
        width = new double[cells];
        for (int i = 0; i < half; i++) {
            width[i] = first * Math.pow(ratio, i);
            width[cells - 1 - i] = width[i];
        }
        gap = new double[cells - 1];
        for (int i = 0; i < gap.length; i++) {
            gap[i] = (width[i] + width[i + 1]) / 2;
        }
        c = new double[cells];
        java.util.Arrays.fill(c, c0);
        next = new double[cells];
        older = new double[cells];
        system = new Tridiagonal(cells);
        base = new double[cells];
        perCurrent = new double[cells];
        solution = new double[cells];
        face = new double[cells - 1];
        faceDiffusivity = new double[cells - 1];
        faceTransference = new double[cells - 1];
        reference = new double[cells];
        overpotential = new ConcentrationOverpotential(cells);
    }

    /** A copy with the same profile and step state (for operator splitting that may need to redo a step). */
    public SaltTransport copy() {
        SaltTransport t = new SaltTransport(length, c0, properties, c.length, capacity);
        t.set(this);
        return t;
    }

    /** Takes over another transport's profile and step state (same grid). */
    public void set(SaltTransport other) {
        System.arraycopy(other.c, 0, c, 0, c.length);
        System.arraycopy(other.older, 0, older, 0, c.length);
        control.set(other.control);
        wallsRead = false;
        carried = other.carried;
        depletedLeft = other.depletedLeft;
        depletedRight = other.depletedRight;
        now = other.now;
        nowTemperature = other.nowTemperature;
    }

    /** Told the time done after each sub-step of {@link #advance}. */
    @FunctionalInterface
    public interface SubSteps {
        void after(double done);
    }

    /** Advances the profile by dt (s) at a current density j (A/m2, + depleting x = 0) and temperature (K). */
    public void advance(double dt, double j, double temperatureK) {
        advance(dt, j, temperatureK, null);
    }

    /** The same, telling each sub-step's end (time done since the start, s) to a listener (null: none). */
    public void advance(double dt, double j, double temperatureK, SubSteps listener) {
        if (!(dt > 0)) {
            return;
        }
        // the properties as they are now, looked up once for all the faces of all the sub-steps
        SaltProperties.AtTemperature local = properties.at(temperatureK);
        now = local;
        nowTemperature = temperatureK;
        wallsRead = false;
        double d = local.diffusivity(c0);
        double tau = length * length / d;
        double longest = MAX_SUBSTEP * tau;
        // a new current: the depletion layer begins thin (the first sub-step per unit change of current)
        double q = 2 * (1 - local.transferenceNumber(c0)) / (StepControl.FIRST_CHANGE * c0 * Physics.F);
        control.start(j, Math.PI * d * capacity / (q * q), tau, longest);
        double done = 0;
        while (done < dt) {
            double h = Math.min(control.substep, dt - done);
            step(h, j, local);
            double change = Math.max(Math.abs(next[0] - c[0]), Math.abs(next[c.length - 1] - c[c.length - 1])) / c0;
            if (!control.judge(h, older, c, next, c0, change, tau, longest)) {
                continue;
            }
            double[] free = older;
            older = c;
            c = next;
            next = free;
            done += h;
            if (listener != null) {
                listener.after(done);
            }
        }
    }

    /** One backward-Euler step into {@link #next}; sets the depletion flags and the current the walls carried. */
    private void step(double h, double j, SaltProperties.AtTemperature local) {
        int n = c.length;
        double[] x1 = perCurrent;
        double[] x0 = solution;
        wallsRead = false;
        if (reusable(h, local)) {
            for (int i = 0; i < n; i++) {
                base[i] = capacity * width[i] * c[i] / h;
            }
            system.substitute(base, x0);
        } else {
            double[] lower = system.lower;
            double[] diagonal = system.diagonal;
            double[] upper = system.upper;
            lower[0] = 0;
            upper[n - 1] = 0;
            for (int i = 0; i < n; i++) {
                diagonal[i] = capacity * width[i] / h;
                base[i] = capacity * width[i] * c[i] / h;
            }
            for (int f = 0; f < n - 1; f++) {
                face[f] = 0.5 * (c[f] + c[f + 1]);
            }
            local.both(face, n - 1, faceDiffusivity, faceTransference);
            // (j/F)(t+ at the right face - t+ at the left face) per cell; the walls count as t+ = 1
            double left = 1 / Physics.F;
            for (int f = 0; f < n - 1; f++) {
                double a = faceDiffusivity[f] / gap[f];
                double right = faceTransference[f] / Physics.F;
                diagonal[f] += a;
                diagonal[f + 1] += a;
                upper[f] = -a;
                lower[f + 1] = -a;
                perCurrent[f] = right - left;
                left = right;
            }
            perCurrent[n - 1] = 1 / Physics.F - left;
            system.eliminate(base, x0, x1);
            System.arraycopy(c, 0, reference, 0, n);
            matrixStep = h;
            matrixProperties = local;
        }
        double floor = FLOOR * c0;
        double effective = j;
        depletedLeft = false;
        depletedRight = false;
        if (j > 0 && x0[0] + j * x1[0] < floor && x1[0] < 0) {
            effective = Math.max(0, (floor - x0[0]) / x1[0]);
            depletedLeft = true;
        } else if (j < 0 && x0[n - 1] + j * x1[n - 1] < floor && x1[n - 1] > 0) {
            effective = Math.min(0, (floor - x0[n - 1]) / x1[n - 1]);
            depletedRight = true;
        }
        carried = effective;
        for (int i = 0; i < n; i++) {
            next[i] = Math.max(floor, x0[i] + effective * x1[i]);
        }
    }

    /** Whether the last matrix serves a sub-step of length h with these properties from the profile now ({@link #REUSE}). */
    private boolean reusable(double h, SaltProperties.AtTemperature local) {
        if (Double.doubleToRawLongBits(h) != Double.doubleToRawLongBits(matrixStep)
                || matrixProperties == null || !local.sameAs(matrixProperties)) {
            return false;
        }
        double tolerance = REUSE * c0;
        for (int i = 0; i < c.length; i++) {
            if (!(Math.abs(c[i] - reference[i]) <= tolerance)) {
                return false;
            }
        }
        return true;
    }

    /** Salt concentration at the wall x = 0 (the anode's place), mol/m3, from the wall flux condition. */
    public double left(double temperatureK) {
        readWalls(temperatureK);
        return leftWall;
    }

    /** Salt concentration at the wall x = L (the cathode's or working electrode's place), mol/m3. */
    public double right(double temperatureK) {
        readWalls(temperatureK);
        return rightWall;
    }

    private void readWalls(double temperatureK) {
        if (!wallsRead || Double.doubleToRawLongBits(temperatureK) != Double.doubleToRawLongBits(wallsTemperature)) {
            leftWall = wall(0, width[0] / 2, temperatureK);
            rightWall = wall(c.length - 1, -width[c.length - 1] / 2, temperatureK);
            wallsTemperature = temperatureK;
            wallsRead = true;
        }
    }

    private double wall(int cell, double offset, double temperatureK) {
        double ci = c[cell];
        SaltProperties.AtTemperature p = properties(temperatureK);
        // D dc/dx = (1 - t+) j / F at both walls
        double gradient = (1 - p.transferenceNumber(ci)) * carried / (Physics.F * p.diffusivity(ci));
        return Math.max(FLOOR * c0, ci - offset * gradient);
    }

    /**
     * The concentration overpotential between the two walls, V, positive when the salt is richer at
     * x = L: (2RT/F) integral of (1 - t+) T_f dln c from x = 0 to x = L (Newman, ch. 12; with constant
     * t+ and T_f = 1 at steady state this is the domain brief's (2RT/F)(1 - t+) ln((1 + J/J*)/(1 - J/J*))).
     */
    public double overpotential(double temperatureK) {
        return overpotential(temperatureK, left(temperatureK), right(temperatureK));
    }

    /**
     * {@link #overpotential(double)} with the walls' concentrations already read ({@link #left}, {@link #right} at
     * this temperature since the last step), for a caller that records them too.
     */
    public double overpotential(double temperatureK, double left, double right) {
        return overpotential.between(properties(temperatureK), temperatureK, c, left, right);
    }

    /** Whether the salt is exhausted at x = 0 (after the last step). */
    public boolean depletedLeft() {
        return depletedLeft;
    }

    /** Whether the salt is exhausted at x = L. */
    public boolean depletedRight() {
        return depletedRight;
    }

    /** Salt per area, mol/m2 (conserved: both walls exchange only Li+ at the same rate). */
    public double inventory() {
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            sum += capacity * width[i] * c[i];
        }
        return sum;
    }

    /**
     * Takes salt out of the film (an anion reduced at an electrode takes its Li+ with it): the profile is scaled
     * uniformly, the quasi-static limit of a sink that acts over far more than the diffusion time L^2/D. Never
     * below {@link #FLOOR} c0 anywhere.
     *
     * @param molPerArea salt to remove, mol/m2 (nothing when not positive)
     */
    public void remove(double molPerArea) {
        double before = inventory();
        if (!(molPerArea > 0) || !(before > 0)) {
            return;
        }
        double factor = Math.max(0, 1 - molPerArea / before);
        double floor = FLOOR * c0;
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.max(floor, c[i] * factor);
        }
        wallsRead = false;
        control.previousStep = Double.NaN;
    }

    /** The salt the film holds now over what it held at c0 (1 until salt is {@link #remove removed}). */
    public double saltLeft() {
        return inventory() / (capacity * length * c0);
    }

    /** The profile, cell centres from x = 0, mol/m3 (a copy). */
    public double[] profile() {
        return c.clone();
    }

    /** Centres of the cells, m. */
    public double[] centres() {
        double[] x = new double[c.length];
        double at = 0;
        for (int i = 0; i < c.length; i++) {
            x[i] = at + width[i] / 2;
            at += width[i];
        }
        return x;
    }

    /** The diffusion time across the film, L^2/D at c0, s (with the properties of the last advance). */
    public double diffusionTime(double temperatureK) {
        return length * length / properties(temperatureK).diffusivity(c0);
    }

    /** The properties of the last advance at its temperature; at another, the properties now. */
    private SaltProperties.AtTemperature properties(double temperatureK) {
        if (now == null || Double.doubleToRawLongBits(temperatureK) != Double.doubleToRawLongBits(nowTemperature)) {
            now = properties.at(temperatureK);
            nowTemperature = temperatureK;
        }
        return now;
    }

    public double initialConcentration() {
        return c0;
    }

    public double thickness() {
        return length;
    }
}
