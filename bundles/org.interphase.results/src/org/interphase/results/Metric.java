package org.interphase.results;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.interphase.model.results.GasAmounts;
import org.interphase.model.results.Metrics;
import org.interphase.model.results.ResultsPackage;

/**
 * The metrics of a result, each named once: its field in summary.json's {@code metrics} and in
 * sweep.csv, its heading and number format in tables, and where it lives in the result model. The
 * writer ({@link ResultFiles}, {@link SweepTable}), the reader ({@code read.ResultReader}), the result
 * editor and its sweep page all take the names from here (docs/results.md). Declared in the order of
 * summary.json.
 */
public enum Metric {
    CYCLES_COMPLETED("cycles_completed", "Cycles", "%.0f", "cyclesCompleted"),
    INITIAL_DISCHARGE_CAPACITY("initial_discharge_capacity_mAh_cm2", "Initial capacity (mAh/cm\u00b2)", "%.3f", "initialDischargeCapacity"),
    FINAL_DISCHARGE_CAPACITY("final_discharge_capacity_mAh_cm2", "Final capacity (mAh/cm\u00b2)", "%.3f", "finalDischargeCapacity"),
    CAPACITY_RETENTION("capacity_retention_pct", "Retention (%)", "%.1f", "capacityRetention"),
    CYCLES_TO_80PCT("cycles_to_80pct", "Cycles to 80 %", "%.0f", "cyclesTo80pct"),
    MEAN_COULOMBIC_EFFICIENCY("mean_coulombic_efficiency_pct", "Mean CE (%)", "%.2f", "meanCoulombicEfficiency"),
    ONSET_POTENTIAL("onset_potential_V", "Onset (V)", "%.3f", "onsetPotential"),
    TIME_TO_SHORT("time_to_short_h", "Time to short (h)", "%.1f", "timeToShort"),
    IONIC_CONDUCTIVITY("ionic_conductivity_S_cm", "Conductivity (S/cm)", "%.2e", "ionicConductivity"),
    INTERFACIAL_RESISTANCE("interfacial_resistance_ohm_cm2", "Interfacial R (ohm cm\u00b2)", "%.1f", "interfacialResistance"),
    CEI_THICKNESS("cei_thickness_nm", "CEI (nm)", "%.3g", "ceiThickness"),
    SEI_THICKNESS("sei_thickness_nm", "SEI (nm)", "%.3g", "seiThickness"),
    CONTACT_AREA("contact_area_pct", "Contact (%)", "%.1f", "contactArea"),
    FINAL_RESISTANCE("final_resistance_ohm_cm2", "Final resistance (ohm cm\u00b2)", "%.1f", "finalResistance"),
    LITHIUM_REMAINING("lithium_remaining_mAh_cm2", "Lithium left (mAh/cm\u00b2)", "%.3f", "lithiumRemaining");

    /** The object of gas amounts in summary.json's metrics ({@code gas_umol_cm2.H2}, ...). */
    public static final String GAS = "gas_umol_cm2";

    /**
     * The species of {@link #GAS}, in the order of summary.json (the engine's tracked gases: H2, CH4 and
     * CO from acid crosstalk, O2 from the cathode's surface reconstruction, CO2 of no mechanism yet).
     */
    public static final List<String> GASES = List.of("H2", "CH4", "CO", "CO2", "O2");

    /** The amount of a species of {@link #GASES}, umol/cm2, or null (the model's attribute is the name in lower case). */
    public static Double gas(GasAmounts g, String species) {
        return g == null ? null : (Double) g.eGet(gasAttribute(species));
    }

    /** Sets the amount of a species of {@link #GASES}, umol/cm2 (null: not reported). */
    public static void setGas(GasAmounts g, String species, Double umolPerCm2) {
        g.eSet(gasAttribute(species), umolPerCm2);
    }

    private static EAttribute gasAttribute(String species) {
        return (EAttribute) ResultsPackage.eINSTANCE.getGasAmounts().getEStructuralFeature(species.toLowerCase(Locale.ROOT));
    }

    /** The metric columns of sweep.csv, after {@code cell,status}, in order. */
    public static final List<Metric> SWEEP = List.of(CYCLES_COMPLETED, CAPACITY_RETENTION, CYCLES_TO_80PCT,
            MEAN_COULOMBIC_EFFICIENCY, FINAL_RESISTANCE, ONSET_POTENTIAL, TIME_TO_SHORT, IONIC_CONDUCTIVITY);

    /**
     * The metrics a sweep's plot shows, in order of preference: the first any point has a value for
     * ({@code sweep.png} and the result editor's sweep page alike).
     */
    public static final List<Metric> SWEEP_PLOT = List.of(CAPACITY_RETENTION, ONSET_POTENTIAL, TIME_TO_SHORT,
            IONIC_CONDUCTIVITY, FINAL_RESISTANCE);

    /** The columns of the result editor's table of cells, in order. */
    public static final List<Metric> TABLE = List.of(CYCLES_COMPLETED, CAPACITY_RETENTION, CYCLES_TO_80PCT,
            MEAN_COULOMBIC_EFFICIENCY, INITIAL_DISCHARGE_CAPACITY, FINAL_RESISTANCE, CEI_THICKNESS, SEI_THICKNESS,
            CONTACT_AREA, ONSET_POTENTIAL, TIME_TO_SHORT, IONIC_CONDUCTIVITY, INTERFACIAL_RESISTANCE);

    private final String field;
    private final String heading;
    private final String format;
    /** The attribute of the result model's {@link Metrics} that holds it. */
    private final EAttribute attribute;

    Metric(String field, String heading, String format, String attribute) {
        this.field = field;
        this.heading = heading;
        this.format = format;
        this.attribute = (EAttribute) ResultsPackage.eINSTANCE.getMetrics().getEStructuralFeature(attribute);
    }

    /** The field of summary.json's metrics and the column of sweep.csv, with its unit. */
    public String field() {
        return field;
    }

    /** The heading of a table column. */
    public String heading() {
        return heading;
    }

    /** The format of a table cell ({@code Locale.ROOT}). */
    public String format() {
        return format;
    }

    /** A count (written as a whole number), not a measured value. */
    public boolean isInteger() {
        return attribute.getEType().getInstanceClass() == Integer.class;
    }

    /** The value in a result's metrics, or null when it does not apply. */
    public Number of(Metrics m) {
        return m == null ? null : (Number) m.eGet(attribute);
    }

    /** Sets the value in a result's metrics (null: does not apply). */
    public void set(Metrics m, Number v) {
        m.eSet(attribute, v == null ? null : isInteger() ? (Object) v.intValue() : (Object) v.doubleValue());
    }
}
