package org.interphase.solver.run;

/**
 * The multi-rate scheme for long cycling (domain brief): degradation is slow compared with a cycle,
 * so after a simulated cycle the slow states (active and contacting fractions, films, every
 * mechanism state) may be advanced over several cycles at the per-cycle rate the simulated cycle
 * showed, before the next cycle is simulated in full. The jump is as long as keeps every state's
 * change within {@link #RELATIVE_STEP} of its value (or {@link #ABSOLUTE_STEP} for fractions), at
 * most {@link #MAX_JUMP} cycles, and never over the last cycle or a cycle with an 'every' block.
 * A state still below the integrator's absolute tolerance for it ({@link Tolerances}: 1e-15 m for a
 * film) limits no jump while its change stays below that tolerance: the integrator itself does not
 * resolve such a state, and a relative step on it (a liquefied layer of 1e-186 m growing a few percent
 * per cycle) used to bind three quarters of the jumps of the benchmark cell.
 * Running totals (charges, gas) follow along. The error against full simulation is bounded by a test.
 */
final class MultiRate {

    static final double RELATIVE_STEP = 0.02;
    static final double ABSOLUTE_STEP = 0.002;
    static final int MAX_JUMP = 50;

    /** Per state: a change this small (the integrator's absolute tolerance) limits no jump. */
    private final double[] negligible;

    /** @param negligible the integrator's absolute tolerance of each state */
    MultiRate(double[] negligible) {
        this.negligible = negligible.clone();
    }

    /**
     * Cycles to jump after a simulated cycle.
     *
     * @param before         slow state at the start of the simulated cycle
     * @param after          slow state at its end
     * @param remaining      cycles left in the repeat after it
     * @param untilNextEvery cycles until the next cycle with an 'every' block
     */
    int jump(double[] before, double[] after, int remaining, int untilNextEvery) {
        int jump = Math.min(MAX_JUMP, Math.min(remaining - 1, untilNextEvery - 1));
        for (int i = 0; i < after.length && jump > 0; i++) {
            if (i == Simulation.X || Simulation.isCounter(i)) {
                continue;
            }
            double change = Math.abs(after[i] - before[i]);
            if (change == 0) {
                continue;
            }
            boolean fraction = i == Simulation.ACTIVE || i == Simulation.CONTACT;
            double allowed = fraction ? ABSOLUTE_STEP : Math.max(RELATIVE_STEP * Math.abs(after[i]), negligible[i]);
            jump = Math.min(jump, (int) Math.floor(allowed / change));
        }
        return Math.max(0, jump);
    }
}
