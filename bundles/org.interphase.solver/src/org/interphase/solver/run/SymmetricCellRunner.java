package org.interphase.solver.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.hipparchus.util.FastMath;
import org.interphase.model.Cell;
import org.interphase.model.CurrentDirection;
import org.interphase.model.CurrentStep;
import org.interphase.model.ImpedanceStep;
import org.interphase.model.Protocol;
import org.interphase.model.Quantity;
import org.interphase.model.RestStep;
import org.interphase.model.Step;
import org.interphase.model.StopCondition;
import org.interphase.model.StopKind;
import org.interphase.model.TemperatureStep;
import org.interphase.model.results.CycleRecord;
import org.interphase.model.results.Metrics;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.model.results.TracePoint;
import org.interphase.model.units.Dimension;
import org.interphase.model.units.Units;
import org.interphase.solver.cell.CellModelException;
import org.interphase.solver.cell.LithiumAnode;
import org.interphase.solver.api.Physics;
import org.interphase.solver.cell.PolymerElectrolyte;

/**
 * Runs a protocol on a symmetric Li|SPE|Li cell: plating and stripping at a current density for a
 * time, rests, temperatures, impedance spectra, repeats (a number of times or until a time) and stop
 * conditions. The output is the overpotential versus time (trace), a row per repetition and, when a
 * mechanism grows a lithium filament across the electrolyte, the time to short circuit.
 * <p>
 * "plate" moves lithium from the electrode in the cathode's place (the working electrode) onto the
 * one in the anode's place; "strip" moves it back. The cell voltage is
 * V = J (R_bulk + R_films + R_interlayers) + eta_ct,working + eta_ct,counter + eta_conc, with
 * eta_ct = (2RT/F) asinh(J / (2 i0 a)) at each lithium surface, a the fraction of it the polymer touches
 * (a scaffold takes the rest), and the concentration polarisation of the polymer. Mechanisms that act
 * on lithium run on both electrodes, each seeing its own current: positive while lithium plates on it.
 * The state (mechanism states, applied charge, lithium consumed, gases) is integrated with Hipparchus
 * (Dormand-Prince 5(4)) and a short circuit reported by a mechanism ends the step at the moment it
 * happens.
 */
public final class SymmetricCellRunner implements CellRunner {

    private static final int APPLIED = 0;
    private static final int LITHIUM = 1;
    /** The working electrode's share of the lithium lost, mol/m2 (the counter's is LITHIUM less this). */
    private static final int WORKING_LITHIUM = 2;
    private static final int GAS = 3;
    private static final int FIXED = GAS + EffectSum.GASES.size();

    /** Longest integration step, s: well below the usual half-cycle of an hour. */
    private static final double MAX_STEP = 600;
    /** Relative tolerance on every state; absolute ones per state by unit ({@link Tolerances}). */
    private static final double RELATIVE_TOLERANCE = 1e-8;

    private record Eval(double[] rates, double voltage, double films, String shortCircuit) {
    }

    private final Cell cell;
    private final Protocol protocol;
    private final List<ActiveMechanism> mechanisms;
    private final BooleanSupplier cancelled;
    private final PolymerElectrolyte electrolyte;
    private final LithiumAnode working;
    private final LithiumAnode counter;
    private final double contact;
    private final Measurements measurements;
    private final EffectSum effects = new EffectSum();
    private final SaltCoupling salt;
    /** Every mechanism's evaluation, shared with the cycling runner. */
    private final MechanismPass pass;
    private final LithiumInventory lithium;
    private final List<StopCondition> stops = new ArrayList<>();
    private final List<TracePoint> trace = new ArrayList<>();
    private final List<CycleRecord> cycles = new ArrayList<>();
    private double temperature = ProtocolRunner.DEFAULT_TEMPERATURE;
    private double[] y;
    private double time;
    private int cycle;
    private double plated;
    private double stripped;
    private double lithiumAtStart;
    private boolean open;

    public SymmetricCellRunner(Cell cell, Protocol protocol, List<ActiveMechanism> mechanisms, BooleanSupplier cancelled) {
        if (cell.getElectrolyte() == null || !LithiumAnode.isLithium(cell.getCathode())
                || !LithiumAnode.isLithium(cell.getAnode())) {
            throw new CellModelException("cell " + cell.getName() + " is not a symmetric Li|electrolyte|Li cell");
        }
        this.cell = cell;
        this.protocol = protocol;
        this.mechanisms = List.copyOf(mechanisms);
        this.cancelled = cancelled;
        this.electrolyte = PolymerElectrolyte.of(cell.getElectrolyte());
        this.working = LithiumAnode.of(cell.getCathode());
        this.counter = LithiumAnode.of(cell.getAnode());
        this.contact = LithiumAnode.contactFraction(cell.getElectrolyte());
        this.lithium = new LithiumInventory(cell, APPLIED, LITHIUM, WORKING_LITHIUM);
        this.measurements = new Measurements(cell, mechanisms, StaticCellRunner.DEFAULT_ONSET_THRESHOLD);
        this.salt = new SaltCoupling(electrolyte.transport(), MAX_STEP).draining(this.mechanisms,
                SymmetricCellRunner::offset, electrolyte::drained); // the salt reduced leaves the film
        this.pass = new MechanismPass(this.mechanisms, k -> offset(this.mechanisms.get(k)), salt, effects,
                LITHIUM, GAS).withWorkingLithium(WORKING_LITHIUM);
        int n = FIXED + this.mechanisms.stream().mapToInt(ActiveMechanism::size).sum();
        y = new double[n];
        for (ActiveMechanism m : this.mechanisms) {
            for (int k = 0; k < m.size(); k++) {
                y[m.offset() - Simulation.firstMechanismOffset() + FIXED + k] = m.state().get(k).initial();
            }
        }
        stops.addAll(ProtocolRunner.stopConditions(protocol));
        if (stops.stream().anyMatch(s -> s.getKind() == StopKind.CAPACITY_BELOW)) {
            throw new CellModelException("'stop when capacity below' has no meaning for the symmetric Li|Li cell "
                    + cell.getName() + ": it has no capacity to lose");
        }
    }

    /** Index of a mechanism's first state variable in this runner's state vector. */
    private static int offset(ActiveMechanism m) {
        return m.offset() - Simulation.firstMechanismOffset() + FIXED;
    }

    /** Runs the whole protocol; a cancelled run throws {@link java.util.concurrent.CancellationException}. */
    @Override
    public RunResult run() {
        RunResult result = ResultsFactory.eINSTANCE.createRunResult();
        result.setCell(cell.getName());
        result.setProtocol(protocol.getName());
        temperature = ProtocolRunner.initialTemperature(protocol);
        electrolyte.phase().setTemperature(time, temperature);
        try {
            new ProtocolWalk(new Symmetric(), stops, cancelled).execute(protocol.getSteps(), protocol.getSteps());
            closeCycle();
            result.setStatus(RunStatus.COMPLETED);
        } catch (RunStop stop) {
            closeCycle();
            result.setStatus(stop.status);
            result.setStopReason(stop.getMessage());
        }
        fill(result);
        return result;
    }

    /** The Li|Li cell as the shared protocol walk sees it. */
    private final class Symmetric implements ProtocolWalk.Cell {
        @Override
        public void step(Step step) {
            single(step);
        }

        @Override
        public double time() {
            return time;
        }

        @Override
        public void openCycle(int count) {
            closeCycle(); // the steps before the repeat made a cycle of their own
            SymmetricCellRunner.this.openCycle();
        }

        @Override
        public int closeCycle() {
            SymmetricCellRunner.this.closeCycle();
            return cycle;
        }

        @Override
        public double lastVoltage() {
            return trace.isEmpty() ? 0 : trace.get(trace.size() - 1).getVoltage();
        }

        @Override
        public double retention() {
            return Double.NaN;
        }
    }

    private void openCycle() {
        cycle++;
        open = true;
        plated = 0;
        stripped = 0;
        lithiumAtStart = y[LITHIUM];
    }

    private void closeCycle() {
        if (!open) {
            return;
        }
        CycleRecord r = ResultsFactory.eINSTANCE.createCycleRecord();
        r.setCycle(cycle);
        r.setChargeCapacity(Display.mAhPerCm2(plated));
        r.setDischargeCapacity(Display.mAhPerCm2(stripped));
        r.setCapacityRetention(Double.NaN);
        r.setCoulombicEfficiency(plated > 0 ? 100 * stripped / plated : Double.NaN);
        r.setResistance(Display.ohmCm2(seriesResistance()));
        r.setSideCharge(Display.mAhPerCm2((y[LITHIUM] - lithiumAtStart) * Physics.F));
        r.setCeiThickness(Double.NaN);
        r.setSeiThickness(seiThickness() * 1e9);
        r.setContactArea(100 * contact);
        cycles.add(r);
        open = false;
    }

    private void single(Step step) {
        if (step instanceof TemperatureStep t) {
            temperature = t.getTemperature().getSi();
            electrolyte.phase().setTemperature(time, temperature);
        } else if (step instanceof CurrentStep c) {
            if (c.getDirection() == CurrentDirection.CHARGE || c.getDirection() == CurrentDirection.DISCHARGE) {
                throw new CellModelException("cell " + cell.getName() + " is a symmetric Li|Li cell: it plates and strips"
                        + " lithium; '" + c.getDirection().getLiteral() + "' needs a cathode that stores lithium");
            }
            if (!open) {
                openCycle(); // current steps outside any repeat make one cycle
            }
            double magnitude = current(c.getRate());
            double applied = c.getDirection() == CurrentDirection.PLATE ? magnitude : -magnitude;
            if (c.getDuration() == null && c.getUntil() == null) {
                throw new CellModelException("a " + c.getDirection().getLiteral() + " step of a Li|Li cell needs a duration"
                        + " ('for 1 h') or a voltage limit ('until 1 V'): lithium never runs out");
            }
            double limit = c.getUntil() == null ? Double.NaN : Math.abs(c.getUntil().getSi());
            currentStep(c.getDirection().getLiteral(), applied, limit,
                    c.getDuration() == null ? Double.POSITIVE_INFINITY : c.getDuration().getSi());
        } else if (step instanceof RestStep r) {
            currentStep("rest", 0, Double.NaN, r.getDuration().getSi());
        } else if (step instanceof ImpedanceStep i) {
            electrolyte.phase().setClock(time);
            double bulk = electrolyte.resistance(temperature) / salt.conductivityFactor();
            measurements.impedance(i, temperature, seriesResistance() - bulk, cycle, 1, bulk);
        } else {
            throw new CellModelException("a " + step.eClass().getName().replace("Step", "").toLowerCase(Locale.ROOT)
                    + " step cannot run on the symmetric Li|Li cell " + cell.getName()
                    + " (it can plate, strip, rest, set temperatures and measure impedance)");
        }
    }

    /** A constant current (A/m2, + plating onto the counter electrode) for a time or to a voltage magnitude. */
    private void currentStep(String label, double applied, double voltageLimit, double duration) {
        trace.add(ProtocolRunner.trace(time, evaluate(time, y, applied).voltage(), applied, temperature, cycle, label));
        List<StopEvent> events = new ArrayList<>();
        StopEvent cutOff = null;
        if (!Double.isNaN(voltageLimit)) {
            cutOff = new StopEvent(Simulation.End.CUT_OFF,
                    s -> voltageLimit - Math.abs(evaluate(s.getTime(), s.getPrimaryState(), applied).voltage()));
            events.add(cutOff);
        }
        StopEvent shortEvent = new StopEvent(Simulation.End.SHORT_CIRCUIT,
                s -> evaluate(s.getTime(), s.getPrimaryState(), applied).shortCircuit() == null ? 1 : -1);
        events.add(shortEvent);
        StopEvent emptyEvent = lithium.event();
        if (emptyEvent != null) {
            events.add(emptyEvent);
        }
        double startCharge = y[APPLIED];
        double startTime = time;
        OrdinaryDifferentialEquation ode = Derivatives.of(y.length, (t, state) -> evaluate(t, state, applied).rates());
        double[] absolute = new double[y.length];
        double[] relative = new double[y.length];
        absolute[APPLIED] = Tolerances.CHARGE;
        absolute[LITHIUM] = Tolerances.AMOUNT;
        absolute[WORKING_LITHIUM] = Tolerances.AMOUNT;
        java.util.Arrays.fill(absolute, GAS, FIXED, Tolerances.AMOUNT);
        Tolerances.mechanisms(absolute, mechanisms, SymmetricCellRunner::offset);
        java.util.Arrays.fill(relative, RELATIVE_TOLERANCE);
        DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-6, MAX_STEP, absolute, relative);
        events.forEach(integrator::addEventDetector);
        salt.settle(time, temperature, y);
        ODEStateAndDerivative end = salt.integrate(integrator, ode, new ODEState(time, y),
                Double.isInfinite(duration) ? Simulation.LONGEST_STEP : duration, events, s -> applied, temperature);
        y = end.getPrimaryState().clone();
        time = end.getTime();
        double charge = y[APPLIED] - startCharge;
        if (charge > 0) {
            plated += charge;
        } else {
            stripped -= charge;
        }
        Eval last = evaluate(time, y, applied);
        trace.add(ProtocolRunner.trace(time, last.voltage(), applied, temperature, cycle, label));
        if (shortEvent.fired()) {
            throw new RunStop(RunStatus.SHORT_CIRCUIT, last.shortCircuit());
        }
        if (emptyEvent != null && emptyEvent.fired()) {
            throw lithium.emptied(y, time);
        }
        if (cutOff != null && !cutOff.fired() && Double.isInfinite(duration)
                && time - startTime >= Simulation.LONGEST_STEP * (1 - 1e-9)) {
            // a step to a voltage that is never reached ran into the engine's longest step: say so, as full cells do
            throw new RunStop(RunStatus.STOPPED, String.format(Locale.ROOT,
                    "the %s at %.3g mA/cm2 did not reach %.2f V within the engine's longest step, %.3g s (%.1f years):"
                            + " give the step a duration, or a voltage it can reach",
                    label, Display.mAPerCm2(Math.abs(applied)), voltageLimit, Simulation.LONGEST_STEP,
                    Simulation.LONGEST_STEP / (365.25 * 86400)));
        }
    }

    private Eval evaluate(double t, double[] state, double applied) {
        double twoRtF = 2 * Physics.thermalVoltage(temperature);
        double local = applied / contact;
        double etaWorking = twoRtF * FastMath.asinh(local / (2 * working.exchangeCurrent(temperature)));
        double etaCounter = twoRtF * FastMath.asinh(local / (2 * counter.exchangeCurrent(temperature)));
        double[] rates = new double[state.length];
        electrolyte.phase().setClock(t); // the mechanisms' views read the phase at this time
        // the counter electrode (anode's place) plates while the current is positive, the working one strips
        pass.evaluate(t, temperature, state, new MechanismPass.Surfaces(etaWorking, -etaCounter, -applied, applied,
                applied, 0, 1), rates);
        rates[APPLIED] = applied;
        double films = effects.filmResistance + working.interlayerResistance() + counter.interlayerResistance();
        electrolyte.phase().setClock(t);
        double bulk = electrolyte.resistance(temperature, effects.fillerResistance) / salt.conductivityFactor();
        double voltage = applied * (bulk + films) + etaWorking + etaCounter + salt.overpotential(t);
        return new Eval(rates, voltage, films, effects.shortCircuit);
    }

    private double seriesResistance() {
        Eval now = evaluate(time, y, 0);
        return electrolyte.resistance(temperature, effects.fillerResistance) / salt.conductivityFactor() + now.films();
    }

    /** Mean thickness of the SEI on the lithium surfaces, m; NaN when no mechanism grows one. */
    private double seiThickness() {
        double sum = 0;
        int found = 0;
        for (ActiveMechanism m : mechanisms) {
            for (int k = 0; k < m.size(); k++) {
                if (m.state().get(k).name().equals("sei_thickness")) {
                    sum += y[offset(m) + k];
                    found++;
                }
            }
        }
        return found == 0 ? Double.NaN : sum / found;
    }

    /** A current density (A/m2) or a current (over the cell's area) as a current density, magnitude. */
    private double current(Quantity q) {
        Dimension d = Units.dimensionOf(q.getUnit()).orElseThrow();
        if (d.equals(Dimension.C_RATE)) {
            throw new CellModelException("a C-rate has no meaning for the symmetric Li|Li cell " + cell.getName()
                    + ": give a current density such as 0.1 mA/cm2");
        }
        if (d.equals(Dimension.CURRENT)) {
            return q.getSi() / (cell.getArea() == null ? 1e-4 : cell.getArea().getSi());
        }
        return q.getSi();
    }

    private void fill(RunResult result) {
        result.getCycles().addAll(cycles);
        result.getTrace().addAll(trace);
        Metrics m = ResultsFactory.eINSTANCE.createMetrics();
        m.setCyclesCompleted(cycles.size());
        cycles.stream().filter(c -> c.getChargeCapacity() > 0).mapToDouble(CycleRecord::getCoulombicEfficiency)
                .average().ifPresent(m::setMeanCoulombicEfficiency);
        m.setFinalResistance(Display.ohmCm2(seriesResistance()));
        m.setSeiThickness(seiThickness() * 1e9);
        m.setContactArea(100 * contact);
        measurements.fill(result, m);
        if (result.getStatus() == RunStatus.SHORT_CIRCUIT) {
            m.setTimeToShort(time / 3600);
        }
        m.setGas(EffectSum.amounts(i -> y[GAS + i]));
        result.setMetrics(m);
    }
}
