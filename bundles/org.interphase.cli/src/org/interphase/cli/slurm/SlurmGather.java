package org.interphase.cli.slurm;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.interphase.model.Quantity;
import org.interphase.model.Sweep;
import org.interphase.model.results.RunResult;
import org.interphase.execution.ResultLayout;
import org.interphase.execution.StudyExecution;
import org.interphase.report.SweepPlot;
import org.interphase.results.AtomicFolder;
import org.interphase.results.SweepTable;

/**
 * The gather job of a Slurm run (it starts when every array task has ended, however): checks that
 * every unit of the plan finished, writes each sweep's folder (sweep.csv, sweep.png) from the points
 * in the {@link PointStore} exactly as a local run writes it, and names every unit that did not
 * finish with its task and the reason (the task failed, was stopped at its time limit, or never
 * ran). Finished units are kept: submitting the same command again runs only the rest.
 */
public final class SlurmGather {

    private SlurmGather() {
    }

    /** Returns the number of units that did not finish (0: the output folder is complete). */
    public static int run(SlurmPlan plan, SlurmTask.Context c, List<Sweep> sweeps, PrintWriter out) throws IOException {
        List<String> problems = new ArrayList<>();
        for (SlurmPlan.Unit unit : plan.units()) {
            Optional<String> why = unfinished(plan, unit, c.out());
            why.ifPresent(w -> problems.add(unit.label() + ": " + w));
        }
        PointStore store = SlurmTask.store(c.out());
        for (Sweep sweep : sweeps) {
            List<SlurmPlan.Unit> points = plan.units().stream().filter(u -> u.sweep() == sweep).toList();
            List<SweepTable.Row> rows = new ArrayList<>();
            boolean complete = true;
            for (SlurmPlan.Unit unit : points) {
                Optional<List<RunResult>> results = unfinished(plan, unit, c.out()).isPresent() ? Optional.empty()
                        : store.lookup(unit, SlurmTask.key(unit, c));
                if (results.isEmpty()) {
                    if (unfinished(plan, unit, c.out()).isEmpty()) {
                        problems.add(unit.label() + ": its results are missing or were made from another input;"
                                + " submit again to run it");
                    }
                    complete = false;
                    continue;
                }
                for (RunResult r : results.get()) {
                    rows.add(new SweepTable.Row(unit.values().stream().map(Quantity::getMagnitude).toList(), r));
                }
            }
            if (!complete) {
                out.println("sweep " + sweep.getName() + ": not written (points missing)");
                continue;
            }
            List<String> columns = StudyExecution.columns(sweep);
            AtomicFolder.write(ResultLayout.folder(c.out(), sweep), folder -> {
                SweepTable.write(folder, columns, rows);
                SweepPlot.write(folder, sweep.getName(), columns, rows);
            });
            out.println("sweep " + sweep.getName() + ": " + points.size() + " points -> "
                    + ResultLayout.folder(c.out(), sweep).resolve("sweep.csv"));
        }
        for (SlurmPlan.Unit unit : plan.units()) {
            if (unit.study() != null && unfinished(plan, unit, c.out()).isEmpty()) {
                out.println(unit.label() + ": " + read(SlurmTask.state(c.out()).resolve(unit.id() + ".done")));
            }
        }
        if (!problems.isEmpty()) {
            out.println(problems.size() + " of " + plan.units().size() + " units did not finish:");
            problems.forEach(p -> out.println("  " + p));
            out.println("the finished ones are kept: submit the same command again to run the rest");
        }
        out.flush();
        return problems.size();
    }

    /** Why a unit did not finish, or empty when it did. */
    static Optional<String> unfinished(SlurmPlan plan, SlurmPlan.Unit unit, Path out) {
        Path state = SlurmTask.state(out);
        int task = plan.taskOf(unit);
        if (Files.isRegularFile(state.resolve(unit.id() + ".done"))) {
            return Optional.empty();
        }
        Path failed = state.resolve(unit.id() + ".failed");
        if (Files.isRegularFile(failed)) {
            return Optional.of("failed in task " + task + ": " + read(failed));
        }
        String log = taskEnd(out, task);
        if (Files.isRegularFile(state.resolve(unit.id() + ".started"))) {
            return Optional.of("task " + task + " ended during this run" + (log.isEmpty() ? "" : " (" + log + ")"));
        }
        return Optional.of("task " + task + " never ran it" + (log.isEmpty() ? "" : " (" + log + ")"));
    }

    /** What Slurm wrote about how a task ended, from its log: the time limit, a cancellation, memory. */
    static String taskEnd(Path out, int task) {
        Path log = logs(out).resolve("task-" + task + ".out");
        if (!Files.isRegularFile(log)) {
            return "no log " + log + ": the task did not start";
        }
        String text = read(log);
        if (text.contains("DUE TO TIME LIMIT")) {
            return "stopped at its time limit, --time; see " + log;
        }
        if (text.contains("CANCELLED")) {
            return "cancelled; see " + log;
        }
        if (text.contains("oom") || text.contains("OutOfMemoryError")) {
            return "out of memory; see " + log;
        }
        return "see " + log;
    }

    static Path logs(Path out) {
        return SlurmTask.jobFolder(out).resolve("logs");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
