package org.interphase.cli.slurm;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.interphase.model.Quantity;
import org.interphase.model.results.RunResult;
import org.interphase.execution.MeasuredComparison;
import org.interphase.execution.ResultLayout;
import org.interphase.execution.StudyExecution;
import org.interphase.model.Cell;
import org.interphase.solver.study.StudyRunner;
import org.interphase.solver.study.SweepRunner;
import org.interphase.results.AtomicFile;

/**
 * One array task of a Slurm job: runs its share of the plan ({@link SlurmPlan#share}). A study runs
 * as {@code interphase run} runs it (its cells' folders and its report in OUT, served from the result
 * cache when current); a sweep point runs through {@link SweepRunner} into the {@link PointStore},
 * skipped when the store holds it under the same key. Around each unit the task leaves markers in
 * the job's state folder ({@code unit-<n>.started}, {@code .done} or {@code .failed}), from which
 * the gather job names what did not finish and why.
 */
public final class SlurmTask {

    /**
     * What every unit needs.
     *
     * @param out         the output folder (on the shared filesystem)
     * @param product     the product version, part of a point's key
     * @param runner      the engine
     * @param options     the result cache's options for the studies
     * @param threads     parallel runs of a study's cells
     */
    public record Context(Path out, String product, StudyRunner runner,
            StudyExecution.Options options, int threads) {
    }

    private SlurmTask() {
    }

    /** The job's own folder in OUT: scripts, logs, markers and the point store. */
    public static Path jobFolder(Path out) {
        return out.resolve(".slurm");
    }

    static Path state(Path out) {
        return jobFolder(out).resolve("state");
    }

    static PointStore store(Path out) {
        return new PointStore(jobFolder(out).resolve("points"));
    }

    /**
     * Runs a task's share; returns the number of units that failed (0 when all finished).
     *
     * @param cancelled polled by the engine (Slurm's SIGTERM at the time limit sets it)
     */
    public static int run(SlurmPlan plan, int task, Context c, BooleanSupplier cancelled, PrintWriter out)
            throws InterruptedException {
        int failed = 0;
        for (SlurmPlan.Unit unit : plan.share(task)) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            try {
                mark(c.out(), unit, "started", "task " + task);
                String outcome = unit.study() != null ? runStudy(unit, c, cancelled, out) : runPoint(unit, c, cancelled);
                if (cancelled.getAsBoolean()) {
                    break;
                }
                mark(c.out(), unit, "done", outcome);
                out.println(unit.label() + ": " + outcome);
            } catch (IOException | RuntimeException e) {
                failed++;
                String reason = e.getMessage() == null ? e.toString() : e.getMessage();
                try {
                    mark(c.out(), unit, "failed", reason);
                } catch (IOException again) {
                    out.println(unit.label() + ": cannot write its state: " + again.getMessage());
                }
                out.println(unit.label() + ": failed: " + reason);
            }
            out.flush();
        }
        return failed;
    }

    private static String runStudy(SlurmPlan.Unit unit, Context c, BooleanSupplier cancelled, PrintWriter out)
            throws IOException, InterruptedException {
        MeasuredComparison measured = MeasuredComparison.load(List.of(unit.study()), out);
        if (measured == null) {
            throw new IOException("the measured data of study " + unit.study().getName() + " cannot be read");
        }
        List<StudyExecution.Outcome> outcomes = new StudyExecution(c.runner(), c.threads()).run(List.of(unit.study()),
                List.of(), c.out(), c.options(), cancelled, (label, status) -> { }, measured);
        StringBuilder s = new StringBuilder();
        for (StudyExecution.Outcome o : outcomes) {
            s.append(s.isEmpty() ? "" : ", ").append(o.result().getCell()).append(' ')
                    .append(o.result().getStatus().getLiteral()).append(o.cached() ? " (cached)" : "");
        }
        return s.toString();
    }

    private static String runPoint(SlurmPlan.Unit unit, Context c, BooleanSupplier cancelled) throws IOException {
        PointStore store = store(c.out());
        String key = key(unit, c);
        Optional<List<RunResult>> hit = store.lookup(unit, key);
        List<RunResult> results;
        boolean cached = hit.isPresent();
        if (cached) {
            results = hit.get();
        } else {
            // (the input hash it records goes into results that are not kept: sweep.csv has none)
            results = new SweepRunner(c.runner()).runPoint(unit.sweep(), unit.values(), key, cancelled)
                    .stream().map(SweepRunner.PointResult::result).toList();
            if (cancelled.getAsBoolean()) {
                return "cancelled";
            }
            store.write(unit, key, results);
        }
        StringBuilder s = new StringBuilder();
        for (RunResult r : results) {
            s.append(s.isEmpty() ? "" : ", ").append(r.getCell()).append(' ').append(r.getStatus().getLiteral())
                    .append(cached ? " (cached)" : "");
        }
        return s.toString();
    }

    /**
     * A point's key: the model keys of the sweep study's cells (RunKey, as the result cache keys a
     * cell: cell, protocol, materials, mechanisms, product version), the product version, the sweep
     * and the point's values; any change of the model or the engine runs the point again.
     */
    static String key(SlurmPlan.Unit unit, Context c) {
        StringBuilder s = new StringBuilder().append("product ").append(c.product()).append("\nsweep ")
                .append(ResultLayout.folderName(unit.sweep())).append("\npoint ").append(unit.point());
        for (Cell cell : unit.sweep().getStudy().getCells()) {
            s.append("\ncell ").append(c.runner().key(unit.sweep().getStudy(), cell).sha256());
        }
        for (Quantity q : unit.values()) {
            s.append('\n').append(Double.toString(q.getMagnitude())).append(' ').append(q.getUnit());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static void mark(Path out, SlurmPlan.Unit unit, String what, String text) throws IOException {
        Path dir = state(out);
        Files.createDirectories(dir);
        AtomicFile.writeString(dir.resolve(unit.id() + "." + what), text + "\n");
    }
}
