package org.interphase.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import org.interphase.data.CyclerData;
import org.interphase.model.Cell;
import org.interphase.model.Quantity;
import org.interphase.model.Study;
import org.interphase.model.Sweep;
import org.interphase.model.Variation;
import org.interphase.model.results.RunResult;
import org.interphase.results.AtomicFolder;
import org.interphase.results.ResultFiles;
import org.interphase.results.SweepTable;
import org.interphase.solver.study.StudyRunner;
import org.interphase.solver.study.SweepRunner;

/**
 * Runs studies and sweeps into a results folder: {@code OUT/<study>/<cell>/} with summary.json, the
 * CSVs, timing.json and the plots, {@code OUT/<study>/report.html}, and {@code OUT/<sweep>/sweep.csv}
 * with its plot. The command line ({@code interphase run}) and the workbench's Run Study both use
 * it, so they write the same files.
 * <p>
 * Every folder is written atomically ({@link AtomicFolder}): a failed or cancelled execution leaves
 * the folders of the runs that finished and nothing half-written.
 */
public final class StudyExecution {

    /** Hears about each finished run; called from worker threads. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param label  {@code study/cell} or {@code sweep point}
         * @param status the run's status literal ({@code completed}, {@code failed}, ...)
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

        /** Writes the comparison of a cell's run with the study's data into the cell's folder (being written). */
        void write(Study study, Cell cell, RunResult result, Path folder) throws IOException;
    }

    private final StudyRunner runner;
    private final int threads;

    /**
     * @param runner  the engine
     * @param threads parallel runs (at least 1)
     */
    public StudyExecution(StudyRunner runner, int threads) {
        this.runner = runner;
        this.threads = Math.max(1, threads);
    }

    /** How many runs {@link #run} makes: one per cell of each study, one per sweep point and cell. */
    public static int count(List<Study> studies, List<Sweep> sweeps) {
        return studies.stream().mapToInt(s -> s.getCells().size()).sum()
                + sweeps.stream().mapToInt(s -> SweepRunner.grid(s).size()).sum();
    }

    /** The folders {@link #run} writes, so that a caller can clean them after an interruption. */
    public static List<Path> folders(Path out, List<Study> studies, List<Sweep> sweeps) {
        List<Path> folders = new ArrayList<>();
        folders.add(out);
        studies.forEach(s -> folders.add(out.resolve(s.getName())));
        sweeps.forEach(s -> folders.add(out.resolve(s.getName())));
        return folders;
    }

    /**
     * Runs every cell of every study and every point of every sweep, and writes their folders.
     *
     * @param inputSha256 recorded in each result's provenance
     * @param cancelled   polled by the engine; once true, the runs stop and no further folder is written
     * @return the results: the studies' cells in order, then the sweep points in order
     * @throws IOException when a results folder cannot be written
     */
    public List<RunResult> run(List<Study> studies, List<Sweep> sweeps, Path out, String inputSha256,
            BooleanSupplier cancelled, Listener listener) throws IOException, InterruptedException {
        return run(studies, sweeps, out, inputSha256, cancelled, listener, Measurements.NONE);
    }

    /** As {@link #run(List, List, Path, String, BooleanSupplier, Listener)}, comparing with measured data. */
    public List<RunResult> run(List<Study> studies, List<Sweep> sweeps, Path out, String inputSha256,
            BooleanSupplier cancelled, Listener listener, Measurements measured) throws IOException, InterruptedException {
        record Task(Study study, Cell cell) {
        }
        List<Task> tasks = new ArrayList<>();
        for (Study s : studies) {
            s.getCells().forEach(c -> tasks.add(new Task(s, c)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (Task t : tasks) {
                futures.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    RunResult r = runner.run(t.study(), t.cell(), inputSha256, cancelled);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (cancelled.getAsBoolean()) {
                        return r;
                    }
                    AtomicFolder.write(out.resolve(t.study().getName()).resolve(t.cell().getName()), folder -> {
                        ResultFiles.write(r, t.cell(), folder);
                        // the only file of the folder that differs between two runs of the same input
                        ResultFiles.writeTiming(seconds, folder);
                        CellPlots.write(r, folder);
                        measured.write(t.study(), t.cell(), r, folder); // compare with data
                    });
                    listener.finished(t.study().getName() + "/" + t.cell().getName(), r.getStatus().getLiteral());
                    return r;
                }));
            }
            SweepRunner sweepRunner = new SweepRunner(runner);
            List<Future<List<SweepRunner.PointResult>>> sweepFutures = new ArrayList<>();
            for (Sweep sweep : sweeps) {
                for (List<Quantity> point : SweepRunner.grid(sweep)) {
                    sweepFutures.add(pool.submit(() -> {
                        List<SweepRunner.PointResult> r = sweepRunner.runPoint(sweep, point, inputSha256, cancelled);
                        listener.finished(sweep.getName() + " " + describe(point),
                                r.isEmpty() ? "-" : r.get(0).result().getStatus().getLiteral());
                        return r;
                    }));
                }
            }
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                results.add(f.get());
            }
            if (cancelled.getAsBoolean()) {
                return results;
            }
            // every cell of every study is written: each study's report compares its cells
            int i = 0;
            for (Study s : studies) {
                List<RunResult> cells = results.subList(i, i + s.getCells().size());
                i += s.getCells().size();
                StudyReport.write(out.resolve(s.getName()), s.getName(), cells, measured.of(s), s.getMeasuredData());
            }
            int k = 0;
            for (Sweep sweep : sweeps) {
                List<SweepTable.Row> rows = new ArrayList<>();
                for (int n = SweepRunner.grid(sweep).size(); n > 0; n--) {
                    for (SweepRunner.PointResult p : sweepFutures.get(k++).get()) {
                        rows.add(new SweepTable.Row(p.values().stream().map(Quantity::getMagnitude).toList(), p.result()));
                        results.add(p.result());
                    }
                }
                if (cancelled.getAsBoolean()) {
                    return results;
                }
                AtomicFolder.write(out.resolve(sweep.getName()), folder -> {
                    SweepTable.write(folder, columns(sweep), rows);
                    SweepPlot.write(folder, sweep.getName(), columns(sweep), rows);
                });
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            for (Path f : folders(out, studies, sweeps)) {
                AtomicFolder.clean(f);
            }
        }
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
