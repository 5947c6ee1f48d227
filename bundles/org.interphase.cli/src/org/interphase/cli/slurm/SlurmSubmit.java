package org.interphase.cli.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Submits a Slurm run: writes the array script and the gather script into {@code OUT/.slurm/} and
 * hands them to {@code sbatch}: one job array (a task per share of the plan) and a gather job that
 * depends on it ({@code afterany}: it runs however the tasks end, so that it can say which did not
 * finish). Both start the same product as the submitting command (the {@code interphase} launcher
 * on the shared filesystem) with the same arguments.
 */
public final class SlurmSubmit {

    /**
     * What the user asked of Slurm.
     *
     * @param partition  {@code --partition}, or null for the cluster's default
     * @param time       {@code --time} of each task, or null for the partition's default
     * @param arraySize  the most array tasks
     * @param sbatch     further {@code #SBATCH} lines, as given ({@code --sbatch "--mem=2G"})
     * @param waitForGather wait for the gather job and print its output
     */
    public record Options(String partition, String time, int arraySize, List<String> sbatch, boolean waitForGather) {
        public Options {
            sbatch = List.copyOf(sbatch);
        }
    }

    /** Runs a command (sbatch); returns its standard output, or throws with its error output. */
    @FunctionalInterface
    public interface Runner {
        String run(List<String> command) throws IOException, InterruptedException;
    }

    private SlurmSubmit() {
    }

    /**
     * The two scripts.
     *
     * @param launcher the {@code interphase} launcher the tasks start
     * @param runArgs  the arguments of {@code interphase run} without the executor options
     */
    static String script(Options o, String name, Path launcher, List<String> runArgs, Path logs, boolean gather,
            int tasks) {
        StringBuilder s = new StringBuilder("#!/bin/sh\n");
        s.append("#SBATCH --job-name=").append(gather ? "gather-" : "interphase-").append(name).append('\n');
        s.append("#SBATCH --output=").append(logs.resolve(gather ? "gather.out" : "task-%a.out")).append('\n');
        if (o.partition() != null) {
            s.append("#SBATCH --partition=").append(o.partition()).append('\n');
        }
        if (o.time() != null && !gather) {
            s.append("#SBATCH --time=").append(o.time()).append('\n');
        }
        for (String line : o.sbatch()) {
            s.append("#SBATCH ").append(line).append('\n');
        }
        s.append("# written by interphase run --executor slurm; the launcher builds nothing on the nodes\n");
        s.append("INTERPHASE_NO_BUILD=1\nexport INTERPHASE_NO_BUILD\n");
        List<String> args = new ArrayList<>(runArgs);
        args.add("--array-size");
        args.add(Integer.toString(tasks));
        s.append("exec ").append(quote(launcher.toString())).append(' ')
                .append(args.stream().map(SlurmSubmit::quote).collect(Collectors.joining(" ")));
        if (gather) {
            s.append(" --slurm-gather\n");
        } else {
            s.append(" --threads \"${SLURM_CPUS_PER_TASK:-1}\" --slurm-task \"$SLURM_ARRAY_TASK_ID\"\n");
        }
        return s.toString();
    }

    /**
     * Writes the scripts and submits them; returns the lines to print (job ids, where the logs go).
     * The job's markers of an earlier submission are cleared; its finished points are kept.
     */
    public static List<String> submit(Options o, SlurmPlan plan, String name, Path out, Path launcher,
            List<String> runArgs, Runner sbatch) throws IOException, InterruptedException {
        Path job = SlurmTask.jobFolder(out);
        Path logs = SlurmGather.logs(out);
        Files.createDirectories(logs);
        org.interphase.cli.Trees.delete(SlurmTask.state(out));
        Path task = write(job.resolve("task.sh"), script(o, name, launcher, runArgs, logs, false, plan.tasks()));
        Path gather = write(job.resolve("gather.sh"), script(o, name, launcher, runArgs, logs, true, plan.tasks()));
        String array = sbatch.run(List.of("sbatch", "--parsable", "--array=0-" + (plan.tasks() - 1), task.toString()))
                .strip().split(";")[0];
        List<String> gatherCommand = new ArrayList<>(List.of("sbatch", "--parsable", "--dependency=afterany:" + array));
        if (o.waitForGather()) {
            gatherCommand.add("--wait");
        }
        gatherCommand.add(gather.toString());
        List<String> lines = new ArrayList<>();
        lines.add("submitted job array " + array + " (" + plan.tasks() + (plan.tasks() == 1 ? " task, " : " tasks, ")
                + plan.units().size() + " units) and ");
        String gatherId = sbatch.run(gatherCommand).strip().split("\n")[0].split(";")[0];
        lines.set(0, lines.get(0) + "gather job " + gatherId);
        lines.add("logs in " + logs + "; results in " + out);
        return lines;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not POSIX: sbatch reads the script itself
        }
        return file;
    }

    /** Single-quotes a word for sh. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Runs sbatch as a process. */
    public static String sbatch(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (code != 0 && !(command.contains("--wait") && !stdout.isBlank())) {
            // (with --wait, sbatch exits with the job's code: the job ran, and its log says how it ended)
            throw new IOException(command.get(0) + " exited with " + code + ": " + stderr.strip());
        }
        return stdout;
    }
}
