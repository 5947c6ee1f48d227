package org.interphase.validation;

import java.util.Locale;
import java.util.function.Function;

import org.interphase.model.results.Metrics;

/**
 * What a published result measures, and the metric of summary.json the engine computes it as
 * (docs/results.md). A kind the engine cannot compute yet carries the reason, which the report prints
 * as "not computed: ..." and counts as a miss.
 */
public enum Kind {
    ONSET("onset", "V", false, Metrics::getOnsetPotential, null),
    RETENTION("retention", "%", false, Metrics::getCapacityRetention, null),
    CYCLES_TO_80("cycles_to_80", "cycles", false, m -> m.getCyclesTo80pct() == null ? null : m.getCyclesTo80pct().doubleValue(), null),
    TIME_TO_SHORT("time_to_short", "h", true, Metrics::getTimeToShort, null),
    CONDUCTIVITY("conductivity", "S/cm", true, Metrics::getIonicConductivity, null),
    INTERFACIAL_RESISTANCE("interfacial_resistance", "ohm cm2", true, Metrics::getInterfacialResistance, null),
    CEI_THICKNESS("cei_thickness", "nm", false, Metrics::getCeiThickness, null),
    SEI_THICKNESS("sei_thickness", "nm", false, Metrics::getSeiThickness, null),
    /** Not a summary.json metric: read by {@link GasOnset} from sweeps stopped at a ladder of end potentials. */
    GAS_ONSET("gas_onset", "V", false, m -> null, null);

    private final String word;
    private final String unit;
    private final boolean logScale;
    private final Function<Metrics, Double> metric;
    private final String notComputed;

    Kind(String word, String unit, boolean logScale, Function<Metrics, Double> metric, String notComputed) {
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
        return m == null || notComputed != null ? null : metric.apply(m);
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
        return switch (this) {
            case ONSET -> "onset_potential_V";
            case RETENTION -> "capacity_retention_pct";
            case CYCLES_TO_80 -> "cycles_to_80pct";
            case TIME_TO_SHORT -> "time_to_short_h";
            case CONDUCTIVITY -> "ionic_conductivity_S_cm";
            case INTERFACIAL_RESISTANCE -> "interfacial_resistance_ohm_cm2";
            case CEI_THICKNESS -> "cei_thickness_nm";
            case SEI_THICKNESS -> "sei_thickness_nm";
            case GAS_ONSET -> null;
        };
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
