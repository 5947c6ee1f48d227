package org.interphase.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.interphase.model.results.RunStatus;
import org.interphase.solver.study.SweepRunner;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the batch benchmarks ({@link SweepBenchmark}, {@link UncertaintyBenchmark}) share: one operation
 * is many whole runs through {@link SweepRunner}, as {@code interphase run} runs a sweep's points, timed
 * once (single shot, one fork, one warm-up and three measured operations); and a tally of the runs'
 * statuses, printed after the trial, so that a batch of failed runs is seen. JMH's class annotations
 * are inherited by the subclasses.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.SingleShotTime)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
// one operation is many runs: on a shared machine it can take longer than JMH's default 10 minutes
@Timeout(time = 60, timeUnit = TimeUnit.MINUTES)
public abstract class BatchBenchmark {

    protected Workload workload;
    protected SweepRunner sweeps;
    private final int[] statuses = new int[RunStatus.VALUES.size()];

    /** Reads the workload and makes the sweep runner (in the subclass's trial set-up). */
    protected void loadWorkload() {
        workload = new Workload();
        sweeps = new SweepRunner(workload.studies);
    }

    /** Counts the statuses of a point's runs (from any thread) and hands the runs to the blackhole. */
    protected void tally(List<SweepRunner.PointResult> results, Blackhole bh) {
        for (SweepRunner.PointResult r : results) {
            synchronized (statuses) {
                statuses[r.result().getStatus().getValue()]++;
            }
            bh.consume(r);
        }
    }

    /** Prints the tally: "run statuses over all WHAT: completed N stopped N ...". */
    protected void printStatuses(String what) {
        StringBuilder s = new StringBuilder("run statuses over all " + what + ":");
        for (RunStatus status : RunStatus.VALUES) {
            s.append(' ').append(status.getLiteral()).append(' ').append(statuses[status.getValue()]);
        }
        System.out.println(s);
    }
}
