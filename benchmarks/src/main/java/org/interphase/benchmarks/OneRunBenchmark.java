package org.interphase.benchmarks;

import java.util.concurrent.TimeUnit;

import org.interphase.model.Study;
import org.interphase.model.results.RunResult;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * What the benchmarks of one whole run ({@link CyclingBenchmark}, {@link ShortBenchmark}) share: the
 * workload and the study of bench.cell whose first cell an operation runs, on one thread, each run timed
 * once (single shot: a run takes seconds), in ms; after
 * every iteration a check that the last run is one worth timing (a run that failed early measures
 * nothing), and after the trial a line on it. JMH's class annotations and the set-up and tear-down
 * methods are inherited by the subclasses.
 */
@State(Scope.Benchmark)
@Threads(1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.SingleShotTime)
public abstract class OneRunBenchmark {

    protected Workload workload;
    protected Study study;
    /** The last run an operation returned, null before the first. */
    protected RunResult last;

    /** The study of bench.cell whose first cell an operation runs. */
    protected abstract String studyName();

    /** Throws unless the run is one worth timing. */
    protected abstract void check(RunResult run);

    /** One line on the run, printed after the trial. */
    protected abstract String describe(RunResult run);

    @Setup(Level.Trial)
    public void load() {
        workload = new Workload();
        study = workload.study(studyName());
    }

    @TearDown(Level.Iteration)
    public void checkLastRun() {
        if (last != null) {
            check(last);
        }
    }

    @TearDown(Level.Trial)
    public void describeLastRun() {
        if (last != null) {
            System.out.println(describe(last));
        }
    }
}
