package org.interphase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.workspace.Checker;
import org.interphase.dsl.workspace.Problem;
import org.interphase.model.Document;
import org.interphase.model.Study;
import org.interphase.model.Sweep;
import org.interphase.model.results.RunResult;
import org.interphase.report.MeasuredComparison;
import org.interphase.report.StudyExecution;
import org.interphase.results.AtomicFolder;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.study.StudyRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interphase run FILE|FOLDER [--study NAME] [--out DIR] [--threads N] [--lib DIR]... [--force]}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = { "Runs the studies of .cell files and writes OUT/<study>/<cell>/summary.json, cycles.csv,",
                "trace.csv (impedance.csv, lsv.csv) and plots, and OUT/<study>/report.html comparing the cells.",
                "A file is read with the other .cell files of its folder.",
                "Files with errors are reported as by 'check' and nothing runs. A cell whose folder in OUT",
                "holds the result of the same model (same cell, protocol, materials, mechanisms, parameters,",
                "product version and measured data compared with) is served from there, marked 'cached' in",
                "the table; --force runs it.",
                "Exits 0 when every run completed, stopped or short-circuited, 1 when one failed or the",
                "input has errors." })
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE|FOLDER", description = "a .cell file or a folder of them")
    private Path input;

    @Option(names = "--study", paramLabel = "NAME", description = "run only this study")
    private String studyName;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results", description = "output folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "parallel runs (default: the number of cores)")
    private Integer threads;

    @Option(names = "--lib", paramLabel = "DIR", description = { "a shared library folder: the .cell files below it",
            "can be imported by package (repeatable); summary.json records the ones a run used" })
    private List<Path> libraries = new ArrayList<>();

    @Option(names = "--force", description = "run every cell again, also those whose results in OUT are up to date")
    private boolean force;

    @picocli.CommandLine.Mixin
    private SlurmOptions slurm = new SlurmOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Checker checker = new Checker(Path.of(""));
        Checker.Loaded loaded = checker.load(List.of(input), libraries);
        List<Problem> errors = new ArrayList<>(loaded.errors(checker, CancelIndicator.NullImpl));
        loaded.libraryProblems(checker, CancelIndicator.NullImpl).stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR).forEach(errors::add);
        errors.sort(null);
        List<Study> studies = new ArrayList<>();
        List<Sweep> sweeps = new ArrayList<>();
        for (var e : loaded.targets().entrySet()) {
            sweeps.addAll(sweepsOf(e.getValue()));
            studies.addAll(studiesOf(e.getValue()));
        }
        if (Interphase.reportErrors(errors, "run", stdout)) {
            return Interphase.EXIT_INPUT_ERRORS;
        }
        if (studyName != null) {
            List<String> names = new ArrayList<>(studies.stream().map(Study::getName).toList());
            sweeps.stream().map(Sweep::getName).forEach(names::add);
            studies.removeIf(s -> !s.getName().equals(studyName));
            sweeps.removeIf(s -> !s.getName().equals(studyName));
            if (studies.isEmpty() && sweeps.isEmpty()) {
                stderr.println("interphase: no study or sweep '" + studyName + "' in " + input + " (there are: "
                        + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
                return Interphase.EXIT_INPUT_ERRORS;
            }
        }
        MeasuredComparison measured = MeasuredComparison.load(studies, stdout);
        if (measured == null) {
            return Interphase.EXIT_INPUT_ERRORS;
        }
        int runs = StudyExecution.count(studies, sweeps);
        if (runs == 0) {
            stdout.println("no study to run in " + input);
            return 0;
        }
        // the project's files; library files are recorded one by one, relative to their folder
        List<Path> inputFiles = new ArrayList<>(loaded.context());
        inputFiles.removeAll(loaded.libraries().keySet());
        String sha = sha256(inputFiles);
        StudyRunner runner = new StudyRunner(MechanismRegistry.getDefault(), Version.product());
        AtomicBoolean cancelled = new AtomicBoolean();
        if (slurm.active()) {
            // the runs go to a Slurm job array (docs/scaling.md); the tasks start this command again
            Thread stop = new Thread(() -> cancelled.set(true));
            Runtime.getRuntime().addShutdownHook(stop);
            return slurm.run(studies, sweeps, new org.interphase.cli.slurm.SlurmTask.Context(out.toAbsolutePath(), sha,
                    Version.product(), runner, new StudyExecution.Options(force, loaded.libraryRoots()),
                    threads != null ? threads : 1), studyName != null ? studyName : input.getFileName().toString(),
                    slurmArgs(), cancelled::get, stdout, stderr);
        }
        List<Path> folders = StudyExecution.folders(out, studies, sweeps);
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
            List<StudyExecution.Outcome> outcomes = new StudyExecution(runner,
                    threads != null ? threads : Runtime.getRuntime().availableProcessors())
                    .run(studies, sweeps, out, sha, new StudyExecution.Options(force, loaded.libraryRoots()),
                            cancelled::get, progress::done, measured);
            progress.finish();
            List<RunResult> results = outcomes.stream().map(StudyExecution.Outcome::result).toList();
            table(stdout, outcomes);
            int cells = StudyExecution.count(studies, List.of());
            long served = outcomes.stream().filter(StudyExecution.Outcome::cached).count();
            if (served > 0) {
                stdout.println(served + " of " + cells + (cells == 1 ? " cell" : " cells")
                        + " served from the cache (results in the output folder computed from the same model);"
                        + " --force runs them again");
            }
            measured.print(studies, stdout);
            stdout.println("results in " + out.toAbsolutePath().normalize());
            return results.stream().anyMatch(r -> r.getStatus() == org.interphase.model.results.RunStatus.FAILED)
                    ? Interphase.EXIT_INPUT_ERRORS : 0;
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
                out.toAbsolutePath().normalize().toString()));
        if (studyName != null) {
            args.addAll(List.of("--study", studyName));
        }
        libraries.forEach(l -> args.addAll(List.of("--lib", l.toAbsolutePath().normalize().toString())));
        if (force) {
            args.add("--force");
        }
        return args;
    }

    private static List<Sweep> sweepsOf(Resource r) {
        List<Sweep> sweeps = new ArrayList<>();
        if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Document d) {
            d.getElements().stream().filter(Sweep.class::isInstance).map(Sweep.class::cast).forEach(sweeps::add);
        }
        return sweeps;
    }

    private static List<Study> studiesOf(Resource r) {
        List<Study> studies = new ArrayList<>();
        if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Document d) {
            d.getElements().stream().filter(Study.class::isInstance).map(Study.class::cast).forEach(studies::add);
        }
        return studies;
    }

    /** SHA-256 over the input files, in path order. */
    private static String sha256(List<Path> files) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Path p : files.stream().sorted().toList()) {
            digest.update(Files.readAllBytes(p));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void table(PrintWriter out, List<StudyExecution.Outcome> results) {
        out.printf(Locale.ROOT, "%-22s %-18s %-13s %7s %12s %8s %10s %8s %10s %8s  %s%n", "STUDY", "CELL", "STATUS", "CYCLES",
                "RETENTION %", "CE %", "R ohm cm2", "ONSET V", "SIGMA S/cm", "SHORT h", "SOURCE");
        for (int i = 0; i < results.size(); i++) {
            RunResult r = results.get(i).result();
            var m = r.getMetrics();
            out.printf(Locale.ROOT, "%-22s %-18s %-13s %7s %12s %8s %10s %8s %10s %8s  %s%n", r.getStudy(), r.getCell(),
                    r.getStatus().getLiteral(), m.getCyclesCompleted() == null ? "-" : m.getCyclesCompleted(),
                    fixed(m.getCapacityRetention(), 1), fixed(m.getMeanCoulombicEfficiency(), 2),
                    fixed(m.getFinalResistance(), 1), fixed(m.getOnsetPotential(), 3),
                    m.getIonicConductivity() == null ? "-" : String.format(Locale.ROOT, "%.2e", m.getIonicConductivity()),
                    fixed(m.getTimeToShort(), 1), results.get(i).cached() ? "cached" : "run");
            if (r.getStopReason() != null) {
                out.println("    " + r.getStopReason());
            }
        }
    }

    private static String fixed(Double v, int digits) {
        return v == null || !Double.isFinite(v) ? "-" : String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    /** A progress bar on a terminal, a line per finished run otherwise. */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean terminal;
        private final AtomicInteger finished = new AtomicInteger();

        Progress(PrintWriter err, int total, boolean terminal) {
            this.err = err;
            this.total = total;
            this.terminal = terminal;
        }

        synchronized void done(String label, String status) {
            int n = finished.incrementAndGet();
            if (terminal) {
                int width = 30;
                int filled = width * n / total;
                err.printf(Locale.ROOT, "\r[%s%s] %d/%d %-40s", "#".repeat(filled), " ".repeat(width - filled), n, total,
                        label);
            } else {
                err.printf(Locale.ROOT, "%d/%d %s: %s%n", n, total, label, status);
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
