package org.interphase.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.interphase.model.Quantity;
import org.interphase.model.Sweep;
import org.interphase.model.Variation;
import org.interphase.solver.study.SweepRunner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * An uncertainty-style batch: {@value #SAMPLES} samples of the 200-cycle coated cell (study Coated200
 * of bench.cell, every mechanism, multi-rate scheme), each with its coating thickness and coverage
 * drawn uniformly (fixed seed) inside the ranges of sweep CoatingUncertainty, run through
 * {@link SweepRunner} on a pool of {@code threads} threads as {@code interphase run} runs a sweep's
 * points. One operation is the whole batch; threads 1 against 2 is the thread scaling of a batch.
 */
public class UncertaintyBenchmark extends BatchBenchmark {

    public static final int SAMPLES = 16;

    /** Parallel runs (the pool size of the batch). */
    @Param({ "1", "2" })
    public int threads;

    private Sweep sweep;
    private final List<List<Quantity>> samples = new ArrayList<>();
    private ExecutorService pool;

    @Setup(Level.Trial)
    public void load() {
        loadWorkload();
        sweep = workload.sweep(Workload.UNCERTAINTY);
        SplittableRandom random = new SplittableRandom(15);
        for (int n = 0; n < SAMPLES; n++) {
            List<Quantity> point = new ArrayList<>();
            for (Variation v : sweep.getVariations()) {
                Quantity q = EcoreUtil.copy(v.getFrom());
                q.setValue(v.getFrom().getMagnitude()
                        + random.nextDouble() * (v.getTo().getMagnitude() - v.getFrom().getMagnitude()));
                point.add(q);
            }
            samples.add(point);
        }
        pool = Executors.newFixedThreadPool(threads);
    }

    @TearDown(Level.Trial)
    public void describe() {
        pool.shutdownNow();
        printStatuses("batches");
    }

    @Benchmark
    public void batch16(Blackhole bh) throws InterruptedException, ExecutionException {
        List<Future<List<SweepRunner.PointResult>>> futures = new ArrayList<>();
        for (List<Quantity> point : samples) {
            futures.add(pool.submit(() -> sweeps.runPoint(sweep, point, "bench", () -> false)));
        }
        for (Future<List<SweepRunner.PointResult>> f : futures) {
            tally(f.get(), bh);
        }
    }
}
