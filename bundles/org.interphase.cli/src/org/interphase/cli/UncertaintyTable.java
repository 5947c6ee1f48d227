package org.interphase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.interphase.model.Study;
import org.interphase.execution.MeasuredComparison;
import org.interphase.execution.ProductVersion;
import org.interphase.execution.ResultLayout;
import org.interphase.execution.StudyExecution;
import org.interphase.model.results.RunResult;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.study.StudyRunner;
import org.interphase.uq.Percentiles;
import org.interphase.uq.cell.UncertaintyExecution;

/** The uncertainty step of {@code interphase run}: runs the samples the studies ask for and prints their percentiles. */
final class UncertaintyTable {

    private UncertaintyTable() {
    }

    static void run(List<Study> studies, List<StudyExecution.Outcome> outcomes, Path out, Integer threads,
            UncertaintyExecution.Request request, java.time.Duration cellTimeout, BooleanSupplier cancelled,
            PrintWriter stdout, PrintWriter stderr) throws IOException, InterruptedException {
        int total = UncertaintyExecution.count(studies, request);
        if (total == 0 || cancelled.getAsBoolean()) {
            return;
        }
        long start = System.nanoTime();
        int[] done = { 0 };
        // the outcomes hold the studies' cells in order, then the sweep points
        Map<Study, List<RunResult>> runs = new HashMap<>();
        int i = 0;
        for (Study s : studies) {
            runs.put(s, outcomes.subList(i, i + s.getCells().size()).stream().map(StudyExecution.Outcome::result).toList());
            i += s.getCells().size();
        }
        // the data was read (and checked) by the run: read again for the report's overlay
        MeasuredComparison measured = MeasuredComparison.load(studies, new PrintWriter(new StringWriter()));
        // each sample run has the time limit of the nominal runs (--cell-timeout), not the default (issue 14)
        StudyRunner runner = new StudyRunner(MechanismRegistry.getDefault(), ProductVersion.current(), cellTimeout);
        var cells = new UncertaintyExecution(runner, threads != null ? threads : Runtime.getRuntime().availableProcessors())
                .run(studies, runs, s -> ResultLayout.folder(out, s), request, s -> measured == null ? null : measured.of(s),
                        cancelled, (label, status) -> {
                            synchronized (done) {
                                stderr.printf(Locale.ROOT, "%d/%d %s: %s%n", ++done[0], total, label, status);
                                stderr.flush();
                            }
                        });
        stdout.printf(Locale.ROOT, "uncertainty (%d sample runs, %.0f s): p5 / p50 / p95 over the samples that completed%n",
                total, (System.nanoTime() - start) / 1e9);
        stdout.printf(Locale.ROOT, "%-22s %-18s %8s %7s %24s %24s %7s%n", "STUDY", "CELL", "SAMPLES", "FAILED",
                "RETENTION %", "FINAL R ohm cm2", "CACHED");
        for (var c : cells) {
            var u = c.uncertainty();
            stdout.printf(Locale.ROOT, "%-22s %-18s %8d %7d %24s %24s %7d%n", c.study(), c.cell(), u.samples(), u.failed(),
                    band(u.metrics().get("capacity_retention_pct"), 1), band(u.metrics().get("final_resistance_ohm_cm2"), 1),
                    u.cached());
            u.failures().forEach((reason, n) -> stdout.println("    failed " + n + "x: " + reason));
            u.endedEarly().forEach((reason, n) -> stdout.println("    ended early " + n + "x: " + reason));
            stdout.println("    " + u.space().sampled().size() + " parameters sampled, " + u.space().notSampled().size()
                    + " without a range kept at their value (summary.json 'uncertainty.not_sampled')");
        }
    }

    private static String band(Percentiles p, int digits) {
        if (p == null || p.n() == 0) {
            return "-";
        }
        String f = "%." + digits + "f";
        return String.format(Locale.ROOT, f + " / " + f + " / " + f, p.p5(), p.p50(), p.p95());
    }
}
