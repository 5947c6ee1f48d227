package org.interphase.solver.run;

/**
 * The multi-rate scheme for long cycling (domain brief): degradation is slow compared with a cycle,
 * so after a simulated cycle the slow states (active and contacting fractions, films, every
 * mechanism state) may be advanced over several cycles at the per-cycle rate the simulated cycle
 * showed, before the next cycle is simulated in full. Never over more than {@link #MAX_JUMP} cycles,
 * the last cycle or a cycle with an 'every' block that changes the cell.
 * <p>
 * How far: the line from the last simulated cycle, bent by the change of the per-cycle rate between the
 * last two simulated cycles (a, per cycle: the second difference of the state over the simulated cycles),
 * is off by about a J^2 / 2 after J cycles if the bend were left out, and by much less with it
 * ({@link #change}); each state may have a J^2 / 2 of at most {@link #RELATIVE_ERROR} of its value
 * ({@link #ABSOLUTE_ERROR} for fractions) per jump. A state growing along a straight line is not held to a
 * fixed step: a fraction may change by up to {@link #ABSOLUTE_CAP} per jump, and no jump may be more than
 * {@link #GROWTH} times as long as the one before it (counted from simulated cycle to simulated cycle), so that a
 * rate that has just begun to bend is seen at the next simulated cycle. After the
 * first simulated cycle of a run (no second rate yet) the former rule holds: a change of at most
 * {@link #RELATIVE_STEP} ({@link #ABSOLUTE_STEP}) per jump. From the third simulated cycle on, the bend's own
 * change is known too (b, the third difference): the extrapolation, bend included, is then off by about
 * b J^3 / 6, which is held to the same {@link #RELATIVE_ERROR}; for a film
 * growing as sqrt(n) this allows J ~ 0.36 n where the bend rule allowed ~0.15 n (2026-12-07 morning, the
 * 200-cycle benchmark cell: 23 cycles simulated instead of 37, retention after 200 within 0.06 point of the
 * full simulation instead of 0.03; docs/engine.md, Benchmarks). The recorded capacities bound a jump too
 * ({@link Recorder#capacityJumpLimit}: their change and their bend). On the 1000-cycle benchmark cell: 56
 * cycles simulated (121 with the former rule), every cycle within 0.08 point of retention of the full
 * simulation (0.26 point with the former rule; docs/engine.md, Benchmarks); on the engine of 2026-12-07
 * 03:00, with impedance cycles jumped, 52 simulated (62 before), within 0.057 point.
 * <p>
 * A state still below the integrator's absolute tolerance for it ({@link Tolerances}: 1e-15 m for a
 * film) limits no jump while its change stays below that tolerance: the integrator itself does not
 * resolve such a state, and a relative step on it (a liquefied layer of 1e-186 m growing a few percent
 * per cycle) used to bind three quarters of the jumps of the benchmark cell.
 * Running totals (charges, gas, and a mechanism's states declared so) follow along, bend included, and limit no
 * jump. A jump may pass over cycles with an 'every'
 * block of measurements only (an impedance spectrum): the walk ({@link ProtocolWalk}) advances over the jump in
 * parts that end at those cycles, and each spectrum measures the extrapolated state there ({@link #change}).
 * The error against full simulation is bounded by tests (every cycle within 1 point of retention:
 * TransportCyclingTest, CyclingCalibrationTest, CollapseMultiRateTest; gases within 1 % and spectra of jumped
 * cycles within 1 %: RunningTotalsMultiRateTest).
 */
final class MultiRate {

    static final double RELATIVE_STEP = 0.02;
    static final double ABSOLUTE_STEP = 0.002;
    /**
     * Bend a J^2 / 2 allowed per jump, of a state's value (measured on the benchmark cell: 2e-4, what
     * the former 2 % steps allowed a film growing as sqrt(n), simulates 134 of 1000 cycles, within 0.04
     * point; 1e-3 77 cycles, 0.05 point; 3e-3 55 cycles, 0.08 point).
     */
    static final double RELATIVE_ERROR = 3e-3;
    /** The same for fractions, absolute. */
    static final double ABSOLUTE_ERROR = 3e-4;
    /** Largest change of a fraction (active, contacting) over one jump, however straight its change. */
    static final double ABSOLUTE_CAP = 0.01;
    /**
     * Longest jump, cycles. 50 until impedance cycles could be jumped (an 'every 50 cycles' spectrum bound every
     * jump to 49 anyway); at 100 the 1000-cycle benchmark cell simulates 52 cycles instead of 56, within 0.06
     * point of its full simulation; 200 gives the same 52 there, because the 10 % cap binds.
     */
    static final int MAX_JUMP = 100;
    /**
     * Longest jump against the one before, counted from simulated cycle to simulated cycle (J + 1 at most this
     * times the cycles between the last two simulated ones): the bound on the step ratio of a step size
     * controller (Hairer, Norsett and Wanner, Solving Ordinary Differential Equations I, 2nd ed., section II.4:
     * a factor of 1.5 to 5), here at its cautious end because a jump is never rejected and redone. It holds
     * where the error bound allows more than the data it rests on support: a state growing along a straight
     * line (its bend's change near 0). Until 2026-12-07 such a state was held to a change of 10 % of its value
     * per jump (20 % from the third simulated cycle on) instead, which ties the jump to the value the state
     * happens to start from: a running total from 0 that grows by the same amount every cycle (dead_lithium's
     * dead lithium, polymer_oxidation's charge) could be jumped over 0.2 n cycles after cycle n, and set 20 of the
     * 22 jumps of the 200-cycle benchmark cell (docs/engine.md, 'Jumps and what limits them'). With this bound
     * instead: 20 of its 200 cycles simulated instead of 23 (within 0.26 point of the full simulation, 0.18
     * before), 30 of the 1000-cycle cell's instead of 33 (0.48 point, 0.40 before).
     */
    static final int GROWTH = 2;

    /** Per state: a change this small (the integrator's absolute tolerance) limits no jump. */
    private final double[] negligible;
    /**
     * Per state: a mechanism's running total ({@link org.interphase.solver.api.StateVariable#total()}), which, as the
     * engine's own charges and gases ({@link Simulation#isCounter}), follows along and limits no jump: no rate reads
     * it, so an error in its extrapolation stays in it. Until 2026-12-08 polymer_oxidation's oxidation_charge and
     * acid_crosstalk's chain_scissions bound jumps through their third difference (8 of the 29 jumps of the
     * 1000-cycle benchmark cell, 9 of the 17 of liu2025-pelt-lfp-200's cell, where the chain scissions follow the
     * acid of every charge; docs/engine.md, 'Jumps, second pass').
     */
    private final boolean[] totals;
    /** Per-cycle change of each state in the simulated cycle before the last; null before there was one. */
    private double[] previousRate;
    /** Cycles from that simulated cycle to the last one. */
    private int gap;
    /** Change of each state's per-cycle rate per cycle, from the last two simulated cycles (0 before). */
    private double[] curvature;
    /** Whether {@link #curvature} was measured (two rates), and over how many cycles (the gap then). */
    private boolean measured;
    private int curvatureGap;

    /**
     * @param negligible the integrator's absolute tolerance of each state
     * @param totals     whether each state is a mechanism's running total
     */
    MultiRate(double[] negligible, boolean[] totals) {
        this.negligible = negligible.clone();
        this.totals = totals.clone();
    }

    /** The scheme for a cell of n states with these mechanisms (tolerances from {@link Tolerances}). */
    static MultiRate of(int n, java.util.List<ActiveMechanism> mechanisms) {
        boolean[] totals = new boolean[n];
        for (ActiveMechanism m : mechanisms) {
            for (int k = 0; k < m.size(); k++) {
                totals[m.offset() + k] = m.state().get(k).total();
            }
        }
        return new MultiRate(Tolerances.simulation(n, mechanisms), totals);
    }

    /**
     * Cycles to jump after a simulated cycle. Call {@link #jumped} with the jump taken in the end.
     *
     * @param before         slow state at the start of the simulated cycle
     * @param after          slow state at its end
     * @param remaining      cycles left in the repeat after it
     * @param untilNextEvery cycles until the next cycle with an 'every' block
     */
    int jump(double[] before, double[] after, int remaining, int untilNextEvery) {
        int jump = Math.min(MAX_JUMP, Math.min(remaining - 1, untilNextEvery - 1));
        boolean bent = previousRate != null && previousRate.length == after.length;
        boolean third = bent && measured;
        if (bent) {
            jump = Math.min(jump, GROWTH * gap - 1);
        }
        for (int i = 0; i < after.length && jump > 0; i++) {
            if (i == Simulation.X || Simulation.isCounter(i) || totals[i]) {
                continue;
            }
            double rate = after[i] - before[i];
            double change = Math.abs(rate);
            if (change == 0) {
                continue;
            }
            boolean fraction = i == Simulation.ACTIVE || i == Simulation.CONTACT;
            double value = Math.abs(after[i]);
            if (!bent) {
                double allowed = fraction ? ABSOLUTE_STEP : Math.max(RELATIVE_STEP * value, negligible[i]);
                jump = Math.min(jump, (int) Math.floor(allowed / change));
                continue;
            }
            if (fraction) {
                jump = Math.min(jump, (int) Math.floor(ABSOLUTE_CAP / change));
            }
            double error = fraction ? ABSOLUTE_ERROR : Math.max(RELATIVE_ERROR * value, negligible[i]);
            double bend = (rate - previousRate[i]) / gap;
            if (third) {
                // the extrapolation adds the bend; what it misses is the bend's change, a J^3 / 6
                double jerk = Math.abs(bend - curvature[i]) / ((gap + curvatureGap) / 2.0);
                if (jerk > 0) {
                    jump = Math.min(jump, (int) Math.floor(Math.cbrt(6 * error / jerk)));
                }
            } else if (bend != 0) {
                jump = Math.min(jump, (int) Math.floor(Math.sqrt(2 * error / Math.abs(bend))));
            }
        }
        double[] rate = new double[after.length];
        curvature = new double[after.length];
        for (int i = 0; i < after.length; i++) {
            rate[i] = after[i] - before[i];
            curvature[i] = bent ? (rate[i] - previousRate[i]) / gap : 0;
        }
        previousRate = rate;
        measured = bent;
        curvatureGap = gap;
        gap = 1;
        return Math.max(0, jump);
    }

    /**
     * The change of each state over a jump after the last simulated cycle: its rate in that cycle times
     * the cycles, plus the change of the rate those cycles see, a J (J + 1) / 2 (a from the last two
     * simulated cycles; 0 after the first). The straight line alone overshoots every film whose growth
     * slows, cycle after cycle, in the same direction; the bend keeps that error from adding up. Running
     * totals (charges, gas) take the bend of their per-cycle increment too: on the straight line the gases of
     * the 1000-cycle benchmark cell ended 3.8 % above the full simulation, with the bend 0.4 % below
     * (RunningTotalsMultiRateTest bounds them). This answers a part of the jump: from {@code from} cycles
     * after the last simulated cycle over {@code cycles} more, so that the parts of a jump add up to the whole.
     */
    double[] change(int from, int cycles) {
        double[] change = new double[previousRate.length];
        int to = from + cycles;
        for (int i = 0; i < change.length; i++) {
            change[i] = along(i, to) - along(i, from);
        }
        return change;
    }

    /** How far state i goes in the given number of cycles after the last simulated cycle. */
    private double along(int i, int cycles) {
        return previousRate[i] * cycles + curvature[i] * cycles * (cycles + 1) / 2.0;
    }

    /** The jump taken after the last simulated cycle (at most what {@link #jump} answered). */
    void jumped(int cycles) {
        gap = cycles + 1;
    }
}
