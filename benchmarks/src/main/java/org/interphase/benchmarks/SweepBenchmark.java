package org.interphase.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.interphase.model.Quantity;
import org.interphase.model.results.RunStatus;
import org.interphase.solver.study.SweepRunner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The sweep Thickness50 of bench.cell: the coated cell's study with the 200-cycle protocol of
 * examples/coatings.cell at 50 coating thicknesses (0 to 49 nm), point after point on one thread,
 * through {@link SweepRunner} and the study runner as {@code interphase run} runs a sweep's points
 * (multi-rate scheme on, every mechanism that applies). One operation is the whole sweep; divide by
 * 50 for a point. (200 cycles, not 1000: at today's speed a 1000-cycle sweep takes minutes per
 * operation; CyclingBenchmark covers the 1000-cycle cell.)
 */
@State(Scope.Benchmark)
@Threads(1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.SingleShotTime)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
// one operation is many runs: on a shared machine it can take longer than JMH's default 10 minutes
@Timeout(time = 60, timeUnit = TimeUnit.MINUTES)
public class SweepBenchmark {

    public static final int POINTS = 50;

    private Workload workload;
    private SweepRunner sweeps;
    private List<List<Quantity>> grid;
    private final int[] statuses = new int[RunStatus.VALUES.size()];

    @Setup(Level.Trial)
    public void load() {
        workload = new Workload();
        sweeps = new SweepRunner(workload.studies);
        grid = SweepRunner.grid(workload.sweep);
        if (grid.size() != POINTS) {
            throw new IllegalStateException("sweep " + Workload.SWEEP + " has " + grid.size() + " points");
        }
    }

    @TearDown(Level.Trial)
    public void describe() {
        StringBuilder s = new StringBuilder("run statuses over all sweeps:");
        for (RunStatus status : RunStatus.VALUES) {
            s.append(' ').append(status.getLiteral()).append(' ').append(statuses[status.getValue()]);
        }
        System.out.println(s);
    }

    @Benchmark
    public void sweep50(Blackhole bh) {
        for (List<Quantity> point : grid) {
            for (SweepRunner.PointResult r : sweeps.runPoint(workload.sweep, point, "bench", () -> false)) {
                statuses[r.result().getStatus().getValue()]++;
                bh.consume(r);
            }
        }
    }
}
