package org.interphase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.interphase.model.Study;
import org.interphase.report.StudyExecution;
import org.interphase.solver.study.StudyRunner;
import org.interphase.uq.Percentiles;
import org.interphase.uq.cell.UncertaintyExecution;

/** The uncertainty step of {@code interphase run}: runs the samples the studies ask for and prints their percentiles. */
final class UncertaintyTable {

    private UncertaintyTable() {
    }

    static void run(StudyRunner runner, Integer threads, List<Study> studies, List<StudyExecution.Outcome> outcomes,
            Path out, UncertaintyExecution.Request request, StudyExecution.Measurements measured,
            BooleanSupplier cancelled, PrintWriter stdout, PrintWriter stderr) throws IOException, InterruptedException {
        int total = UncertaintyExecution.count(studies, request);
        if (total == 0 || cancelled.getAsBoolean()) {
            return;
        }
        long start = System.nanoTime();
        int[] done = { 0 };
        // the outcomes hold the studies' cells in order, then the sweep points
        java.util.Map<Study, List<org.interphase.model.results.RunResult>> runs = new java.util.HashMap<>();
        int i = 0;
        for (Study s : studies) {
            runs.put(s, outcomes.subList(i, i + s.getCells().size()).stream().map(StudyExecution.Outcome::result).toList());
            i += s.getCells().size();
        }
        var cells = new UncertaintyExecution(runner, threads != null ? threads : Runtime.getRuntime().availableProcessors())
                .run(studies, runs, s -> out.resolve(s.getName()), request, measured::of, cancelled, (label, status) -> {
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
