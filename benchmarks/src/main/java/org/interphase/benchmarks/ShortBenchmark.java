package org.interphase.benchmarks;

import java.util.Locale;

import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The symmetric Li|PEO|Li cell of examples/anode.cell plated and stripped at 4 mA/cm2, above its
 * limiting current (1 h each, 60 °C), until it shorts, with anode_reduction and dendrite_growth,
 * through the study runner as {@code interphase run} runs it. One operation is one whole run to the
 * short.
 */
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ShortBenchmark extends OneRunBenchmark {

    @Override
    protected String studyName() {
        return Workload.LI_SHORT;
    }

    /** Every measured run must have ended in its short. */
    @Override
    protected void check(RunResult run) {
        if (run.getStatus() != RunStatus.SHORT_CIRCUIT || run.getMetrics().getTimeToShort() == null) {
            throw new IllegalStateException(run.getCell() + ": " + run.getStatus() + " (" + run.getStopReason() + ")");
        }
    }

    @Override
    protected String describe(RunResult run) {
        return String.format(Locale.ROOT, "%s: %s after %.1f h", run.getCell(), run.getStatus(),
                run.getMetrics().getTimeToShort());
    }

    @Benchmark
    public RunResult liLiToShort() {
        return last = workload.studies.run(study, study.getCells().get(0), "bench", () -> false);
    }
}
