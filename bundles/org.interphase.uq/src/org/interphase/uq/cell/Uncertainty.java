package org.interphase.uq.cell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.interphase.model.results.CycleRecord;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.uq.LatinHypercube;
import org.interphase.uq.Percentiles;

/**
 * The uncertainty of a cell's results: a Latin-hypercube sample of the cell's parameter space
 * ({@link ParameterSpace}, every parameter with a literature range), run through the cache, and the
 * 5th, 50th and 95th percentiles of every metric ({@link Percentiles}) and, per cycle, of the
 * capacity retention and the series resistance (the bands the plots draw).
 * <p>
 * A failed sample is part of no percentile; it is counted, with its reason, in {@link #failures}.
 * A sample that did not fail but has no value of a metric (no cycle reached 80 %, say) is left out
 * of that metric only: each percentile says how many samples it was taken from.
 *
 * @param samples    the number of samples asked for
 * @param seed       the seed of the Latin hypercube
 * @param space      what was sampled and what was not
 * @param metrics    per metric name (as in summary.json), the percentiles over the samples with a value
 * @param retention  per cycle, the percentiles of the capacity retention (%)
 * @param resistance per cycle, the percentiles of the series resistance (ohm cm2)
 * @param failures   reason of failure to number of samples that failed for it
 * @param endedEarly {@code status: reason} of samples that ran but ended before the protocol did
 *                   (stopped, short circuit) to their number: they count in the percentiles of the
 *                   metrics they have, and reach fewer cycles
 * @param cached     how many samples were read from the cache rather than run
 */
public record Uncertainty(int samples, long seed, ParameterSpace space, Map<String, Percentiles> metrics,
        List<Band> retention, List<Band> resistance, Map<String, Integer> failures, Map<String, Integer> endedEarly,
        int cached) {

    /**
     * The percentiles of a quantity at one cycle.
     *
     * @param cycle the cycle number
     */
    public record Band(int cycle, Percentiles percentiles) {
    }

    /**
     * A quantity's percentiles per cycle as a band of the plot model (the one rule of which cycles
     * have enough samples: {@link org.interphase.results.plot.Band#percentiles}).
     */
    public org.interphase.results.plot.Band band(List<Band> perCycle, String name, int colour) {
        double[] cycle = perCycle.stream().mapToDouble(Band::cycle).toArray();
        double[] p5 = perCycle.stream().mapToDouble(b -> b.percentiles().p5()).toArray();
        double[] p50 = perCycle.stream().mapToDouble(b -> b.percentiles().p50()).toArray();
        double[] p95 = perCycle.stream().mapToDouble(b -> b.percentiles().p95()).toArray();
        double[] n = perCycle.stream().mapToDouble(b -> b.percentiles().n()).toArray();
        return org.interphase.results.plot.Band.percentiles(name, cycle, p5, p50, p95, n, samples - failed(), colour);
    }

    /** The points to run: n Latin-hypercube points of the space, SI, reproducible from the seed. */
    public static double[][] points(ParameterSpace space, int n, long seed) {
        return space.values(LatinHypercube.unit(n, space.sampled().size(), seed));
    }

    /** The number of failed samples. */
    public int failed() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The statistics of the samples' outcomes. */
    public static Uncertainty of(ParameterSpace space, int samples, long seed, List<SampleRuns.Outcome> outcomes) {
        Map<String, Integer> failures = new TreeMap<>();
        Map<String, Integer> endedEarly = new TreeMap<>();
        List<RunResult> ok = new ArrayList<>();
        int cached = 0;
        for (SampleRuns.Outcome o : outcomes) {
            cached += o.cached() ? 1 : 0;
            if (o.ok()) {
                ok.add(o.result());
                if (o.result().getStatus() != RunStatus.COMPLETED) {
                    endedEarly.merge(o.result().getStatus().getLiteral() + ": " + o.result().getStopReason(), 1, Integer::sum);
                }
            } else {
                failures.merge(String.valueOf(o.result().getStopReason()), 1, Integer::sum);
            }
        }
        Set<String> names = new LinkedHashSet<>();
        List<Map<String, Double>> values = new ArrayList<>();
        for (RunResult r : ok) {
            Map<String, Double> v = MetricValues.of(r);
            names.addAll(v.keySet());
            values.add(v);
        }
        Map<String, Percentiles> metrics = new LinkedHashMap<>();
        for (String name : names) {
            metrics.put(name, Percentiles.of(values.stream().mapToDouble(v -> v.getOrDefault(name, Double.NaN)).toArray()));
        }
        return new Uncertainty(samples, seed, space, metrics, bands(ok, true), bands(ok, false), failures, endedEarly,
                cached);
    }

    private static List<Band> bands(List<RunResult> runs, boolean retention) {
        Map<Integer, List<Double>> byCycle = new TreeMap<>();
        for (RunResult r : runs) {
            for (CycleRecord c : r.getCycles()) {
                double v = retention ? c.getCapacityRetention() : c.getResistance();
                if (Double.isFinite(v)) {
                    byCycle.computeIfAbsent(c.getCycle(), k -> new ArrayList<>()).add(v);
                }
            }
        }
        List<Band> bands = new ArrayList<>();
        byCycle.forEach((cycle, v) -> bands.add(new Band(cycle, Percentiles.of(v.stream().mapToDouble(Double::doubleValue).toArray()))));
        return bands;
    }
}
