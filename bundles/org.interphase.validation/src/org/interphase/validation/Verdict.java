package org.interphase.validation;

import java.util.List;

import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.model.results.TracePoint;

/**
 * A case judged against its run: the computed value, whether it agrees with the published one, and
 * why not when it does not.
 *
 * @param vcase    the case
 * @param computed the computed value, or null when the engine gave none
 * @param shown    the computed value as the report writes it ("4.51", "> 2500 h (no short)", "not computed")
 * @param pass     whether it agrees within the tolerance
 * @param reason   for a miss: why (the missing physics when known), else null
 */
public record Verdict(ValidationCase vcase, Double computed, String shown, boolean pass, String reason) {

    /** Judges one case against the result of its run ({@code null} when the run did not happen). */
    public static Verdict judge(ValidationCase c, RunResult r) {
        Kind kind = c.kind();
        if (kind.notComputed() != null) {
            return new Verdict(c, null, "not computed", false, "not computed: " + kind.notComputed());
        }
        if (r == null) {
            return new Verdict(c, null, "no run", false, "the study did not run");
        }
        if (r.getStatus() == RunStatus.FAILED) {
            return new Verdict(c, null, "run failed", false, "the run failed: " + r.getStopReason());
        }
        Double value = kind.value(r.getMetrics());
        // a retention only of the reference cycle (a run stopped in cycle 1) is 100 % by definition, not a result
        boolean onlyReference = kind == Kind.RETENTION && r.getStatus() == RunStatus.STOPPED && r.getMetrics() != null
                && r.getMetrics().getCyclesCompleted() != null && r.getMetrics().getCyclesCompleted() <= 1;
        if (value == null || !Double.isFinite(value) || onlyReference) {
            return withoutValue(c, r);
        }
        boolean pass = c.published().accepts(value);
        return new Verdict(c, value, Published.Format.number(value), pass, pass ? null : missReason(c, r));
    }

    /**
     * Judges a gas-onset case against the onset read from its sweeps ({@code null} when they did not
     * run). No gas up to the sweep's end is "> end V": it passes a published lower bound at or below
     * the end.
     */
    public static Verdict judgeGas(ValidationCase c, GasOnset.Result g) {
        if (g == null) {
            return new Verdict(c, null, "no run", false, "the study did not run");
        }
        if (g.failure() != null) {
            return new Verdict(c, null, "none", false, missingOr(c, "") + (c.missing() == null ? "" : "; ") + g.failure());
        }
        if (Double.isNaN(g.onset())) {
            String shown = "> " + Published.Format.number(g.end()) + " V (no gas)";
            if (c.published() instanceof Published.AtLeast least) {
                boolean pass = g.end() >= least.bound() - 1e-9;
                return new Verdict(c, g.end(), shown, pass, pass ? null
                        : "the sweep ends at " + Published.Format.number(g.end()) + " V, below the published bound");
            }
            return new Verdict(c, null, shown, false, "no gas evolved up to " + Published.Format.number(g.end())
                    + " V, the paper saw gas (" + missingOr(c, "the gas-forming reaction is missing") + ")");
        }
        boolean pass = c.published().accepts(g.onset());
        return new Verdict(c, g.onset(), Published.Format.number(g.onset()), pass,
                pass ? null : missingOr(c, "missing physics not yet identified"));
    }

    /** A run that has no value of the kind: an event (short, 80 %) that did not happen within the run. */
    private static Verdict withoutValue(ValidationCase c, RunResult r) {
        if (c.kind() == Kind.TIME_TO_SHORT && r.getStatus() != RunStatus.SHORT_CIRCUIT) {
            double hours = hours(r.getTrace());
            String shown = "> " + Published.Format.number(hours) + " h (no short)";
            if (c.published() instanceof Published.AtLeast least) {
                boolean pass = hours >= least.bound() * (1 - 1e-9);
                return new Verdict(c, hours, shown, pass, pass ? null
                        : "the run stopped after " + Published.Format.number(hours) + " h, before the published "
                                + Published.Format.number(least.bound()) + " h: " + r.getStopReason());
            }
            return new Verdict(c, null, shown, false, "no short circuit within the run, the paper saw one ("
                    + missingOr(c, "the dendrite model does not short this cell") + ")");
        }
        if (c.kind() == Kind.CYCLES_TO_80) {
            Integer n = r.getMetrics() == null ? null : r.getMetrics().getCyclesCompleted();
            int cycles = n == null ? 0 : n;
            String shown = "> " + cycles + " (never below 80 %)";
            if (c.published() instanceof Published.AtLeast least && cycles >= least.bound()) {
                return new Verdict(c, (double) cycles, shown, true, null);
            }
            return new Verdict(c, null, shown, false, "retention never fell below 80 % within " + cycles + " cycles ("
                    + missingOr(c, "the fade the paper saw is missing") + ")");
        }
        return new Verdict(c, null, "none", false, (c.missing() == null ? "" : c.missing() + "; ")
                + "the run gave no " + c.kind().word() + " (status "
                + r.getStatus().getLiteral() + (r.getStopReason() == null ? "" : ": " + r.getStopReason()) + ")");
    }

    private static String missReason(ValidationCase c, RunResult r) {
        String stop = r.getStopReason() == null ? "" : " (run: " + r.getStopReason() + ")";
        return missingOr(c, "missing physics not yet identified") + stop;
    }

    private static String missingOr(ValidationCase c, String otherwise) {
        return c.missing() != null ? c.missing() : otherwise;
    }

    /** The time the run covered, in hours: its last trace point. */
    static double hours(List<TracePoint> trace) {
        return trace.isEmpty() ? 0 : trace.get(trace.size() - 1).getTime() / 3600.0;
    }
}
