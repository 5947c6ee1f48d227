package org.interphase.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.interphase.model.Quantity;
import org.interphase.model.Sweep;
import org.interphase.model.Variation;
import org.interphase.model.results.RunStatus;
import org.interphase.solver.study.SweepRunner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * An uncertainty-style batch: {@value #SAMPLES} samples of the 200-cycle coated cell (study Coated200
 * of bench.cell, every mechanism, multi-rate scheme), each with its coating thickness and coverage
 * drawn uniformly (fixed seed) inside the ranges of sweep CoatingUncertainty, run through
 * {@link SweepRunner} on a pool of {@code threads} threads as {@code interphase run} runs a sweep's
 * points. One operation is the whole batch; threads 1 against 2 is the thread scaling of a batch.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.SingleShotTime)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
// one operation is many runs: on a shared machine it can take longer than JMH's default 10 minutes
@Timeout(time = 60, timeUnit = TimeUnit.MINUTES)
public class UncertaintyBenchmark {

    public static final int SAMPLES = 16;

    /** Parallel runs (the pool size of the batch). */
    @Param({ "1", "2" })
    public int threads;

    private Workload workload;
    private SweepRunner sweeps;
    private Sweep sweep;
    private final List<List<Quantity>> samples = new ArrayList<>();
    private ExecutorService pool;
    private final int[] statuses = new int[RunStatus.VALUES.size()];

    @Setup(Level.Trial)
    public void load() {
        workload = new Workload();
        sweeps = new SweepRunner(workload.studies);
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
        StringBuilder s = new StringBuilder("run statuses over all batches:");
        for (RunStatus status : RunStatus.VALUES) {
            s.append(' ').append(status.getLiteral()).append(' ').append(statuses[status.getValue()]);
        }
        System.out.println(s);
    }

    @Benchmark
    public void batch16(Blackhole bh) throws InterruptedException, ExecutionException {
        List<Future<List<SweepRunner.PointResult>>> futures = new ArrayList<>();
        for (List<Quantity> point : samples) {
            futures.add(pool.submit(() -> sweeps.runPoint(sweep, point, "bench", () -> false)));
        }
        for (Future<List<SweepRunner.PointResult>> f : futures) {
            for (SweepRunner.PointResult r : f.get()) {
                synchronized (statuses) {
                    statuses[r.result().getStatus().getValue()]++;
                }
                bh.consume(r);
            }
        }
    }
}
