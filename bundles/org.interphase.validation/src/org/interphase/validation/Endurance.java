package org.interphase.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.interphase.model.Protocol;
import org.interphase.model.RepeatStep;
import org.interphase.model.Step;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;

/**
 * Whether a published cell that cycled for a long time also cycles in the model (issue 12's done-when: a
 * set of published cells that cycled 100 cycles or more must all cycle, none stopping in cycle 1 and none
 * shorting before its published cycle count). A retention case whose protocol repeats at least
 * {@value #LONG} cycles (the published count) is such a cell; its run must complete every repeated cycle.
 *
 * @param caseId    the validation case
 * @param planned   the cycles the protocol repeats (the published count)
 * @param completed the cycles the run completed
 * @param status    the run's status literal
 * @param reason    why the run stopped, or null
 */
public record Endurance(String caseId, int planned, int completed, String status, String reason) {

    /** The published cycle count from which a cell counts as long-cycling. */
    public static final int LONG = 100;

    /** Whether the run cycled the whole published count without a stop or a short. */
    public boolean cycled() {
        return completed >= planned && !RunStatus.SHORT_CIRCUIT.getLiteral().equals(status)
                && !RunStatus.FAILED.getLiteral().equals(status);
    }

    /**
     * The cycles a protocol repeats: every counted repeat block among its top-level steps, one after the other
     * (the engine runs each repetition of each block as one cycle: a formation block of 5 and a block of 100
     * are 105 cycles), 0 when none. A block repeated until a time has no count and adds none.
     */
    public static int plannedCycles(Protocol protocol) {
        int n = 0;
        if (protocol != null) {
            for (Step s : protocol.getSteps()) {
                if (s instanceof RepeatStep r && r.getUntil() == null) {
                    n += r.getCount();
                }
            }
        }
        return n;
    }

    /**
     * The long-cycling cells of a set, each with its run (cases sharing a run are listed once, under the
     * first case).
     *
     * @param cases    the cases in manifest order
     * @param protocol each case's protocol
     * @param result   each case's run, or null when it did not run
     */
    static List<Endurance> of(List<ValidationCase> cases, Function<ValidationCase, Protocol> protocol,
            Function<ValidationCase, RunResult> result) {
        List<Endurance> out = new ArrayList<>();
        java.util.Set<RunResult> seen = new java.util.HashSet<>();
        for (ValidationCase c : cases) {
            // a published retention after N cycles says the cell cycled N cycles; a cycles-to-80 case's run
            // length is the case's choice, not a published count
            if (c.superseded() || c.kind() != Kind.RETENTION) {
                continue;
            }
            int planned = plannedCycles(protocol.apply(c));
            RunResult r = result.apply(c);
            if (planned < LONG || (r != null && !seen.add(r))) {
                continue;
            }
            Integer done = r == null || r.getMetrics() == null ? null : r.getMetrics().getCyclesCompleted();
            out.add(new Endurance(c.id(), planned, done == null ? 0 : done,
                    r == null ? "no run" : r.getStatus().getLiteral(), r == null ? null : r.getStopReason()));
        }
        return out;
    }

    /** The report's line for this cell. */
    public String shown() {
        return cycled() ? String.format(Locale.ROOT, "cycled %d of %d", completed, planned)
                : String.format(Locale.ROOT, "stopped after %d of %d cycles (%s%s)", completed, planned, status,
                        reason == null ? "" : ": " + reason);
    }

    /** How many of the cells cycled their count. */
    public static long cycledCount(List<Endurance> cells) {
        return cells.stream().filter(Endurance::cycled).count();
    }
}
