package org.interphase.solver.run;

import java.util.List;
import java.util.Locale;

import org.interphase.model.EveryStep;
import org.interphase.model.RepeatStep;
import org.interphase.model.Step;
import org.interphase.model.StopCondition;
import org.interphase.model.StopKind;
import org.interphase.model.results.RunStatus;

/**
 * The one walk through a protocol that both runners share (cycling cells and Li|Li cells): steps in
 * order, repeats (a number of times, each repetition one cycle, or until a time), 'every N cycles'
 * blocks after the cycles they name, and the protocol's stop conditions checked after every step and
 * every cycle. What a step does, what a cycle records and whether cycles may be jumped over is the
 * runner's, through {@link Cell}.
 */
final class ProtocolWalk {

    /** What the walk needs from a runner. */
    interface Cell {

        /** Runs one step that is not a repeat, an 'every' block or a stop condition. */
        void step(Step step);

        /** Time since the start of the run, s. */
        double time();

        /** Opens a repetition of a repeat block (a cycle). */
        void openCycle(int count);

        /** Closes it; returns its cycle number. May stop the run (a cycle that passed no charge). */
        int closeCycle();

        /** The end voltage of the last step, V (NaN before any). */
        double lastVoltage();

        /** Capacity retention of the last cycle (NaN where it has no meaning, as in a Li|Li cell). */
        double retention();

        /**
         * Called after a full cycle, its 'every' blocks and the stop check: cycles the runner will jump over
         * (multi-rate scheme), at most remaining - 1 and at most untilNextEvery - 1 (an 'every' block that is
         * not {@link #measures measurements only} must see a simulated cycle); 0 when it does not jump. The
         * walk then has the runner {@link #advance} over them in parts that end at the 'every' blocks due
         * inside the jump.
         */
        default int jump(int remaining, int untilNextEvery) {
            return 0;
        }

        /**
         * Advances the cell over cycles of the jump that {@link #jump} answered: from cycles after the last
         * simulated cycle, over the given number more.
         */
        default void advance(int from, int cycles) {
            throw new IllegalStateException("this runner jumps no cycles");
        }

        /**
         * Whether a step only measures the cell (changes no state), so that an 'every' block of such steps may
         * measure a jumped cycle's extrapolated state instead of forcing that cycle to be simulated.
         */
        default boolean measures(Step step) {
            return false;
        }
    }

    private final Cell cell;
    private final List<StopCondition> stops;
    private final java.util.function.BooleanSupplier cancelled;

    ProtocolWalk(Cell cell, List<StopCondition> stops, java.util.function.BooleanSupplier cancelled) {
        this.cell = cell;
        this.stops = stops;
        this.cancelled = cancelled;
    }

    void execute(List<Step> steps, List<Step> siblings) {
        for (Step step : steps) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("cancelled");
            }
            if (step instanceof RepeatStep repeat) {
                repeat(repeat, siblings);
            } else if (!(step instanceof EveryStep) && !(step instanceof StopCondition)) {
                cell.step(step);
                checkStops();
            }
        }
    }

    private void repeat(RepeatStep repeat, List<Step> siblings) {
        double start = cell.time();
        double until = repeat.getUntil() == null ? Double.POSITIVE_INFINITY : repeat.getUntil().getSi();
        int count = repeat.getUntil() == null ? repeat.getCount() : Integer.MAX_VALUE;
        for (int k = 0; k < count && cell.time() - start < until; k++) {
            double before = cell.time();
            cell.openCycle(count);
            execute(repeat.getSteps(), repeat.getSteps());
            int cycle = cell.closeCycle();
            for (Step s : siblings) {
                if (s instanceof EveryStep every && cycle % every.getCycles() == 0) {
                    execute(every.getSteps(), every.getSteps());
                }
            }
            checkStops();
            if (cell.time() == before) {
                throw new org.interphase.solver.cell.CellModelException(
                        "a repetition of the repeat block takes no time: it would never end");
            }
            if (repeat.getUntil() == null) {
                boolean measuring = measuresOnly(siblings);
                int jump = cell.jump(count - k - 1, measuring ? Integer.MAX_VALUE : cyclesToNextEvery(siblings, cycle));
                // the jump in parts, each ending at a cycle with an 'every' block (measurements only), which
                // then measures that cycle's extrapolated state
                for (int done = 0; done < jump; ) {
                    int part = Math.min(jump - done, cyclesToNextEvery(siblings, cycle + done));
                    cell.advance(done, part);
                    done += part;
                    for (Step s : siblings) {
                        if (s instanceof EveryStep every && (cycle + done) % every.getCycles() == 0) {
                            execute(every.getSteps(), every.getSteps());
                        }
                    }
                    checkStops();
                }
                k += jump;
            }
        }
    }

    /** Whether every 'every' block among the siblings only measures (see {@link Cell#measures}). */
    private boolean measuresOnly(List<Step> siblings) {
        for (Step s : siblings) {
            if (s instanceof EveryStep every && !every.getSteps().stream().allMatch(cell::measures)) {
                return false;
            }
        }
        return true;
    }

    /** Cycles after this one until an 'every' block is due. */
    private static int cyclesToNextEvery(List<Step> siblings, int cycle) {
        int next = Integer.MAX_VALUE;
        for (Step s : siblings) {
            if (s instanceof EveryStep every) {
                next = Math.min(next, every.getCycles() - cycle % every.getCycles());
            }
        }
        return next;
    }

    /** The protocol's stop conditions; a short circuit ends any run whether or not one asks. */
    void checkStops() {
        for (StopCondition s : stops) {
            double threshold = s.getThreshold() == null ? Double.NaN : s.getThreshold().getSi();
            switch (s.getKind()) {
                case SHORT_CIRCUIT -> {
                    // the runners end the run at the short circuit itself
                }
                case CAPACITY_BELOW -> {
                    double retention = cell.retention();
                    if (retention < threshold) {
                        throw new RunStop(RunStatus.STOPPED, String.format(Locale.ROOT,
                                "capacity %.1f %% below %.1f %%", retention * 100, threshold * 100));
                    }
                }
                case VOLTAGE_BELOW, VOLTAGE_ABOVE -> {
                    double v = cell.lastVoltage();
                    boolean below = s.getKind() == StopKind.VOLTAGE_BELOW;
                    if (below ? v < threshold : v > threshold) {
                        throw new RunStop(RunStatus.STOPPED, String.format(Locale.ROOT, "voltage %.3f V %s %.3f V", v,
                                below ? "below" : "above", threshold));
                    }
                }
                case TIME_ABOVE -> {
                    if (cell.time() > threshold) {
                        throw new RunStop(RunStatus.STOPPED, String.format(Locale.ROOT, "time %.1f h above %.1f h",
                                cell.time() / 3600, threshold / 3600));
                    }
                }
            }
        }
    }
}
