package org.interphase.execution;

import java.util.List;
import java.util.Locale;

import org.interphase.model.results.RunResult;
import org.interphase.results.RetentionNote;

/**
 * The table of a run's outcomes, one row a run (and its stop reason and a retention above 100 % below it), as {@code interphase run}
 * prints it and the workbench's Interphase console shows it.
 */
public final class OutcomeTable {

    private static final String ROW = "%-22s %-18s %-13s %7s %12s %8s %10s %8s %10s %8s  %s%n";

    private OutcomeTable() {
    }

    /** The table, with a header line; a VARIED column with each sweep point's values when there are sweep points. */
    public static String format(List<StudyExecution.Outcome> outcomes) {
        StringBuilder b = new StringBuilder();
        boolean varied = outcomes.stream().anyMatch(o -> !o.point().isEmpty());
        b.append(String.format(Locale.ROOT, ROW, "STUDY", "CELL", "STATUS", "CYCLES", "RETENTION %", "CE %", "R ohm cm2",
                "ONSET V", "SIGMA S/cm", "SHORT h", varied ? String.format(Locale.ROOT, "%-8s VARIED", "SOURCE") : "SOURCE"));
        for (StudyExecution.Outcome o : outcomes) {
            RunResult r = o.result();
            var m = r.getMetrics();
            b.append(String.format(Locale.ROOT, ROW, r.getStudy(), r.getCell(), r.getStatus().getLiteral(),
                    m.getCyclesCompleted() == null ? "-" : m.getCyclesCompleted(), fixed(m.getCapacityRetention(), 1),
                    fixed(m.getMeanCoulombicEfficiency(), 2), fixed(m.getFinalResistance(), 1),
                    fixed(m.getOnsetPotential(), 3),
                    m.getIonicConductivity() == null ? "-" : String.format(Locale.ROOT, "%.2e", m.getIonicConductivity()),
                    fixed(m.getTimeToShort(), 1), (o.cached() ? "cached" : "run")
                            + (varied ? " ".repeat(o.cached() ? 3 : 6) + o.point() : "")));
            if (r.getStopReason() != null) {
                b.append("    ").append(r.getStopReason()).append('\n');
            }
            RetentionNote.of(r).ifPresent(n -> b.append("    note: ").append(n.text()).append('\n'));
        }
        return b.toString();
    }

    private static String fixed(Double v, int digits) {
        return v == null || !Double.isFinite(v) ? "-" : String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
