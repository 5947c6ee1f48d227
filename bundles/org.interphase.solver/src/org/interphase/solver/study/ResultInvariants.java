package org.interphase.solver.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.interphase.model.Cell;
import org.interphase.model.CurrentDirection;
import org.interphase.model.CurrentStep;
import org.interphase.model.MaterialRole;
import org.interphase.model.Protocol;
import org.interphase.model.results.CycleRecord;
import org.interphase.model.results.Metrics;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.model.results.TracePoint;
import org.interphase.solver.cell.Cathode;
import org.interphase.model.units.Units;

/**
 * What every result must satisfy before it is written, whatever the physics did (issue 14): a
 * number that no cell can show is an engine failure, not a result. {@link #violation} names the
 * first broken invariant; {@link StudyRunner} then turns the result into a failed one with that
 * reason, so that no impossible number reaches summary.json or cycles.csv.
 * <ul>
 * <li>resistances are not negative and finite;</li>
 * <li>no cycle discharges more than the cathode holds (its theoretical capacity: all lithium
 * extracted);</li>
 * <li>the side charge of a cycle is not negative (side reactions only consume charge);</li>
 * <li>the time to short lies within the run (between 0 and the last recorded time, and short of
 * the engine's cap on an open-ended step);</li>
 * <li>the retention of a cycle, where given, is its discharge over the first discharge, and is only
 * given once there was a discharge;</li>
 * <li>a cycling run that discharges is "completed" only if some cycle delivered a discharge;</li>
 * <li>every number is finite.</li>
 * </ul>
 */
public final class ResultInvariants {

    /** C/m2 in one mAh/cm2 (3.6 C / 1e-4 m2). */
    private static final double COULOMB_PER_M2_PER_MAH_PER_CM2 = 36000;
    /** Relative slack for rounding in the comparisons of capacities. */
    private static final double SLACK = 1e-6;
    /** Absolute slack in mAh/cm2 for sums of step charges that should be zero. */
    private static final double CHARGE_SLACK = 1e-9;
    /**
     * The engine's longest single step when a step has no time limit, h (1e8 s in Simulation): a
     * short found at that time is the cap, not a time the cell reached.
     */
    static final double ENGINE_CAP_HOURS = 1e8 / Units.SECONDS_PER_HOUR;

    private ResultInvariants() {
    }

    /**
     * @return the first broken invariant, as a sentence naming it and the numbers, or empty when the
     *         result is possible. A failed result is not checked (it carries no numbers).
     */
    public static Optional<String> violation(RunResult result, Cell cell, Protocol protocol) {
        if (result.getStatus() == RunStatus.FAILED) {
            return Optional.empty();
        }
        List<String> broken = new ArrayList<>();
        double holds = cathodeHolds(cell);
        double first = Double.NaN;
        boolean anyDischarge = false;
        for (CycleRecord c : result.getCycles()) {
            String at = "cycle " + c.getCycle() + ": ";
            finite(broken, at + "charge", c.getChargeCapacity());
            finite(broken, at + "discharge", c.getDischargeCapacity());
            if (c.getChargeCapacity() < -CHARGE_SLACK || c.getDischargeCapacity() < -CHARGE_SLACK) {
                broken.add(at + "a negative capacity (charge " + n(c.getChargeCapacity()) + ", discharge "
                        + n(c.getDischargeCapacity()) + " mAh/cm2)");
            }
            if (c.getDischargeCapacity() > holds * (1 + SLACK) + CHARGE_SLACK) {
                broken.add(at + "discharge " + n(c.getDischargeCapacity()) + " mAh/cm2 is more than the cathode holds ("
                        + n(holds) + " mAh/cm2 with all its lithium extracted)");
            }
            if (c.getResistance() < 0 || Double.isInfinite(c.getResistance())) {
                broken.add(at + "resistance " + n(c.getResistance()) + " ohm cm2 is not a resistance (>= 0)");
            }
            if (c.getSideCharge() < -CHARGE_SLACK || !Double.isFinite(c.getSideCharge())) {
                broken.add(at + "side charge " + n(c.getSideCharge()) + " mAh/cm2 is negative (side reactions only"
                        + " consume charge)");
            }
            if (Double.isNaN(first) && c.getDischargeCapacity() > 0) {
                first = c.getDischargeCapacity();
            }
            anyDischarge |= c.getDischargeCapacity() > 0;
            double retention = c.getCapacityRetention();
            if (Double.isNaN(first)) {
                if (!Double.isNaN(retention)) {
                    broken.add(at + "retention " + n(retention) + " % before any discharge (retention is a discharge"
                            + " over the first discharge)");
                }
            } else if (!Double.isNaN(retention)) { // a run may leave retention out (Li|Li cells have none)
                double expected = 100 * c.getDischargeCapacity() / first;
                if (!(Math.abs(retention - expected) <= 1e-3 + SLACK * Math.abs(expected))) {
                    broken.add(at + "retention " + n(retention) + " % does not match its discharge "
                            + n(c.getDischargeCapacity()) + " mAh/cm2 over the first " + n(first) + " mAh/cm2 ("
                            + n(expected) + " %)");
                }
            }
        }
        Metrics m = result.getMetrics();
        if (m != null) {
            nonNegative(broken, "interfacial resistance", m.getInterfacialResistance(), "ohm cm2");
            nonNegative(broken, "final resistance", m.getFinalResistance(), "ohm cm2");
            if (m.getTimeToShort() != null) {
                double last = lastTimeHours(result);
                double t = m.getTimeToShort();
                if (!(t >= 0) || t > last * (1 + SLACK) + 1e-9 || t >= ENGINE_CAP_HOURS * (1 - SLACK)) {
                    broken.add("time to short " + n(t) + " h is not within the run (0 to " + n(last)
                            + " h, short of the engine's " + n(ENGINE_CAP_HOURS) + " h cap on an open-ended step)");
                }
            }
            if (m.getCapacityRetention() != null && !Double.isNaN(m.getCapacityRetention()) && !anyDischarge) {
                broken.add("capacity retention " + n(m.getCapacityRetention()) + " % without any discharge");
            }
        }
        if (result.getStatus() == RunStatus.COMPLETED && !result.getCycles().isEmpty() && discharges(protocol)
                && !anyDischarge && Double.isFinite(holds)) {
            broken.add("'completed' after " + result.getCycles().size() + " cycles without any discharge");
        }
        return broken.isEmpty() ? Optional.empty() : Optional.of(broken.get(0)
                + (broken.size() > 1 ? " (and " + (broken.size() - 1) + " more)" : ""));
    }

    /** The message of a result that broke an invariant: what the failed cell says. */
    public static String message(String violation) {
        return "the engine produced an impossible result, not written: " + violation;
    }

    /** What the cathode holds with all its lithium extracted, mAh/cm2; infinite when it is no store of lithium. */
    static double cathodeHolds(Cell cell) {
        if (cell.getCathode() == null || cell.getCathode().getMaterial() == null
                || !cell.getCathode().getMaterial().getRoles().contains(MaterialRole.CATHODE)) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            return Cathode.of(cell.getCathode()).theoreticalCapacity() / COULOMB_PER_M2_PER_MAH_PER_CM2;
        } catch (RuntimeException e) {
            return Double.POSITIVE_INFINITY; // the run itself reports a cathode it cannot model
        }
    }

    private static boolean discharges(Protocol protocol) {
        if (protocol == null) {
            return false;
        }
        var all = protocol.eAllContents();
        while (all.hasNext()) {
            if (all.next() instanceof CurrentStep s && s.getDirection() == CurrentDirection.DISCHARGE) {
                return true;
            }
        }
        return false;
    }

    private static double lastTimeHours(RunResult result) {
        double last = 0;
        for (TracePoint p : result.getTrace()) {
            last = Math.max(last, p.getTime());
        }
        return last / Units.SECONDS_PER_HOUR;
    }

    private static void finite(List<String> broken, String what, double value) {
        if (!Double.isFinite(value)) {
            broken.add(what + " is " + value);
        }
    }

    private static void nonNegative(List<String> broken, String what, Double value, String unit) {
        if (value != null && !Double.isNaN(value) && (value < 0 || Double.isInfinite(value))) {
            broken.add(what + " " + n(value) + " " + unit + " is not a resistance (>= 0)");
        }
    }

    private static String n(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : Double.toString(v);
    }
}
