package org.interphase.uq.cell;

import java.util.LinkedHashMap;
import java.util.Map;

import org.interphase.model.results.RunResult;
import org.interphase.results.ResultFiles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The numeric metrics of a result under the names summary.json gives them
 * ({@code capacity_retention_pct}, {@code gas_umol_cm2.H2}, ...), taken from the writer of
 * summary.json so that the names cannot drift; a metric without a value is left out.
 */
public final class MetricValues {

    private MetricValues() {
    }

    /** The metrics with a value, in the order of summary.json. */
    public static Map<String, Double> of(RunResult r) {
        Map<String, Double> values = new LinkedHashMap<>();
        flatten("", ResultFiles.summary(r).get("metrics"), values);
        return values;
    }

    /** Every metric name summary.json has, in its order (also those without a value in a given run). */
    public static java.util.List<String> names() {
        RunResult empty = org.interphase.model.results.ResultsFactory.eINSTANCE.createRunResult();
        empty.setStatus(org.interphase.model.results.RunStatus.COMPLETED);
        empty.setMetrics(org.interphase.model.results.ResultsFactory.eINSTANCE.createMetrics());
        empty.getMetrics().setGas(org.interphase.model.results.ResultsFactory.eINSTANCE.createGasAmounts());
        java.util.List<String> names = new java.util.ArrayList<>();
        names(ResultFiles.summary(empty).get("metrics"), "", names);
        return names;
    }

    private static void names(JsonNode node, String prefix, java.util.List<String> names) {
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                names(e.getValue(), prefix + e.getKey() + ".", names);
            } else {
                names.add(prefix + e.getKey());
            }
        });
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Double> values) {
        if (node == null) {
            return;
        }
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                flatten(prefix + e.getKey() + ".", e.getValue(), values);
            } else if (e.getValue().isNumber()) {
                values.put(prefix + e.getKey(), e.getValue().asDouble());
            }
        });
    }
}
