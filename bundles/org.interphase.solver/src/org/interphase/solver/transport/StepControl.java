package org.interphase.solver.transport;

/**
 * The length of {@link SaltTransport}'s backward-Euler sub-steps, controlled by their local error (Hairer and
 * Wanner, Solving Ordinary Differential Equations II, sec. IV.8; the estimate of Shampine, Numerical Solution of
 * Ordinary Differential Equations, 1994, sec. 8.2): backward Euler's local error is h^2/2 c'', estimated from the
 * new profile's distance to the straight line through the two before it,
 * err = h / (h + h') |c(n+1) - c(n) - (h / h')(c(n) - c(n-1))|, the largest over the cells; a sub-step whose error
 * exceeds {@link #TOLERANCE} c0 is taken again shorter, and the next is h (TOLERANCE c0 / err)^(1/2) times a safety
 * factor, at most {@link #GROWTH} times longer. A change of current starts without a history: the first sub-step
 * is the one in which the wall of a semi-infinite film would move by {@link #FIRST_CHANGE} c0 (constant flux,
 * Carslaw and Jaeger, Conduction of Heat in Solids, 2nd ed., sec. 2.9: dc = 2 q (t / (pi D e))^(1/2)), and no sub-step
 * may move a wall by more than {@link #MAX_CHANGE} c0 (near exhaustion, where the overpotential goes as ln c).
 */
final class StepControl {

    /** The local error allowed in a sub-step, a share of c0 at any cell. */
    static final double TOLERANCE = 3e-4;
    /** The longest growth from one sub-step to the next, and the safety factor on the error's prediction. */
    private static final double GROWTH = 4, SAFETY = 0.8, SHRINK = 0.2;
    /** The first sub-step after a change of current: the semi-infinite wall's move in it, a share of c0. */
    static final double FIRST_CHANGE = 0.005;
    /** The most a wall may move in one sub-step, a share of c0. */
    static final double MAX_CHANGE = 0.01;

    /** The next sub-step, s (0: none yet). */
    double substep;
    /** The last accepted sub-step, s; NaN while the profile before it is not a history (a new current). */
    double previousStep = Double.NaN;
    double lastCurrent = Double.NaN;

    void set(StepControl other) {
        substep = other.substep;
        previousStep = other.previousStep;
        lastCurrent = other.lastCurrent;
    }

    /**
     * At the start of an advance at current j: a current that changed by more than 10 % (or the first) restarts the
     * sub-steps at the semi-infinite estimate.
     *
     * @param step0 the first sub-step for a change of current of 1 A/m2, s (pi D e (FIRST_CHANGE c0 F / (2 (1 - t+)))^2)
     * @param tau   the diffusion time L^2/D, s
     */
    void start(double j, double step0, double tau, double longest) {
        if (!(Math.abs(j - lastCurrent) <= 0.1 * Math.max(Math.abs(j), Math.abs(lastCurrent))) || substep <= 0) {
            double change = Double.isNaN(lastCurrent) ? Math.abs(j) : Math.abs(j - lastCurrent);
            substep = change > 0 ? Math.max(1e-6 * tau, Math.min(longest, step0 / (change * change))) : 1e-6 * tau;
            previousStep = Double.NaN;
        }
        lastCurrent = j;
    }

    /**
     * Judges a sub-step of length h from c (before) to next, with older the profile before c: true to accept (the
     * next sub-step is then set), false to take it again shorter.
     *
     * @param change the larger move of a wall in the sub-step, a share of c0
     */
    boolean judge(double h, double[] older, double[] c, double[] next, double c0, double change, double tau,
            double longest) {
        if (change > MAX_CHANGE && h > 1e-9 * tau) {
            substep = h / 2;
            return false;
        }
        double factor = GROWTH;
        if (!Double.isNaN(previousStep)) {
            double ratio = h / previousStep;
            double err = 0;
            for (int i = 0; i < c.length; i++) {
                err = Math.max(err, Math.abs(next[i] - c[i] - ratio * (c[i] - older[i])));
            }
            err *= h / (h + previousStep) / (TOLERANCE * c0);
            factor = err > 0 ? Math.min(GROWTH, SAFETY / Math.sqrt(err)) : GROWTH;
            if (err > 1 && h > 1e-9 * tau) {
                substep = h * Math.max(SHRINK, factor);
                return false;
            }
        }
        // a sub-step cut short by the end of an advance keeps the length asked unless its error asks for less
        double proposed = Math.min(factor * h, longest);
        substep = h >= substep || factor < 1 ? proposed : substep;
        previousStep = h;
        return true;
    }
}
