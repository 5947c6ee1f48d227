package org.interphase.uq.cell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.interphase.model.Cell;
import org.interphase.model.Study;
import org.interphase.model.results.RunResult;
import org.interphase.data.CyclerData;
import org.interphase.results.ResultCache;
import org.interphase.solver.study.StudyRunner;

/**
 * The uncertainty step of a run: after the studies' cells have been run (or served from the
 * cache) into {@code OUT/<study>/<cell>/}, every study that asks for uncertainty (its
 * {@code uncertainty N samples [seed S]} clause, or {@code run --samples N [--seed S]} for every
 * study) runs each cell at N Latin-hypercube samples into {@code OUT/<study>/<cell>.samples/},
 * through the cache, adds the percentiles to the cell's folder ({@link UncertaintyFiles}) and draws
 * the study's report with the bands ({@link UncertaintyReport}).
 */
public final class UncertaintyExecution {

    /** The seed when neither the study nor the command line gives one. */
    public static final long DEFAULT_SEED = 1;

    /**
     * What the command line asks for; null fields defer to the study's clause.
     *
     * @param samples {@code --samples}, or null
     * @param seed    {@code --seed}, or null
     */
    public record Request(Integer samples, Long seed) {
        /** Nothing asked on the command line. */
        public static final Request NONE = new Request(null, null);

        /** The samples of a study: the command line's, else the clause's, else 0 (no uncertainty). */
        public int samples(Study s) {
            if (samples != null) {
                return samples;
            }
            return s.isSetUncertaintySamples() ? s.getUncertaintySamples() : 0;
        }

        /** The seed of a study: the command line's, else the clause's, else {@link #DEFAULT_SEED}. */
        public long seed(Study s) {
            if (seed != null) {
                return seed;
            }
            return s.isSetUncertaintySeed() ? s.getUncertaintySeed() : DEFAULT_SEED;
        }
    }

    /** Hears about each finished sample: {@code study/cell sample k}, its status, whether it was cached. */
    @FunctionalInterface
    public interface Listener {
        void finished(String label, String status);
    }

    /**
     * A cell's uncertainty, for the caller's table.
     *
     * @param study       the study's name
     * @param cell        the cell's name
     * @param uncertainty the percentiles and failures
     */
    public record CellUncertainty(String study, String cell, Uncertainty uncertainty) {
    }

    private final StudyRunner runner;
    private final int threads;

    public UncertaintyExecution(StudyRunner runner, int threads) {
        this.runner = runner;
        this.threads = threads;
    }

    /** How many sample runs the studies ask for (cached ones included). */
    public static int count(List<Study> studies, Request request) {
        return studies.stream().mapToInt(s -> request.samples(s) * s.getCells().size()).sum();
    }

    /**
     * Runs the samples of every study that asks for them and writes the results.
     *
     * @param runs        the cells of each study as run (or served from the cache) and read back from their folders
     * @param studyFolder where a study's results are ({@code OUT/<study>})
     * @param measured    the measured data a study compares with, or null (drawn on the report as the run draws it)
     */
    public List<CellUncertainty> run(List<Study> studies, Map<Study, List<RunResult>> runs,
            Function<Study, Path> studyFolder, Request request, Function<Study, CyclerData> measured,
            BooleanSupplier cancelled, Listener listener) throws IOException, InterruptedException {
        List<CellUncertainty> done = new ArrayList<>();
        for (Study s : studies) {
            int n = request.samples(s);
            if (n <= 0) {
                continue;
            }
            long seed = request.seed(s);
            Path folder = studyFolder.apply(s);
            Map<String, Uncertainty> byCell = new LinkedHashMap<>();
            for (int c = 0; c < s.getCells().size(); c++) {
                Cell cell = s.getCells().get(c);
                ParameterSpace space = ParameterSpace.of(runner, s, cell);
                double[][] points = Uncertainty.points(space, n, seed);
                String label = s.getName() + "/" + cell.getName();
                // a sample reads the same input files as the nominal run: its provenance records the same hash
                RunResult nominal = runs.get(s).get(c);
                String inputSha256 = nominal.getProvenance() == null ? null : nominal.getProvenance().getInputSha256();
                List<SampleRuns.Outcome> samples = new SampleRuns(runner, threads).run(s, cell, space, points,
                        folder.resolve(cell.getName() + ".samples"), inputSha256, cancelled,
                        (k, r, cached) -> listener.finished(label + " sample " + (k + 1),
                                r.getStatus().getLiteral() + (cached ? " (cached)" : "")));
                if (cancelled.getAsBoolean()) {
                    return done;
                }
                Uncertainty u = Uncertainty.of(space, n, seed, samples);
                UncertaintyFiles.write(folder.resolve(cell.getName()), nominal, u);
                byCell.put(cell.getName(), u);
                done.add(new CellUncertainty(s.getName(), cell.getName(), u));
            }
            List<String> names = s.getCells().stream().map(Cell::getName).toList();
            UncertaintyReport.write(folder, s.getName(), runs.get(s), measured.apply(s), s.getMeasuredData(), byCell);
            ResultCache.writeStudyManifest(folder, names);
        }
        return done;
    }
}
