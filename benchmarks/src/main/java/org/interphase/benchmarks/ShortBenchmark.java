package org.interphase.benchmarks;

import java.util.concurrent.TimeUnit;

import org.interphase.model.Study;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The symmetric Li|PEO|Li cell of examples/anode.cell plated and stripped at 4 mA/cm2, above its
 * limiting current (1 h each, 60 °C), until it shorts, with anode_reduction and dendrite_growth,
 * through the study runner as {@code interphase run} runs it. One operation is one whole run to the
 * short.
 */
@State(Scope.Benchmark)
@Threads(1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.SingleShotTime)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ShortBenchmark {

    private Workload workload;
    private Study study;
    private RunResult last;

    @Setup(Level.Trial)
    public void load() {
        workload = new Workload();
        study = workload.study(Workload.LI_SHORT);
    }

    /** Every measured run must have ended in its short (a run that failed measures nothing). */
    @TearDown(Level.Iteration)
    public void checkLastRun() {
        if (last != null && (last.getStatus() != RunStatus.SHORT_CIRCUIT || last.getMetrics().getTimeToShort() == null)) {
            throw new IllegalStateException(last.getCell() + ": " + last.getStatus() + " (" + last.getStopReason() + ")");
        }
    }

    @TearDown(Level.Trial)
    public void describeLastRun() {
        if (last != null) {
            System.out.printf(java.util.Locale.ROOT, "%s: %s after %.1f h%n", last.getCell(), last.getStatus(),
                    last.getMetrics().getTimeToShort());
        }
    }

    @Benchmark
    public RunResult liLiToShort() {
        return last = workload.studies.run(study, study.getCells().get(0), "bench", () -> false);
    }
}
