package org.interphase.solver.run;

import java.util.ArrayList;
import java.util.List;

import org.interphase.model.results.CycleRecord;
import org.interphase.model.results.Metrics;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;

/**
 * Collects what a run produces: a row per cycle (capacities, efficiency, retention, resistance,
 * side charge, film thicknesses, contact), the state at the end of every step, impedance spectra,
 * and from them the summary metrics, in the units of the result files.
 */
final class Recorder {

    private final Simulation simulation;
    private final List<CycleRecord> cycles = new ArrayList<>();
    private final List<org.interphase.model.results.TracePoint> trace = new ArrayList<>();
    private final List<CycleRecord> simulated = new ArrayList<>();
    private int cycle;
    private boolean open;
    private double chargeIn;
    private double chargeOut;
    private double sideAtStart;
    private double firstDischarge = Double.NaN;
    private Simulation.Step last;
    private final Measurements measurements;

    Recorder(Simulation simulation, Measurements measurements) {
        this.simulation = simulation;
        this.measurements = measurements;
    }

    void openCycle() {
        cycle++;
        open = true;
        chargeIn = 0;
        chargeOut = 0;
        sideAtStart = simulation.sideCharge();
    }

    void step(String label, double applied, Simulation.Step step) {
        if (!open && step.charge() != 0) {
            openCycle(); // current steps outside any repeat make one cycle
        }
        last = step;
        if (step.charge() > 0) {
            chargeIn += step.charge();
        } else {
            chargeOut -= step.charge();
        }
        for (double[] p : step.samples()) {
            trace.add(ProtocolRunner.trace(p[0], p[1], p[2], simulation.model().temperature(), cycle, label));
        }
        trace.add(ProtocolRunner.trace(simulation.time(), step.endVoltage(), Double.isNaN(applied) ? 0 : applied,
                simulation.model().temperature(), cycle, label));
    }

    Simulation.Step lastStep() {
        return last;
    }

    /** Closes the current cycle's row; returns its number. */
    int closeCycle() {
        CycleRecord r = ResultsFactory.eINSTANCE.createCycleRecord();
        r.setCycle(cycle);
        r.setChargeCapacity(Display.mAhPerCm2(chargeIn));
        r.setDischargeCapacity(Display.mAhPerCm2(chargeOut));
        if (Double.isNaN(firstDischarge) && chargeOut > 0) {
            firstDischarge = chargeOut;
        }
        // no retention before the first discharge (empty in cycles.csv), not 100 % of nothing (issue 14)
        r.setCapacityRetention(Double.isNaN(firstDischarge) ? Double.NaN : 100 * chargeOut / firstDischarge);
        r.setCoulombicEfficiency(chargeIn > 0 ? 100 * chargeOut / chargeIn : 0);
        r.setResistance(Display.ohmCm2(simulation.seriesResistance()));
        r.setSideCharge(Display.mAhPerCm2(simulation.sideCharge() - sideAtStart));
        r.setCeiThickness(simulation.stateSum("cei_thickness") * 1e9);
        r.setSeiThickness(simulation.stateSum("sei_thickness") * 1e9);
        r.setContactArea(100 * simulation.contactFraction());
        interpolateJumped(r);
        cycles.add(r);
        simulated.add(r);
        open = false;
        return cycle;
    }

    /**
     * Rows for cycles the multi-rate scheme jumped over: each row continues the last simulated one at
     * the per-cycle change between the last two simulated rows (jumped rows never feed the rate).
     */
    void extrapolate(int jump) {
        CycleRecord last = simulated.get(simulated.size() - 1);
        CycleRecord before = simulated.size() > 1 ? simulated.get(simulated.size() - 2) : last;
        double gap = Math.max(1, last.getCycle() - before.getCycle());
        for (int j = cycle + 1; j <= cycle + jump; j++) {
            double f = (j - last.getCycle()) / gap; // per-cycle slope times cycles past the last simulated row
            CycleRecord r = ResultsFactory.eINSTANCE.createCycleRecord();
            r.setCycle(j);
            r.setChargeCapacity(ahead(last.getChargeCapacity(), before.getChargeCapacity(), f));
            r.setDischargeCapacity(ahead(last.getDischargeCapacity(), before.getDischargeCapacity(), f));
            r.setCapacityRetention(ahead(last.getCapacityRetention(), before.getCapacityRetention(), f));
            r.setCoulombicEfficiency(last.getCoulombicEfficiency());
            r.setResistance(ahead(last.getResistance(), before.getResistance(), f));
            r.setSideCharge(last.getSideCharge());
            r.setCeiThickness(ahead(last.getCeiThickness(), before.getCeiThickness(), f));
            r.setSeiThickness(ahead(last.getSeiThickness(), before.getSeiThickness(), f));
            r.setContactArea(ahead(last.getContactArea(), before.getContactArea(), f));
            cycles.add(r);
        }
        cycle += jump;
    }

    /**
     * Once the cycle after a jump is simulated, the rows of the jumped cycles lie between two simulated
     * rows: they are redrawn on the straight line between them (interpolated rather than extrapolated
     * from the cycle before the jump, whose one-cycle change is a noisy slope to carry over 49 cycles).
     * Efficiency and side charge stay those of the cycle before the jump.
     */
    private void interpolateJumped(CycleRecord next) {
        if (simulated.isEmpty()) {
            return;
        }
        CycleRecord last = simulated.get(simulated.size() - 1);
        int from = cycles.indexOf(last);
        double span = next.getCycle() - last.getCycle();
        for (int k = from + 1; k < cycles.size(); k++) {
            CycleRecord r = cycles.get(k);
            double f = (r.getCycle() - last.getCycle()) / span;
            r.setChargeCapacity(between(last.getChargeCapacity(), next.getChargeCapacity(), f));
            r.setDischargeCapacity(between(last.getDischargeCapacity(), next.getDischargeCapacity(), f));
            r.setCapacityRetention(between(last.getCapacityRetention(), next.getCapacityRetention(), f));
            r.setResistance(between(last.getResistance(), next.getResistance(), f));
            r.setCeiThickness(between(last.getCeiThickness(), next.getCeiThickness(), f));
            r.setSeiThickness(between(last.getSeiThickness(), next.getSeiThickness(), f));
            r.setContactArea(between(last.getContactArea(), next.getContactArea(), f));
        }
    }

    private static double between(double a, double b, double f) {
        return a + f * (b - a);
    }

    /**
     * The longest jump over which the recorded capacities, extrapolated from the last two simulated
     * rows, change by at most {@link #CAPACITY_STEP} of their value. The slow states bound the jump
     * too ({@link MultiRate}), but a capacity can fall faster than any one state moves (a charge
     * that starts hitting its cut-off), and its straight line would otherwise run below zero
     * (wu2024-pdol-lco-200 recorded a charge of -0.005 mAh/cm2 in cycle 23).
     */
    int capacityJumpLimit() {
        if (simulated.size() < 2) {
            return Integer.MAX_VALUE;
        }
        CycleRecord last = simulated.get(simulated.size() - 1);
        CycleRecord before = simulated.get(simulated.size() - 2);
        double gap = Math.max(1, last.getCycle() - before.getCycle());
        int jump = Math.min(limit(last.getChargeCapacity(), before.getChargeCapacity(), gap),
                limit(last.getDischargeCapacity(), before.getDischargeCapacity(), gap));
        if (simulated.size() >= 3) {
            CycleRecord first = simulated.get(simulated.size() - 3);
            double earlier = Math.max(1, before.getCycle() - first.getCycle());
            jump = Math.min(jump, Math.min(
                    bendLimit(last.getChargeCapacity(), before.getChargeCapacity(), first.getChargeCapacity(), gap, earlier),
                    bendLimit(last.getDischargeCapacity(), before.getDischargeCapacity(), first.getDischargeCapacity(), gap,
                            earlier)));
        }
        return jump;
    }

    /**
     * A capacity's bend (the change of its per-cycle change, from the last three simulated rows) may move
     * it by at most this fraction of its value over a jump, a J^2 / 2: a capacity that starts to collapse
     * (wu2024-pdol-lco-200 loses 13 points between cycles 17 and 18) shows it in its bend before any
     * one state does; with the states' rule alone the scheme jumped into the collapse and missed it by
     * 4 points (3.4 with the former 2 % rule).
     */
    static final double CAPACITY_BEND = 0.003;

    private static int bendLimit(double last, double before, double first, double gap, double earlier) {
        double bend = Math.abs((last - before) / gap - (before - first) / earlier) / ((gap + earlier) / 2);
        if (bend == 0) {
            return Integer.MAX_VALUE;
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.floor(Math.sqrt(2 * CAPACITY_BEND * Math.abs(last) / bend)));
    }

    /** Capacities may move this fraction of their value over one jump (5x a slow state's step). */
    static final double CAPACITY_STEP = 0.1;

    private static int limit(double last, double before, double gap) {
        double perCycle = Math.abs(last - before) / gap;
        if (perCycle == 0) {
            return Integer.MAX_VALUE;
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.floor(CAPACITY_STEP * Math.abs(last) / perCycle));
    }

    private static double ahead(double last, double before, double factor) {
        return last + factor * (last - before);
    }

    void closeCycleIfOpen() {
        if (open) {
            closeCycle();
        }
    }

    /** Cycles closed so far. */
    int cycle() {
        return cycle;
    }

    /** True when the last closed cycle passed no charge at all. */
    boolean lastCycleEmpty() {
        return !cycles.isEmpty() && cycles.get(cycles.size() - 1).getChargeCapacity() == 0
                && cycles.get(cycles.size() - 1).getDischargeCapacity() == 0;
    }

    /** True when the last closed cycle charged but its discharge steps, if it had any, delivered nothing. */
    boolean lastCycleDischargedNothing() {
        return !cycles.isEmpty() && cycles.get(cycles.size() - 1).getChargeCapacity() > 0
                && cycles.get(cycles.size() - 1).getDischargeCapacity() == 0 && !Double.isNaN(lastVoltageOf("discharge"));
    }

    /**
     * The share of the nominal capacity below which the first cycle's discharge is too small to be the
     * reference of the retention: the cell cannot deliver its current, and a retention against a few
     * per mille of its capacity compares numerical noise (a 6C cell through a transport-limited film
     * delivered 0.8 % in cycle 1 and so "kept" 1106 % after 200 cycles).
     */
    static final double LEAST_FIRST_DISCHARGE = 0.01;

    /** The first cycle's discharge when it delivered less than {@link #LEAST_FIRST_DISCHARGE}, mAh/cm2; else NaN. */
    double firstDischargeTooSmall() {
        if (cycles.size() != 1 || Double.isNaN(lastVoltageOf("discharge"))) {
            return Double.NaN;
        }
        double delivered = cycles.get(0).getDischargeCapacity();
        return delivered < LEAST_FIRST_DISCHARGE * nominalCapacity() ? delivered : Double.NaN;
    }

    /** The capacity the cathode's loading names, mAh/cm2. */
    double nominalCapacity() {
        return Display.mAhPerCm2(simulation.model().cathode().nominalCapacity());
    }

    /** The voltage at the end of the last step of a kind in the trace (NaN if none). */
    double lastVoltageOf(String step) {
        for (int i = trace.size() - 1; i >= 0; i--) {
            if (step.equals(trace.get(i).getStep())) {
                return trace.get(i).getVoltage();
            }
        }
        return Double.NaN;
    }

    /** The discharge of the last closed cycle, mAh/cm2 (0 before any). */
    double lastDischarge() {
        return cycles.isEmpty() ? 0 : cycles.get(cycles.size() - 1).getDischargeCapacity();
    }

    /** Retention of the last closed cycle as a fraction (1 before any discharge). */
    double lastRetention() {
        double last = cycles.isEmpty() ? Double.NaN : cycles.get(cycles.size() - 1).getCapacityRetention();
        return Double.isNaN(last) ? 1 : last / 100;
    }

    Measurements measurements() {
        return measurements;
    }

    void fill(RunResult result) {
        result.getCycles().addAll(cycles);
        result.getTrace().addAll(trace);
        Metrics m = ResultsFactory.eINSTANCE.createMetrics();
        m.setCyclesCompleted(cycles.size());
        if (!Double.isNaN(firstDischarge)) {
            CycleRecord lastCycle = cycles.get(cycles.size() - 1);
            m.setInitialDischargeCapacity(Display.mAhPerCm2(firstDischarge));
            m.setFinalDischargeCapacity(lastCycle.getDischargeCapacity());
            m.setCapacityRetention(lastCycle.getCapacityRetention());
            cycles.stream().filter(c -> c.getCapacityRetention() < 80).findFirst()
                    .ifPresent(c -> m.setCyclesTo80pct(c.getCycle()));
            m.setMeanCoulombicEfficiency(cycles.stream().filter(c -> c.getChargeCapacity() > 0)
                    .mapToDouble(CycleRecord::getCoulombicEfficiency).average().orElse(Double.NaN));
        }
        m.setFinalResistance(Display.ohmCm2(simulation.seriesResistance()));
        m.setContactArea(100 * simulation.contactFraction());
        m.setCeiThickness(simulation.stateSum("cei_thickness") * 1e9);
        m.setSeiThickness(simulation.stateSum("sei_thickness") * 1e9);
        double lithium = AnodeInventory.remaining(simulation.model().anodeLithium(), simulation.state());
        m.setLithiumRemaining(Double.isFinite(lithium) ? Display.mAhPerCm2(Math.max(0, lithium)) : null);
        measurements.fill(result, m);
        if (result.getStatus() == RunStatus.SHORT_CIRCUIT) {
            m.setTimeToShort(simulation.time() / 3600);
        }
        m.setGas(EffectSum.amounts(i -> simulation.gas(i) + measurements.gas(i)));
        result.setMetrics(m);
    }
}
