package org.interphase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.interphase.dsl.workspace.Checker;
import org.interphase.execution.Execution;
import org.interphase.execution.ProductVersion;
import org.interphase.execution.Selection;
import org.interphase.execution.StudyExecution;
import org.interphase.execution.TimeLeft;
import org.interphase.results.AtomicFolder;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.study.StudyRunner;
import org.interphase.uq.cell.UncertaintyExecution;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interphase run FILE|FOLDER [--study NAME] [--out DIR] [--threads N] [--lib DIR]... [--force] [--samples N [--seed S]]}. */
@Command(name = "run", mixinStandardHelpOptions = true, description = """
        Runs the studies of .cell files and writes OUT/<study>/<cell>/summary.json, cycles.csv, \
        where <study> is the qualified name (package.Study), \
        trace.csv (impedance.csv, lsv.csv) and plots, and OUT/<study>/report.html comparing the cells. \
        A file is read with the other .cell files of its folder. \
        Files with errors are reported as by 'check' and nothing runs. A cell whose folder in OUT \
        holds the result of the same model (same cell, protocol, materials, mechanisms, parameters, \
        product version and measured data compared with) is served from there, marked 'cached' in \
        the table; --force runs it. \
        Exits 0 when every run completed, stopped or short-circuited, 1 when one failed or the \
        input has errors.""")
final class RunCommand extends InterphaseCommand {

    @Parameters(arity = "1", paramLabel = "FILE|FOLDER", description = "a .cell file or a folder of them")
    private Path input;

    @Option(names = "--study", paramLabel = "NAME", description = "run only this study")
    private String studyName;

    @picocli.CommandLine.Mixin
    private RunOptions options = new RunOptions();

    @Option(names = "--force", description = "run every cell again, also those whose results in OUT are up to date")
    private boolean force;

    @Option(names = "--samples", paramLabel = "N", description = { "uncertainty for every study: also run each cell at N",
            "Latin-hypercube samples of its parameters' literature ranges; summary.json gains p5/p50/p95",
            "(overrides a study's 'uncertainty N samples'; see docs/uncertainty.md)" })
    private Integer samples;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the samples (default: the study's, else 1)")
    private Long seed;

    @Option(names = "--cell-timeout", paramLabel = "SECONDS", description = { "stop a cell still running after this long as failed,",
            "with the reason; the other cells and the report are written (default: 1800)" })
    private Double cellTimeout;

    @picocli.CommandLine.Mixin
    private SlurmOptions slurm = new SlurmOptions();

    @Override
    Integer run(PrintWriter stdout, PrintWriter stderr) throws Exception {
        if (cellTimeout != null) {
            if (!(cellTimeout > 0 && cellTimeout < 1e9)) {
                stderr.println("interphase: --cell-timeout must be a positive number of seconds below 1e9, got "
                        + cellTimeout);
                return Interphase.EXIT_USAGE;
            }
        }
        java.time.Duration limit = cellTimeout == null ? StudyRunner.defaultCellTimeout()
                : java.time.Duration.ofMillis((long) Math.ceil(cellTimeout * 1000));
        Checker.Loaded loaded = loadWithoutErrors(List.of(input), options.libraries, "run");
        Selection selection = Selection.of(loaded.targets().values(), studyName);
        if (studyName != null && selection.isEmpty()) {
            return fail(selection.nothingSelected(studyName, input.toString()));
        }
        int runs = selection.runs();
        if (runs == 0) {
            stdout.println("no study to run in " + input);
            return 0;
        }
        // contributed mechanisms that 'mechanisms all' leaves out because they cannot be loaded (issue 14)
        StudyRunner probe = new StudyRunner(MechanismRegistry.getDefault(), ProductVersion.current());
        selection.studies().stream().flatMap(s -> probe.loadWarnings(s).stream()).distinct()
                .forEach(w -> stderr.println("warning: " + w + "; left out of 'mechanisms all'"));
        AtomicBoolean cancelled = new AtomicBoolean();
        if (slurm.active()) {
            // the runs go to a Slurm job array (docs/scaling.md); its tasks start this command again
            Runtime.getRuntime().addShutdownHook(new Thread(() -> cancelled.set(true)));
            String product = org.interphase.execution.ProductVersion.current();
            return slurm.run(selection.studies(), selection.sweeps(), new org.interphase.cli.slurm.SlurmTask.Context(
                    options.out.toAbsolutePath(), product, new StudyRunner(MechanismRegistry.getDefault(), product, limit),
                    new StudyExecution.Options(force, loaded.libraryRoots(), limit), options.threads != null ? options.threads : 1),
                    studyName != null ? studyName : input.getFileName().toString(), slurmArgs(), cancelled::get,
                    stdout, stderr);
        }
        List<Path> folders = StudyExecution.folders(options.out, selection.studies(), selection.sweeps());
        // Ctrl-C: stop the runs and remove any folder still being written (finished ones are complete)
        Thread hook = new Thread(() -> {
            cancelled.set(true);
            for (Path f : folders) {
                try {
                    AtomicFolder.clean(f);
                } catch (IOException e) {
                    // the JVM is exiting: nothing more to do
                }
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        Progress progress = new Progress(stderr, runs, System.console() != null);
        try {
            Execution.Result result = Execution.run(selection, options.out,
                    options.threadsOrCores(),
                    new StudyExecution.Options(force, loaded.libraryRoots(), limit), cancelled::get, progress::done,
                    stderr::println);
            progress.finish();
            stdout.print(result.table());
            UncertaintyTable.run(selection.studies(), result.outcomes(), options.out, options.threads,
                    new UncertaintyExecution.Request(samples, seed), limit, cancelled::get, stdout, stderr);
            String note = result.cacheNote("the output folder", "--force runs them again");
            if (note != null) {
                stdout.println(note);
            }
            stdout.print(result.comparisons());
            stdout.println("results in " + options.out.toAbsolutePath().normalize());
            return result.failed() ? Interphase.EXIT_INPUT_ERRORS : 0;
        } catch (Execution.DataException e) {
            stdout.println(e.getMessage());
            return Interphase.EXIT_INPUT_ERRORS;
        } catch (IOException e) {
            // an unwritable or full output folder: one located line; finished folders stay as they were
            progress.finish();
            return fail(e.getMessage());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs: the run was interrupted
            }
        }
    }

    /** This command's arguments for the Slurm tasks: absolute paths, no executor options. */
    private List<String> slurmArgs() {
        List<String> args = new ArrayList<>(List.of("run", input.toAbsolutePath().normalize().toString(), "--out",
                options.out.toAbsolutePath().normalize().toString()));
        if (studyName != null) {
            args.addAll(List.of("--study", studyName));
        }
        options.libraries.forEach(l -> args.addAll(List.of("--lib", l.toAbsolutePath().normalize().toString())));
        if (force) {
            args.add("--force");
        }
        return args;
    }

    /** A progress bar with the time left on a terminal, a line per finished run otherwise. */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean terminal;
        private final TimeLeft left;

        Progress(PrintWriter err, int total, boolean terminal) {
            this.err = err;
            this.total = Math.max(1, total);
            this.terminal = terminal;
            this.left = new TimeLeft(total);
        }

        synchronized void done(String label, String status) {
            String progress = left.finished(status.endsWith("(cached)"));
            if (terminal) {
                int width = 30;
                int filled = Math.min(width, width * left.done() / total);
                err.printf(Locale.ROOT, "\r[%s%s] %-32s %-40s", "#".repeat(filled), " ".repeat(width - filled), progress,
                        label);
            } else {
                err.printf(Locale.ROOT, "%s %s: %s%n", progress, label, status);
            }
            err.flush();
        }

        void finish() {
            if (terminal) {
                err.println();
            }
        }
    }
}
