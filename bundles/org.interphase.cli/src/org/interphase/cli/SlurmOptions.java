package org.interphase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.interphase.cli.slurm.SlurmGather;
import org.interphase.cli.slurm.SlurmPlan;
import org.interphase.cli.slurm.SlurmSubmit;
import org.interphase.cli.slurm.SlurmTask;
import org.interphase.model.Study;
import org.interphase.model.Sweep;

import picocli.CommandLine.Option;

/** The executor options of {@code interphase run} (a picocli mixin) and what they do (docs/scaling.md). */
final class SlurmOptions {

    @Option(names = "--executor", paramLabel = "local|slurm", defaultValue = "local",
            description = { "where the runs run: here (local, the default) or as a Slurm job array with a",
                    "gather job that writes the same OUT (slurm; see docs/scaling.md)" })
    String executor;

    @Option(names = "--partition", paramLabel = "NAME", description = "Slurm: the partition (default: the cluster's)")
    String partition;

    @Option(names = "--time", paramLabel = "LIMIT", description = "Slurm: each task's time limit, e.g. 01:00:00")
    String time;

    @Option(names = "--array-size", paramLabel = "N", defaultValue = "100",
            description = "Slurm: at most N array tasks (default: ${DEFAULT-VALUE}); the runs are shared among them")
    int arraySize;

    @Option(names = "--sbatch", paramLabel = "OPTION", description = { "Slurm: a further #SBATCH line for every job,",
            "e.g. --sbatch=--mem=2G --sbatch=--account=lab (repeatable)" })
    List<String> sbatch = new ArrayList<>();

    @Option(names = "--wait", description = "Slurm: wait for the gather job and print what it printed")
    boolean waitForGather;

    @Option(names = "--slurm-task", hidden = true, paramLabel = "K")
    Integer task;

    @Option(names = "--slurm-gather", hidden = true)
    boolean gather;

    /** Whether the run goes to Slurm (submitted here, or this process is one of the job's tasks). */
    boolean active() {
        return task != null || gather || "slurm".equals(executor);
    }

    /**
     * Submits, runs a task's share or gathers; returns the exit code.
     *
     * @param runArgs the arguments of this {@code interphase run}, for the tasks
     */
    int run(List<Study> studies, List<Sweep> sweeps, SlurmTask.Context context, String name, List<String> runArgs,
            BooleanSupplier cancelled, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        if (!"slurm".equals(executor) && !"local".equals(executor)) {
            err.println("interphase: --executor is local or slurm, not '" + executor + "'");
            return Interphase.EXIT_USAGE;
        }
        if (arraySize < 1) {
            err.println("interphase: --array-size must be at least 1");
            return Interphase.EXIT_USAGE;
        }
        SlurmPlan plan = new SlurmPlan(studies, sweeps, arraySize);
        if (task != null) {
            if (task < 0 || task >= plan.tasks()) {
                err.println("interphase: --slurm-task " + task + " is not in the array 0-" + (plan.tasks() - 1));
                return Interphase.EXIT_USAGE;
            }
            return SlurmTask.run(plan, task, context, cancelled, out) == 0 ? 0 : Interphase.EXIT_INPUT_ERRORS;
        }
        if (gather) {
            return SlurmGather.run(plan, context, sweeps, out) == 0 ? 0 : Interphase.EXIT_INPUT_ERRORS;
        }
        String launcher = System.getProperty("interphase.launcher");
        if (launcher == null) {
            err.println("interphase: --executor slurm needs the interphase launcher (start the product with ./interphase)");
            return Interphase.EXIT_USAGE;
        }
        try {
            for (String line : SlurmSubmit.submit(new SlurmSubmit.Options(partition, time, arraySize, sbatch,
                    waitForGather), plan, name, context.out(), Path.of(launcher), runArgs, SlurmSubmit::sbatch)) {
                out.println(line);
            }
        } catch (IOException e) {
            err.println("interphase: cannot submit to Slurm: " + e.getMessage());
            return Interphase.EXIT_INPUT_ERRORS;
        }
        if (waitForGather) {
            // the gather job has ended: what it wrote is its verdict
            Path log = SlurmTask.jobFolder(context.out()).resolve("logs").resolve("gather.out");
            String text = java.nio.file.Files.exists(log) ? java.nio.file.Files.readString(log) : "";
            out.print(text);
            return text.contains("did not finish") ? Interphase.EXIT_INPUT_ERRORS : 0;
        }
        return 0;
    }
}
