package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.interphase.cli.slurm.SlurmPlan;
import org.interphase.cli.slurm.SlurmSubmit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Slurm executor without a cluster: the array tasks and the gather job are the commands the
 * job's scripts run ({@code interphase run ... --array-size N --slurm-task K}, {@code --slurm-gather}),
 * run here one after the other. The reference is a local run of the same input: the gathered OUT
 * must hold the same files with the same bytes (docs/scaling.md; timing.json, the run's wall time,
 * the job's own .slurm folder and the local run's empty lock file .lock aside). The cluster itself is exercised by .ci/run
 * (releng/scripts/ci-slurm.sh).
 */
class SlurmTest {

    @TempDir
    Path dir;

    private Path input() throws IOException {
        Path file = dir.resolve("project").resolve("slurm.cell");
        Files.createDirectories(file.getParent());
        // data/slurm/sweep.cell: a sweep of three points and a study, 3 cycles each (ci-slurm.sh runs the same file)
        Files.copy(Path.of(System.getProperty("interphase.testdata")).resolve("slurm/sweep.cell"), file);
        return file;
    }

    private static Runs.Output task(Path input, Path out, int k) {
        return Runs.run("run", input.toString(), "--out", out.toString(), "--array-size", "2", "--slurm-task",
                Integer.toString(k));
    }

    private static Runs.Output gather(Path input, Path out) {
        return Runs.run("run", input.toString(), "--out", out.toString(), "--array-size", "2", "--slurm-gather");
    }

    @Test
    void gatheredOutputIsByteIdenticalToALocalRun() throws IOException {
        Path input = input();
        Path local = dir.resolve("local");
        Path slurm = dir.resolve("slurm");
        Runs.Output l = Runs.run("run", input.toString(), "--out", local.toString(), "--threads", "1");
        assertEquals(0, l.code(), l.out() + l.err());
        for (int k = 0; k < 2; k++) {
            Runs.Output t = task(input, slurm, k);
            assertEquals(0, t.code(), t.out() + t.err());
        }
        Runs.Output g = gather(input, slurm);
        assertEquals(0, g.code(), g.out() + g.err());
        TreeMap<String, byte[]> a = files(local);
        TreeMap<String, byte[]> b = files(slurm);
        assertEquals(a.keySet(), b.keySet(), "the same files");
        assertTrue(a.containsKey("Thickness/sweep.csv") && a.containsKey("Few/report.html"), a.keySet().toString());
        for (String f : a.keySet()) {
            assertTrue(Arrays.equals(a.get(f), b.get(f)), f + " differs between the local and the gathered run");
        }
    }

    @Test
    void unfinishedTasksAreNamedAndTheRestIsKept() throws IOException {
        Path input = input();
        Path out = dir.resolve("out");
        // plan: unit 0 the study, units 1-3 the sweep's points; task 0 runs units 0 and 2, task 1 units 1 and 3
        assertEquals(0, task(input, out, 0).code());
        Runs.Output g = gather(input, out);
        assertEquals(1, g.code(), g.out());
        assertTrue(g.out().contains("2 of 4 units did not finish"), g.out());
        assertTrue(g.out().contains("sweep Thickness point 0 (0 nm): task 1 never ran it"), g.out());
        assertTrue(g.out().contains("sweep Thickness point 2 (40 nm): task 1 never ran it"), g.out());
        assertFalse(Files.exists(out.resolve("Thickness").resolve("sweep.csv")), "no sweep.csv with points missing");
        assertTrue(Files.exists(out.resolve("Few").resolve("report.html")), "the finished study is kept");
        // a second submission: task 0's point comes from the store, task 1 runs the missing ones
        Runs.Output again = task(input, out, 0);
        assertTrue(again.out().contains("point 1 (20 nm): Coated completed (cached)"), again.out());
        assertTrue(again.out().contains("study Few: Coated completed (cached)"), again.out());
        assertEquals(0, task(input, out, 1).code());
        Runs.Output done = gather(input, out);
        assertEquals(0, done.code(), done.out());
        assertEquals(4, Files.readAllLines(out.resolve("Thickness").resolve("sweep.csv")).size(), "header and 3 points");
    }

    @Test
    void submitsOneArrayAndAGatherJobThatDependsOnIt() throws Exception {
        Path out = dir.resolve("sub");
        List<List<String>> commands = new ArrayList<>();
        SlurmPlan plan = new SlurmPlan(List.of(), List.of(), 8);
        List<String> lines = SlurmSubmit.submit(
                new SlurmSubmit.Options("short", "00:30:00", 8, List.of("--mem=2G"), false), plan, "demo", out,
                Path.of("/shared/interphase"), List.of("run", "/shared/p", "--out", out.toString()), c -> {
                    commands.add(c);
                    return commands.size() == 1 ? "4242\n" : "4243\n";
                });
        // sbatch's documented forms: --array=<first>-<last>, --dependency=afterany:<job id> (Slurm's sbatch manual)
        assertEquals(List.of("sbatch", "--parsable", "--array=0-0"), commands.get(0).subList(0, 3));
        assertEquals("--dependency=afterany:4242", commands.get(1).get(2));
        assertTrue(lines.get(0).contains("4242") && lines.get(0).contains("4243"), lines.toString());
        String task = Files.readString(out.resolve(".slurm").resolve("task.sh"));
        assertTrue(task.startsWith("#!/bin/sh\n"), task);
        assertTrue(task.contains("#SBATCH --partition=short\n") && task.contains("#SBATCH --time=00:30:00\n")
                && task.contains("#SBATCH --mem=2G\n"), task);
        assertTrue(task.contains("exec '/shared/interphase' 'run' '/shared/p'") && task.contains("$SLURM_ARRAY_TASK_ID"), task);
        String gather = Files.readString(out.resolve(".slurm").resolve("gather.sh"));
        assertTrue(gather.contains("--slurm-gather") && !gather.contains("--time="), gather);
    }

    /** Every file below a folder, by relative path; the job's folder, the lock file and the run times left out. */
    private static TreeMap<String, byte[]> files(Path root) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".slurm/") || rel.equals(".lock") || rel.endsWith("timing.json")) {
                    continue;
                }
                files.put(rel, Files.readAllBytes(p));
            }
        }
        return files;
    }
}
