package org.interphase.data;

import java.util.List;

/**
 * The columns each format names, with the factor that takes their unit to SI (A, Ah). Names are
 * compared without case, blanks and underscores ({@link Table#key}); the first that a file has is used.
 */
final class Columns {

    /** A quantity's possible column names, each with the factor to SI. */
    record Choice(List<String> names, List<Double> factors) {
        static Choice of(Object... nameFactor) {
            java.util.ArrayList<String> names = new java.util.ArrayList<>();
            java.util.ArrayList<Double> factors = new java.util.ArrayList<>();
            for (int i = 0; i < nameFactor.length; i += 2) {
                names.add((String) nameFactor[i]);
                factors.add(((Number) nameFactor[i + 1]).doubleValue());
            }
            return new Choice(List.copyOf(names), List.copyOf(factors));
        }
    }

    /** What a format calls time, voltage, current, cycle, charge and discharge capacity, and step type. */
    record Spec(Choice time, Choice voltage, Choice current, Choice cycle, Choice charge, Choice discharge,
            Choice stepType) {
    }

    private static final Choice NONE = Choice.of();

    /**
     * Battery Data Format: the preferred labels of the Battery Data Alliance's BDF, and their
     * machine-readable names (test_time_second, ...). Capacities count from the start of the test.
     */
    static final Spec BDF = new Spec(
            Choice.of("Test Time / s", 1, "test_time_second", 1),
            Choice.of("Voltage / V", 1, "voltage_volt", 1),
            Choice.of("Current / A", 1, "current_ampere", 1),
            Choice.of("Cycle Count / 1", 1, "cycle_count", 1),
            Choice.of("Charging Capacity / Ah", 1, "charging_capacity_ah", 1, "charging_capacity_ampere_hour", 1),
            Choice.of("Discharging Capacity / Ah", 1, "discharging_capacity_ah", 1, "discharging_capacity_ampere_hour", 1),
            NONE);

    /** BioLogic EC-Lab: time/s, Ewe/V (or Ecell/V), I/mA, cycle number, Q charge/mA.h, Q discharge/mA.h. */
    static final Spec BIOLOGIC = new Spec(
            Choice.of("time/s", 1),
            Choice.of("Ewe/V", 1, "Ecell/V", 1, "<Ewe>/V", 1),
            Choice.of("I/mA", 1e-3, "<I>/mA", 1e-3, "control/mA", 1e-3, "I/A", 1),
            Choice.of("cycle number", 1),
            Choice.of("Q charge/mA.h", 1e-3),
            Choice.of("Q discharge/mA.h", 1e-3),
            NONE);

    /** Arbin MITS Pro: Test_Time(s), Voltage(V), Current(A), Cycle_Index, Charge_/Discharge_Capacity(Ah). */
    static final Spec ARBIN = new Spec(
            Choice.of("Test_Time(s)", 1),
            Choice.of("Voltage(V)", 1),
            Choice.of("Current(A)", 1, "Current(mA)", 1e-3),
            Choice.of("Cycle_Index", 1),
            Choice.of("Charge_Capacity(Ah)", 1, "Charge_Capacity(mAh)", 1e-3),
            Choice.of("Discharge_Capacity(Ah)", 1, "Discharge_Capacity(mAh)", 1e-3),
            NONE);

    /** Neware BTS: Total Time (h:mm:ss or s), Voltage(V), Current(A|mA), Cycle Index, Chg./DChg. Cap., Step Type. */
    static final Spec NEWARE = new Spec(
            Choice.of("Total Time", 1, "Total Time(s)", 1),
            Choice.of("Voltage(V)", 1),
            Choice.of("Current(A)", 1, "Current(mA)", 1e-3),
            Choice.of("Cycle Index", 1, "Cycle ID", 1),
            Choice.of("Chg. Cap.(Ah)", 1, "Chg. Cap.(mAh)", 1e-3),
            Choice.of("DChg. Cap.(Ah)", 1, "DChg. Cap.(mAh)", 1e-3),
            Choice.of("Step Type", 1));

    static Spec of(CyclerFormat format) {
        return switch (format) {
            case BDF -> BDF;
            case BIOLOGIC -> BIOLOGIC;
            case ARBIN -> ARBIN;
            case NEWARE -> NEWARE;
        };
    }

    private Columns() {
    }
}
