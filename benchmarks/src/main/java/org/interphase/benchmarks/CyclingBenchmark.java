package org.interphase.benchmarks;

import org.interphase.model.results.RunResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 200 and 1000 cycles ({@code cycles}) of the LAGP-coated LiCoO2 cell of examples/coatings.cell
 * (3.0-4.5 V at C/5, 60 °C, impedance every 50 cycles) with every registered mechanism that applies
 * to it, on one thread:
 * with the multi-rate scheme (what {@code interphase run} does; goal at most 50 ms per cell) and
 * with every cycle simulated (the reference the scheme is checked against; seconds per cell).
 * One operation is one whole run: mechanism activation, the protocol, the recorded results.
 */
public class CyclingBenchmark extends OneRunBenchmark {

    /** The protocol's cycles: 200 (study Coated200) or 1000 (study Coated1000) of bench.cell. */
    @Param({ "200", "1000" })
    public int cycles;

    /**
     * Whether the engine integrates fast states (acid_crosstalk's acid) exponentially ("true", what it does)
     * or, as before 2026-12-07, leaves them to the explicit integrator ("false"): before and after in one run.
     */
    @Param({ "true", "false" })
    public boolean fastStates;

    @Override
    protected String studyName() {
        return cycles == 200 ? Workload.STUDY_200 : Workload.STUDY;
    }

    /** Every measured run must have completed all its cycles. */
    @Override
    protected void check(RunResult run) {
        Workload.check(run, cycles);
    }

    @Override
    protected String describe(RunResult run) {
        return workload.describe(run);
    }

    // One run takes seconds today (see docs/engine.md, Benchmarks), so every iteration times one run
    // (single shot) after a few warm-up runs; with the goal of 50 ms reached, AverageTime over
    // time-based iterations would be the better mode.
    @Benchmark
    @Fork(2)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public RunResult multiRate() {
        return last = workload.runCell(study, true, fastStates);
    }

    @Benchmark
    @Fork(1)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public RunResult everyCycle() {
        return last = workload.runCell(study, false, fastStates);
    }
}
