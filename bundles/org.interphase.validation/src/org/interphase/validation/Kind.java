package org.interphase.validation;

import java.util.Locale;

import org.interphase.model.results.Metrics;
import org.interphase.results.Metric;

/**
 * What a published result measures, and the metric of summary.json the engine computes it as
 * (docs/results.md). A kind the engine cannot compute yet carries the reason, which the report prints
 * as "not computed: ..." and counts as a miss.
 */
public enum Kind {
    ONSET("onset", "V", false, Metric.ONSET_POTENTIAL),
    RETENTION("retention", "%", false, Metric.CAPACITY_RETENTION),
    CYCLES_TO_80("cycles_to_80", "cycles", false, Metric.CYCLES_TO_80PCT),
    TIME_TO_SHORT("time_to_short", "h", true, Metric.TIME_TO_SHORT),
    CONDUCTIVITY("conductivity", "S/cm", true, Metric.IONIC_CONDUCTIVITY),
    INTERFACIAL_RESISTANCE("interfacial_resistance", "ohm cm2", true, Metric.INTERFACIAL_RESISTANCE),
    CEI_THICKNESS("cei_thickness", "nm", false, Metric.CEI_THICKNESS),
    SEI_THICKNESS("sei_thickness", "nm", false, Metric.SEI_THICKNESS),
    /** Not a summary.json metric: read by {@link GasOnset} from sweeps stopped at a ladder of end potentials. */
    GAS_ONSET("gas_onset", "V", false, null);

    private final String word;
    private final String unit;
    private final boolean logScale;
    /** The metric of summary.json it is computed as, null for the gas onset. */
    private final Metric metric;
    /** The physics the engine lacks to compute this kind, or null when it computes it. */
    private final String notComputed;

    Kind(String word, String unit, boolean logScale, Metric metric) {
        this(word, unit, logScale, metric, null);
    }

    Kind(String word, String unit, boolean logScale, Metric metric, String notComputed) {
        this.word = word;
        this.unit = unit;
        this.logScale = logScale;
        this.metric = metric;
        this.notComputed = notComputed;
    }

    /** The word of the manifest ({@code kind retention}). */
    public String word() {
        return word;
    }

    public String unit() {
        return unit;
    }

    /** Whether values spread over decades (plotted on log axes). */
    public boolean logScale() {
        return logScale;
    }

    /** The physics the engine lacks to compute this kind, or null when it computes it. */
    public String notComputed() {
        return notComputed;
    }

    /** The computed value of a run, or null when the run has none. */
    public Double value(Metrics m) {
        Number v = metric == null || notComputed != null ? null : metric.of(m);
        return v == null ? null : v.doubleValue();
    }

    /** The kind named by a manifest word, or null. */
    public static Kind of(String word) {
        for (Kind k : values()) {
            if (k.word.equals(word.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }

    /** The summary.json metric of this kind (docs/results.md), or null for the gas onset (not a metric). */
    public String summaryMetric() {
        return metric == null ? null : metric.field();
    }

    /** The manifest words, for error messages. */
    public static String words() {
        StringBuilder b = new StringBuilder();
        for (Kind k : values()) {
            b.append(b.isEmpty() ? "" : ", ").append(k.word);
        }
        return b.toString();
    }
}
