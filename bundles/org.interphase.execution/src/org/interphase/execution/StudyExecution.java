package org.interphase.execution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.ecore.resource.Resource;
import org.interphase.data.CyclerData;
import org.interphase.model.Cell;
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
import org.interphase.results.read.MalformedResultException;
import org.interphase.results.read.ResultReader;
import org.interphase.results.SweepTable;
import org.interphase.results.TaskFailures;
import org.interphase.solver.study.RunKey;
import org.interphase.solver.study.StudyRunner;
import org.interphase.solver.study.SweepRunner;

/**
 * Runs studies and sweeps into a results folder: {@code OUT/<study>/<cell>/} with summary.json, the
 * CSVs, timing.json and the plots, {@code OUT/<study>/report.html}, and {@code OUT/<sweep>/sweep.csv}
 * with its plot, where {@code <study>} and {@code <sweep>} are qualified names ({@link ResultLayout}).
 * The command line ({@code interphase run}) and the workbench's Run Study both use it through
 * {@link Execution}, so they write the same files (moved here from {@code org.interphase.report}).
 * <p>
 * Every folder is written atomically ({@link AtomicFolder}): a failed or cancelled execution leaves
 * the folders of the runs that finished and nothing half-written. A cancel counts only when it cuts a
 * run short (a run stopped, or a finished study cell not written because the cancel came first); one that
 * arrives after every run ended is too late to cut anything: the reports and sweep tables are
 * written and the execution is complete ({@link #cut}). A cell's folder is also its cache
 * entry ({@link ResultCache}): a cell whose model did not change is served from it, not run.
 */
public final class StudyExecution {

    /** Hears about each finished run; called from worker threads (and the caller's, for a cell served from the cache). */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param label  {@code study/cell} or {@code sweep point}
         * @param status the run's status literal ({@code completed}, {@code failed}, ...), followed by
         *               {@code " (cached)"} for a cell served from the cache
         */
        void finished(String label, String status);
    }

    /**
     * Measured data to compare with ({@code compare with data "FILE"} in a study): read before the
     * runs, written beside each cell's files and overlaid in the study's report.
     */
    public interface Measurements {
        /** No measured data. */
        Measurements NONE = new Measurements() {
            @Override
            public CyclerData of(Study study) {
                return null;
            }

            @Override
            public void write(Study study, Cell cell, RunResult result, Path folder) {
                // nothing to compare with
            }
        };

        /** The study's measured data, or null when it names none. */
        CyclerData of(Study study);

        /**
         * The SHA-256 of the study's data file, or null when it names none: part of the cache key of
         * the study's cells, whose folders hold the comparison with that data.
         */
        default String sha256(Study study) {
            return null;
        }

        /** Writes the comparison of a cell's run with the study's data into the cell's folder (being written). */
        void write(Study study, Cell cell, RunResult result, Path folder) throws IOException;

        /**
         * Hears about every cell of the studies once its folder is complete, run or served from the
         * cache, with the result as read back from the folder; called from worker threads.
         */
        default void summarise(Study study, Cell cell, RunResult result) {
            // nothing to summarise
        }
    }

    /**
     * How an execution treats the results already in the output folder and the library files.
     *
     * @param force        run every cell, also those whose folder holds the result of the same key
     * @param libraryRoots the files of shared library folders ({@code --lib}), each mapped to its
     *                     library folder: a result records the ones its run used, with their SHA-256
     */
    public record Options(boolean force, Map<Path, Path> libraryRoots, java.time.Duration cellTimeout) {
        /** Serve from the cache, no library folders. */
        public static final Options DEFAULT = new Options(false, Map.of());

        public Options {
            libraryRoots = Map.copyOf(libraryRoots);
            java.util.Objects.requireNonNull(cellTimeout, "cellTimeout");
        }

        /** With the default time limit of a cell ({@link StudyRunner#defaultCellTimeout()}). */
        public Options(boolean force, Map<Path, Path> libraryRoots) {
            this(force, libraryRoots, StudyRunner.defaultCellTimeout());
        }
    }

    /**
     * A run's result and whether it was served from the cache.
     *
     * @param result the result; a study cell's as read back from its folder
     * @param cached true when the cell's folder already held the result of the same key (not run)
     * @param point  a sweep point's varied values ("40 nm, 60 °C"), empty for a study's cell
     */
    public record Outcome(RunResult result, boolean cached, String point) {

        /** A study cell's outcome (no varied value). */
        public Outcome(RunResult result, boolean cached) {
            this(result, cached, "");
        }
    }

    private final StudyRunner runner;
    private final int threads;
    /** Whether the last {@link #run} was cut short by its cancel. */
    private final java.util.concurrent.atomic.AtomicBoolean cut = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * @param runner  the engine
     * @param threads parallel runs (at least 1)
     */
    public StudyExecution(StudyRunner runner, int threads) {
        this.runner = runner;
        this.threads = Math.max(1, threads);
    }

    /**
     * Whether the last {@link #run} was cut short by its cancel: some run stopped or was not written
     * (then no report or sweep table was written either). False when the cancel came after every run
     * had ended: the execution then completed, reports included.
     */
    public boolean cut() {
        return cut.get();
    }

    /** The folders {@link #run} writes, so that a caller can clean them after an interruption. */
    public static List<Path> folders(Path out, List<Study> studies, List<Sweep> sweeps) {
        List<Path> folders = new ArrayList<>();
        folders.add(out);
        studies.forEach(s -> folders.add(ResultLayout.folder(out, s)));
        sweeps.forEach(s -> folders.add(ResultLayout.folder(out, s)));
        return folders;
    }

    /**
     * Runs every cell of every study and every point of every sweep, and writes their folders. A
     * study cell whose folder already holds the result of the same key ({@link RunKey}, with the
     * hash of the study's measured data when it compares with data) and verifies against its
     * {@value ResultCache#MANIFEST} is served from there instead (unless {@link Options#force}); its
     * provenance is brought up to date with the present input. A study's report is drawn again
     * only when a cell's files or the report changed.
     *
     * @param options     the cache and the library folders
     * @param cancelled   polled by the engine; once true, the runs stop and no further folder is written
     *                    (unless every run had ended: see {@link #cut})
     * @param listener    hears about each finished run; a cell served from the cache has the status
     *                    {@code "<status> (cached)"}
     * @param measured    the measured data the studies compare with, {@link Measurements#NONE} for none
     * @return the outcomes: the studies' cells in order, then the sweep points in order
     * @throws IOException when a results folder cannot be written
     */
    public List<Outcome> run(List<Study> studies, List<Sweep> sweeps, Path out, Options options,
            BooleanSupplier cancelled, Listener listener, Measurements measured) throws IOException, InterruptedException {
        record Task(Study study, Cell cell) {
            String label() {
                return ResultLayout.folderName(study) + "/" + cell.getName();
            }
        }
        List<Task> tasks = new ArrayList<>();
        for (Study s : studies) {
            s.getCells().forEach(c -> tasks.add(new Task(s, c)));
        }
        // every key before any run starts: the runs read the model from other threads
        List<RunKey> keys = new ArrayList<>();
        for (Task t : tasks) {
            RunKey key = runner.key(t.study(), t.cell());
            String data = measured.sha256(t.study());
            keys.add(data == null ? key : key.with("measured-data " + data));
        }
        cut.set(false);
        Map<Path, String> fileHashes = new ConcurrentHashMap<>();
        InputHash inputs = new InputHash(options.libraryRoots());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int n = 0; n < tasks.size(); n++) {
                Task t = tasks.get(n);
                RunKey key = keys.get(n);
                Path cellFolder = ResultLayout.folder(out, t.study()).resolve(t.cell().getName());
                List<LibraryFile> used = libraryFiles(key, options.libraryRoots(), fileHashes);
                String inputSha256 = inputs.of(key.resources());
                Optional<RunResult> hit = options.force() ? Optional.empty() : ResultCache.lookup(cellFolder, key.sha256());
                if (hit.isPresent()) {
                    RunResult r = ResultCache.refresh(cellFolder, hit.get(), inputSha256, used);
                    measured.summarise(t.study(), t.cell(), r);
                    listener.finished(t.label(), r.getStatus().getLiteral() + " (cached)");
                    futures.add(CompletableFuture.completedFuture(new Outcome(r, true)));
                    continue;
                }
                futures.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    RunResult r = runner.run(t.study(), t.cell(), inputSha256, cancelled);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (cancelled.getAsBoolean()) {
                        cut.set(true); // stopped, or finished but not written: the cancel came first
                        return new Outcome(r, false);
                    }
                    r.getProvenance().setModelSha256(key.sha256());
                    r.getProvenance().getLibraryFiles().addAll(used);
                    AtomicFolder.write(cellFolder, folder -> {
                        ResultFiles.write(r, t.cell(), folder);
                        CellPlots.write(r, folder);
                        measured.write(t.study(), t.cell(), r, folder); // compare with data
                        ResultCache.writeManifest(folder);
                        // the only file of the folder that differs between two runs of the same input
                        ResultFiles.writeTiming(seconds, folder);
                    });
                    // the report and the callers read the files, as they do for a cell served from the cache
                    RunResult back = readBack(cellFolder);
                    measured.summarise(t.study(), t.cell(), back);
                    listener.finished(t.label(), r.getStatus().getLiteral());
                    return new Outcome(back, false);
                }));
            }
            SweepRunner sweepRunner = new SweepRunner(runner);
            List<Future<List<SweepRunner.PointResult>>> sweepFutures = new ArrayList<>();
            for (Sweep sweep : sweeps) {
                Set<Resource> read = new LinkedHashSet<>();
                for (Cell c : sweep.getStudy().getCells()) {
                    read.addAll(runner.key(sweep.getStudy(), c).resources());
                }
                String inputSha256 = inputs.of(read);
                for (List<Quantity> point : SweepRunner.grid(sweep)) {
                    sweepFutures.add(pool.submit(() -> {
                        // a point the cancel stops throws (CancellationException); one that returns is complete
                        List<SweepRunner.PointResult> r = sweepRunner.runPoint(sweep, point, inputSha256, cancelled);
                        r.forEach(p -> summaryOnly(p.result()));
                        listener.finished(ResultLayout.folderName(sweep) + " " + describe(point),
                                r.isEmpty() ? "-" : r.get(0).result().getStatus().getLiteral());
                        return r;
                    }));
                }
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            if (cut.get()) {
                return outcomes;
            }
            // every cell of every study is written: each study's report compares its cells
            int i = 0;
            for (Study s : studies) {
                List<RunResult> cells = outcomes.subList(i, i + s.getCells().size()).stream().map(Outcome::result).toList();
                i += s.getCells().size();
                Path studyFolder = ResultLayout.folder(out, s);
                List<String> names = s.getCells().stream().map(Cell::getName).toList();
                // the report is drawn from the cells' files (measured.csv included): when none changed, it is current
                if (!ResultCache.reportCurrent(studyFolder, names)) {
                    StudyReport.write(studyFolder, s.getName(), cells, measured.of(s), s.getMeasuredData());
                    ResultCache.writeStudyManifest(studyFolder, names);
                }
            }
            int k = 0;
            for (Sweep sweep : sweeps) {
                List<SweepTable.Row> rows = new ArrayList<>();
                for (int n = SweepRunner.grid(sweep).size(); n > 0; n--) {
                    for (SweepRunner.PointResult p : sweepFutures.get(k++).get()) {
                        rows.add(new SweepTable.Row(p.values().stream().map(Quantity::getMagnitude).toList(), p.result()));
                        outcomes.add(new Outcome(p.result(), false, describe(p.values())));
                    }
                }
                if (cut.get()) {
                    return outcomes;
                }
                AtomicFolder.write(ResultLayout.folder(out, sweep), folder -> {
                    SweepTable.write(folder, columns(sweep), rows);
                    SweepPlot.write(folder, sweep.getName(), columns(sweep), rows);
                });
            }
            return outcomes;
        } catch (ExecutionException e) {
            throw TaskFailures.rethrow(e);
        } finally {
            pool.shutdownNow();
            for (Path f : folders(out, studies, sweeps)) {
                AtomicFolder.clean(f);
            }
        }
    }

    /**
     * Drops a sweep point's traces (cycles, voltage trace, linear sweep, impedance), keeping what
     * sweep.csv, its plot and the outcome table read (cell, status, metrics): a sweep of 10 000
     * points holds 10 000 summaries until its table is written, not 10 000 traces.
     */
    private static void summaryOnly(RunResult r) {
        r.getCycles().clear();
        r.getTrace().clear();
        r.getSweep().clear();
        r.getImpedance().clear();
    }

    /** The cell's folder read back; it was just written, so a failure here is an I/O error. */
    private static RunResult readBack(Path folder) throws IOException {
        try {
            return ResultReader.readRun(folder);
        } catch (MalformedResultException e) {
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
        if (roots.isEmpty()) {
            return files;
        }
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

    /** Column names of sweep.csv: the varied path and the unit it is written in. */
    public static List<String> columns(Sweep sweep) {
        List<String> columns = new ArrayList<>();
        for (Variation v : sweep.getVariations()) {
            String name = v.isTemperature() ? "temperature" : v.getCell().getName() + "." + String.join(".", v.getPath());
            String unit = (v.getFrom() != null ? v.getFrom() : v.getValues().get(0)).getUnit();
            columns.add(unit == null || unit.isEmpty() ? name : name + "_" + unit.replace("°", "deg").replace("/", "_per_"));
        }
        return columns;
    }

    private static String describe(List<Quantity> point) {
        List<String> parts = new ArrayList<>();
        for (Quantity q : point) {
            String unit = q.getUnit() == null ? "" : q.getUnit();
            parts.add(String.format(Locale.ROOT, "%s%s%s", trim(q.getMagnitude()),
                    unit.isEmpty() || unit.equals("%") ? "" : " ", unit));
        }
        return String.join(", ", parts);
    }

    private static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
