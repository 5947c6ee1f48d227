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
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.workspace.Checker;
import org.interphase.dsl.workspace.Problem;
import org.interphase.model.Cell;
import org.interphase.model.Document;
import org.interphase.model.Quantity;
import org.interphase.model.Study;
import org.interphase.model.Sweep;
import org.interphase.model.Variation;
import org.interphase.model.results.LibraryFile;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.RunResult;
import org.interphase.report.CellPlots;
import org.interphase.report.StudyReport;
import org.interphase.report.SweepPlot;
import org.interphase.results.AtomicFolder;
import org.interphase.results.ResultCache;
import org.interphase.results.ResultFiles;
import org.interphase.results.ResultReader;
import org.interphase.results.SweepTable;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.study.RunKey;
import org.interphase.solver.study.StudyRunner;
import org.interphase.solver.study.SweepRunner;

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
                "holds the result of the same model (same cell, protocol, materials, mechanisms, parameters",
                "and product version) is served from there, marked 'cached' in the table; --force runs it.",
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

    /** A cell's result, and whether it came from the cache. */
    private record Done(RunResult result, boolean cached) {
    }

    private record Task(Study study, Cell cell) {
        String label() {
            return study.getName() + "/" + cell.getName();
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Checker checker = new Checker(Path.of(""));
        Checker.Loaded loaded = checker.load(List.of(input), libraries);
        List<Problem> errors = new ArrayList<>(loaded.problems());
        loaded.libraryProblems(checker, CancelIndicator.NullImpl).stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR).forEach(errors::add);
        List<Study> studies = new ArrayList<>();
        List<Sweep> sweeps = new ArrayList<>();
        for (var e : loaded.targets().entrySet()) {
            sweeps.addAll(sweepsOf(e.getValue()));
            for (Problem p : loaded.workspace().validate(e.getValue(), checker.display(e.getKey()), CancelIndicator.NullImpl)) {
                if (p.severity() == Problem.Severity.ERROR) {
                    errors.add(p);
                }
            }
            studies.addAll(studiesOf(e.getValue()));
        }
        if (!errors.isEmpty()) {
            errors.sort(null);
            errors.forEach(p -> stdout.println(p.format()));
            stdout.println("nothing was run: " + errors.size() + (errors.size() == 1 ? " error" : " errors"));
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
        List<Task> tasks = new ArrayList<>();
        for (Study s : studies) {
            s.getCells().forEach(c -> tasks.add(new Task(s, c)));
        }
        int sweepPoints = sweeps.stream().mapToInt(s -> SweepRunner.grid(s).size()).sum();
        if (tasks.isEmpty() && sweepPoints == 0) {
            stdout.println("no study to run in " + input);
            return 0;
        }
        // the project's files; library files are recorded one by one, relative to their folder
        List<Path> inputFiles = new ArrayList<>(loaded.context());
        inputFiles.removeAll(loaded.libraries().keySet());
        String sha = sha256(inputFiles);
        Map<Path, String> fileHashes = new ConcurrentHashMap<>();
        StudyRunner runner = new StudyRunner(MechanismRegistry.getDefault(), Version.product());
        AtomicBoolean cancelled = new AtomicBoolean();
        List<Path> folders = new ArrayList<>();
        folders.add(out);
        studies.forEach(st -> folders.add(out.resolve(st.getName())));
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
        Progress progress = new Progress(stderr, tasks.size() + sweepPoints, System.console() != null);
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.max(1, threads != null ? threads : Runtime.getRuntime().availableProcessors()));
        List<Future<Done>> futures = new ArrayList<>();
        try {
            // every key before any run starts: the runs read the model from other threads
            List<RunKey> keys = new ArrayList<>();
            for (Task t : tasks) {
                keys.add(runner.key(t.study(), t.cell()));
            }
            for (int n = 0; n < tasks.size(); n++) {
                Task t = tasks.get(n);
                RunKey key = keys.get(n);
                Path cellFolder = out.resolve(t.study().getName()).resolve(t.cell().getName());
                List<LibraryFile> used = libraryFiles(key, loaded.libraryRoots(), fileHashes);
                Optional<RunResult> cached = force ? Optional.empty() : ResultCache.lookup(cellFolder, key.sha256());
                if (cached.isPresent()) {
                    RunResult r = ResultCache.refresh(cellFolder, cached.get(), sha, used);
                    progress.done(t.label(), r.getStatus().getLiteral() + " (cached)");
                    futures.add(CompletableFuture.completedFuture(new Done(r, true)));
                    continue;
                }
                futures.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    RunResult r = runner.run(t.study(), t.cell(), sha, cancelled::get);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    r.getProvenance().setModelSha256(key.sha256());
                    r.getProvenance().getLibraryFiles().addAll(used);
                    AtomicFolder.write(cellFolder, folder -> {
                        ResultFiles.write(r, folder);
                        CellPlots.write(r, folder);
                        ResultCache.writeManifest(folder);
                        // the only file of the folder that differs between two runs of the same input
                        ResultFiles.writeTiming(seconds, folder);
                    });
                    progress.done(t.label(), r.getStatus().getLiteral());
                    // the report and the table read the files, as they do for a cell served from the cache
                    return new Done(readBack(cellFolder), false);
                }));
            }
            SweepRunner sweepRunner = new SweepRunner(runner);
            List<Future<List<SweepRunner.PointResult>>> sweepFutures = new ArrayList<>();
            for (Sweep sweep : sweeps) {
                for (List<Quantity> point : SweepRunner.grid(sweep)) {
                    sweepFutures.add(pool.submit(() -> {
                        List<SweepRunner.PointResult> r = sweepRunner.runPoint(sweep, point, sha, cancelled::get);
                        progress.done(sweep.getName() + " " + describe(point), r.isEmpty() ? "-" : r.get(0).result()
                                .getStatus().getLiteral());
                        return r;
                    }));
                }
            }
            List<RunResult> results = new ArrayList<>();
            List<Boolean> fromCache = new ArrayList<>();
            for (Future<Done> f : futures) {
                results.add(f.get().result());
                fromCache.add(f.get().cached());
            }
            // every cell of every study is written: each study's report compares its cells
            int i = 0;
            for (Study s : studies) {
                List<RunResult> cells = results.subList(i, i + s.getCells().size());
                i += s.getCells().size();
                Path studyFolder = out.resolve(s.getName());
                List<String> names = s.getCells().stream().map(Cell::getName).toList();
                // the report is drawn from the cells' files: when none changed, the one in the folder is current
                if (!ResultCache.reportCurrent(studyFolder, names)) {
                    StudyReport.write(studyFolder, s.getName(), cells);
                    ResultCache.writeStudyManifest(studyFolder, names);
                }
            }
            int k = 0;
            for (Sweep sweep : sweeps) {
                List<SweepTable.Row> rows = new ArrayList<>();
                for (int n = SweepRunner.grid(sweep).size(); n > 0; n--) {
                    for (SweepRunner.PointResult p : sweepFutures.get(k++).get()) {
                        rows.add(new SweepTable.Row(p.values().stream().map(Quantity::getMagnitude).toList(), p.result()));
                        results.add(p.result());
                        fromCache.add(false);
                    }
                }
                AtomicFolder.write(out.resolve(sweep.getName()), folder -> {
                    SweepTable.write(folder, columns(sweep), rows);
                    SweepPlot.write(folder, sweep.getName(), columns(sweep), rows);
                });
            }
            progress.finish();
            table(stdout, results, fromCache);
            long served = fromCache.stream().filter(c -> c).count();
            if (served > 0) {
                stdout.println(served + " of " + tasks.size() + (tasks.size() == 1 ? " cell" : " cells")
                        + " served from the cache (results in the output folder computed from the same model);"
                        + " --force runs them again");
            }
            stdout.println("results in " + out.toAbsolutePath().normalize());
            return results.stream().anyMatch(r -> r.getStatus() == org.interphase.model.results.RunStatus.FAILED)
                    ? Interphase.EXIT_INPUT_ERRORS : 0;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        } finally {
            pool.shutdownNow();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs: the run was interrupted
            }
            for (Path f : folders) {
                AtomicFolder.clean(f);
            }
        }
    }

    private static List<Sweep> sweepsOf(Resource r) {
        List<Sweep> sweeps = new ArrayList<>();
        if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Document d) {
            d.getElements().stream().filter(Sweep.class::isInstance).map(Sweep.class::cast).forEach(sweeps::add);
        }
        return sweeps;
    }

    /** Column names of sweep.csv: the varied path and the unit it is written in. */
    private static List<String> columns(Sweep sweep) {
        List<String> columns = new ArrayList<>();
        for (Variation v : sweep.getVariations()) {
            String name = v.isTemperature() ? "temperature" : v.getCell().getName() + "." + String.join(".", v.getPath());
            String unit = (v.getFrom() != null ? v.getFrom() : v.getValues().get(0)).getUnit();
            columns.add(unit == null || unit.isEmpty() ? name : name + "_" + unit.replace("°", "deg").replace("/", "_per_"));
        }
        return columns;
    }

    private static String describe(List<Quantity> point) {
        return String.join(", ", point.stream().map(q -> org.interphase.dsl.validation.Dimensions.shown(q)).toList());
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

    /** The cell's folder read back; it was just written, so a failure here is an I/O error. */
    private static RunResult readBack(Path folder) throws IOException {
        try {
            return ResultReader.read(folder);
        } catch (ResultReader.UnreadableException e) {
            throw new IOException("cannot read back the result just written: " + e.getMessage(), e);
        }
    }

    /**
     * The library files whose declarations a run uses, with paths relative to their library folder
     * ('/' separators, so that clones in other folders and on other systems agree) and SHA-256.
     */
    private static List<LibraryFile> libraryFiles(RunKey key, Map<Path, Path> roots, Map<Path, String> hashes)
            throws IOException {
        List<LibraryFile> files = new ArrayList<>();
        for (Resource r : key.resources()) {
            if (r.getURI() == null || !r.getURI().isFile()) {
                continue;
            }
            Path file = Path.of(r.getURI().toFileString()).toAbsolutePath().normalize();
            Path root = roots.get(file);
            if (root == null) {
                continue;
            }
            String hash = hashes.get(file);
            if (hash == null) {
                hash = ResultCache.sha256(Files.readAllBytes(file));
                hashes.put(file, hash);
            }
            LibraryFile f = ResultsFactory.eINSTANCE.createLibraryFile();
            f.setPath(root.relativize(file).toString().replace('\\', '/'));
            f.setSha256(hash);
            files.add(f);
        }
        files.sort(Comparator.comparing(LibraryFile::getPath).thenComparing(LibraryFile::getSha256));
        return files;
    }

    private static void table(PrintWriter out, List<RunResult> results, List<Boolean> fromCache) {
        out.printf(Locale.ROOT, "%-22s %-18s %-13s %7s %12s %8s %10s %8s %10s %8s  %s%n", "STUDY", "CELL", "STATUS", "CYCLES",
                "RETENTION %", "CE %", "R ohm cm2", "ONSET V", "SIGMA S/cm", "SHORT h", "SOURCE");
        for (int i = 0; i < results.size(); i++) {
            RunResult r = results.get(i);
            var m = r.getMetrics();
            out.printf(Locale.ROOT, "%-22s %-18s %-13s %7s %12s %8s %10s %8s %10s %8s  %s%n", r.getStudy(), r.getCell(),
                    r.getStatus().getLiteral(), m.getCyclesCompleted() == null ? "-" : m.getCyclesCompleted(),
                    fixed(m.getCapacityRetention(), 1), fixed(m.getMeanCoulombicEfficiency(), 2),
                    fixed(m.getFinalResistance(), 1), fixed(m.getOnsetPotential(), 3),
                    m.getIonicConductivity() == null ? "-" : String.format(Locale.ROOT, "%.2e", m.getIonicConductivity()),
                    fixed(m.getTimeToShort(), 1), fromCache.get(i) ? "cached" : "run");
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
