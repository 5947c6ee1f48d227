package org.interphase.benchmarks;

import java.util.List;

import org.interphase.model.Quantity;
import org.interphase.solver.study.SweepRunner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The sweep Thickness50 of bench.cell: the coated cell's study with the 200-cycle protocol of
 * examples/coatings.cell at 50 coating thicknesses (0 to 49 nm), point after point on one thread,
 * through {@link SweepRunner} and the study runner as {@code interphase run} runs a sweep's points
 * (multi-rate scheme on, every mechanism that applies). One operation is the whole sweep; divide by
 * 50 for a point. (200 cycles, not 1000: at today's speed a 1000-cycle sweep takes minutes per
 * operation; CyclingBenchmark covers the 1000-cycle cell.)
 */
@Threads(1)
public class SweepBenchmark extends BatchBenchmark {

    public static final int POINTS = 50;

    private List<List<Quantity>> grid;

    @Setup(Level.Trial)
    public void load() {
        loadWorkload();
        grid = SweepRunner.grid(workload.sweep);
        if (grid.size() != POINTS) {
            throw new IllegalStateException("sweep " + Workload.SWEEP + " has " + grid.size() + " points");
        }
    }

    @TearDown(Level.Trial)
    public void describe() {
        printStatuses("sweeps");
    }

    @Benchmark
    public void sweep50(Blackhole bh) {
        for (List<Quantity> point : grid) {
            tally(sweeps.runPoint(workload.sweep, point, "bench", () -> false), bh);
        }
    }
}
