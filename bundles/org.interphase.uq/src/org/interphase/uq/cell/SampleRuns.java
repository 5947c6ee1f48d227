package org.interphase.uq.cell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import org.interphase.model.Cell;
import org.interphase.model.Study;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.results.AtomicFolder;
import org.interphase.results.ResultCache;
import org.interphase.results.ResultFiles;
import org.interphase.results.TaskFailures;
import org.interphase.solver.study.RunKey;
import org.interphase.solver.study.StudyRunner;

/**
 * Runs one cell of a study at many points of its parameter space, in parallel, through the result
 * cache: each point's result goes into a folder of its own, named by the first 16 hex digits of
 * the point's cache key ({@link RunKey}, which includes every sampled value), under the samples
 * folder. A point whose folder already holds the result of the same key is read from there, not
 * run, whichever analysis (uncertainty or sensitivity, any seed) asked for it first.
 * <p>
 * A point whose run fails keeps its result, status failed with the reason: callers count and
 * report failures, they never drop them.
 */
public final class SampleRuns {

    /** Hears about each finished point (from worker threads). */
    @FunctionalInterface
    public interface Listener {
        void finished(int index, RunResult result, boolean cached);
    }

    /**
     * One point's run.
     *
     * @param values the parameter values, SI, in the order of the parameter space
     * @param result the result (its trace dropped once written: only metrics and cycles are kept)
     * @param cached true when it was read from the samples folder
     */
    public record Outcome(double[] values, RunResult result, boolean cached) {
        /** True unless the run failed. */
        public boolean ok() {
            return result.getStatus() != RunStatus.FAILED;
        }
    }

    private final StudyRunner runner;
    private final int threads;

    public SampleRuns(StudyRunner runner, int threads) {
        this.runner = runner;
        this.threads = Math.max(1, threads);
    }

    /**
     * Runs the cell at every point.
     *
     * @param points  SI values, one row per point, one column per parameter of the space
     * @param samples the folder of the cell's sample results (created when needed)
     */
    public List<Outcome> run(Study study, Cell cell, ParameterSpace space, double[][] points, Path samples,
            String inputSha256, BooleanSupplier cancelled, Listener listener) throws IOException, InterruptedException {
        List<Variant> variants = new ArrayList<>();
        List<RunKey> keys = new ArrayList<>();
        // every copy and key before any run starts: the runs read the model from other threads
        for (double[] point : points) {
            Variant v = Variant.of(study, cell, space.sampled(), point);
            variants.add(v);
            keys.add(runner.key(v.study(), v.cell()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < points.length; i++) {
                int index = i;
                futures.add(pool.submit(() -> point(variants.get(index), keys.get(index), points[index], samples,
                        inputSha256, cancelled, index, listener)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (ExecutionException e) {
            throw TaskFailures.rethrow(e);
        } finally {
            pool.shutdownNow();
            AtomicFolder.clean(samples);
        }
    }

    private Outcome point(Variant v, RunKey key, double[] values, Path samples, String inputSha256,
            BooleanSupplier cancelled, int index, Listener listener) throws IOException {
        Path folder = samples.resolve(key.sha256().substring(0, 16));
        Optional<RunResult> hit = ResultCache.lookup(folder, key.sha256());
        if (hit.isPresent()) {
            listener.finished(index, hit.get(), true);
            return new Outcome(values, hit.get(), true);
        }
        RunResult r = runner.run(v.study(), v.cell(), inputSha256, cancelled);
        if (cancelled.getAsBoolean()) {
            return new Outcome(values, r, false);
        }
        r.getProvenance().setModelSha256(key.sha256());
        AtomicFolder.write(folder, f -> {
            ResultFiles.write(r, v.cell(), f);
            ResultCache.writeManifest(f);
        });
        r.getTrace().clear();
        listener.finished(index, r, false);
        return new Outcome(values, r, false);
    }
}
