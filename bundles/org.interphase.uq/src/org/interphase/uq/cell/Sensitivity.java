package org.interphase.uq.cell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.interphase.uq.Morris;

/**
 * Morris screening of a cell's metrics over its parameter space: which parameters each metric
 * depends on. Elementary effects are in the metric's unit per whole range of the parameter (its
 * log range for a log-uniform one), so mu* reads "moving this parameter across its literature
 * range moves the metric by about this much".
 *
 * @param space       what was screened and what was kept at its value
 * @param design      the trajectories
 * @param effects     per metric, one entry per sampled parameter (in the space's order)
 * @param failures    reason of failure to number of runs that failed for it
 * @param cached      runs read from the cache
 */
public record Sensitivity(ParameterSpace space, Morris.Design design, Map<String, List<Morris.Effects>> effects,
        Map<String, Integer> failures, int cached) {

    /** The points to run, SI. */
    public static double[][] points(ParameterSpace space, Morris.Design design) {
        return space.values(design.points());
    }

    /** The effects on the given metrics (all metrics with a value in some run when the list is empty). */
    public static Sensitivity of(ParameterSpace space, Morris.Design design, List<SampleRuns.Outcome> outcomes,
            List<String> metrics) {
        Map<String, Integer> failures = new TreeMap<>();
        List<Map<String, Double>> values = new ArrayList<>();
        int cached = 0;
        for (SampleRuns.Outcome o : outcomes) {
            cached += o.cached() ? 1 : 0;
            if (o.ok()) {
                values.add(MetricValues.of(o.result()));
            } else {
                failures.merge(String.valueOf(o.result().getStopReason()), 1, Integer::sum);
                values.add(Map.of());
            }
        }
        List<String> names = new ArrayList<>(metrics);
        if (names.isEmpty()) {
            for (String n : MetricValues.names()) {
                if (values.stream().anyMatch(v -> v.containsKey(n))) {
                    names.add(n);
                }
            }
        }
        Map<String, List<Morris.Effects>> effects = new LinkedHashMap<>();
        for (String name : names) {
            double[] y = values.stream().mapToDouble(v -> v.getOrDefault(name, Double.NaN)).toArray();
            effects.put(name, Morris.effects(design, y));
        }
        return new Sensitivity(space, design, effects, failures, cached);
    }

    /** The number of failed runs. */
    public int failed() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }
}
