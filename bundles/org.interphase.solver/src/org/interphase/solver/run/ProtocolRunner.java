package org.interphase.solver.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.interphase.model.Cell;
import org.interphase.model.CurrentDirection;
import org.interphase.model.CurrentStep;
import org.interphase.model.HoldStep;
import org.interphase.model.ImpedanceStep;
import org.interphase.model.Protocol;
import org.interphase.model.Quantity;
import org.interphase.model.RestStep;
import org.interphase.model.Step;
import org.interphase.model.StopCondition;
import org.interphase.model.SweepStep;
import org.interphase.model.TemperatureStep;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.model.results.TracePoint;
import org.interphase.model.units.Dimension;
import org.interphase.model.units.PhysicalConstants;
import org.interphase.model.units.Units;
import org.interphase.solver.cell.CellModel;
import org.interphase.solver.cell.CellModelException;

/**
 * Runs a protocol on a cycling cell: temperature, charge and discharge (at a C-rate, a current
 * density or a current; until a voltage and/or for a time), holds, rests, repeats (a number of
 * times, each repetition one cycle, or until a time), steps every N cycles, impedance spectra and
 * stop conditions. Records one row per cycle, the state at the end of every step, and the spectra.
 */
public final class ProtocolRunner implements CellRunner {

    /** The temperature when a protocol sets none, 25 °C. */
    static final double DEFAULT_TEMPERATURE = PhysicalConstants.ROOM_TEMPERATURE;

    private final Cell cell;
    private final Protocol protocol;
    private final Simulation simulation;
    private final Recorder recorder;
    private final Measurements measurements;
    private final List<StopCondition> stops = new ArrayList<>();
    private final BooleanSupplier cancelled;
    private final MultiRate multiRate;
    private final AnodeInventory lithium;

    /** A runner that simulates every cycle. */
    public ProtocolRunner(Cell cell, Protocol protocol, List<ActiveMechanism> mechanisms, BooleanSupplier cancelled) {
        this(cell, protocol, mechanisms, cancelled, false);
    }

    /**
     * @param multiRate whether long repeats may jump over cycles that repeat the last simulated one
     *                  (see {@link MultiRate})
     */
    public ProtocolRunner(Cell cell, Protocol protocol, List<ActiveMechanism> mechanisms, BooleanSupplier cancelled,
            boolean multiRate) {
        this(cell, protocol, mechanisms, cancelled, multiRate, StaticCellRunner.DEFAULT_ONSET_THRESHOLD);
    }

    /** @param onsetThreshold side current density at which a linear sweep's onset is read, A/m2 */
    public ProtocolRunner(Cell cell, Protocol protocol, List<ActiveMechanism> mechanisms, BooleanSupplier cancelled,
            boolean multiRate, double onsetThreshold) {
        this.cell = cell;
        this.protocol = protocol;
        this.cancelled = cancelled;
        CellModel model = CellModel.of(cell, initialTemperature(protocol));
        this.simulation = new Simulation(model, mechanisms, model.cathode().ocv().minDelithiation());
        this.multiRate = multiRate ? MultiRate.of(simulation.state().length, mechanisms) : null;
        this.lithium = new AnodeInventory(cell.getAnode(), model.anodeLithium(), model.cathode().nominalCapacity());
        simulation.setSampling(true);
        this.measurements = new Measurements(cell, mechanisms, onsetThreshold);
        this.recorder = new Recorder(simulation, measurements);
        stops.addAll(stopConditions(protocol));
    }

    /** The temperature of the protocol's first temperature step, K (25 °C without one). */
    static double initialTemperature(Protocol protocol) {
        for (Step s : protocol.getSteps()) {
            if (s instanceof TemperatureStep t) {
                return t.getTemperature().getSi();
            }
        }
        return DEFAULT_TEMPERATURE;
    }

    /** Every stop condition of a protocol, at any depth. */
    static List<StopCondition> stopConditions(Protocol protocol) {
        List<StopCondition> stops = new ArrayList<>();
        protocol.eAllContents().forEachRemaining(o -> {
            if (o instanceof StopCondition s) {
                stops.add(s);
            }
        });
        return stops;
    }

    /** Runs the whole protocol; a cancelled run throws {@link java.util.concurrent.CancellationException}. */
    @Override
    public RunResult run() {
        RunResult result = ResultsFactory.eINSTANCE.createRunResult();
        result.setCell(cell.getName());
        result.setProtocol(protocol.getName());
        try {
            new ProtocolWalk(new Cycling(), stops, cancelled).execute(protocol.getSteps(), protocol.getSteps());
            recorder.closeCycleIfOpen();
            result.setStatus(RunStatus.COMPLETED);
        } catch (RunStop stop) {
            recorder.closeCycleIfOpen();
            result.setStatus(stop.status);
            result.setStopReason(stop.getMessage());
        }
        recorder.fill(result);
        return result;
    }

    /** The cycling cell as the shared protocol walk sees it. */
    private final class Cycling implements ProtocolWalk.Cell {
        private double[] before;
        private double cycleStart;
        /** Duration of the last simulated cycle, s: each jumped cycle takes as long. */
        private double cycleTime;

        @Override
        public void step(Step step) {
            single(step);
        }

        @Override
        public double time() {
            return simulation.time();
        }

        @Override
        public void openCycle(int count) {
            before = simulation.slowState();
            cycleStart = simulation.time();
            recorder.openCycle();
            simulation.setSampling(profiled(recorder.cycle(), count));
        }

        @Override
        public int closeCycle() {
            simulation.setSampling(true);
            int cycle = recorder.closeCycle();
            if (recorder.lastCycleEmpty()) {
                throw new RunStop(RunStatus.STOPPED, String.format(java.util.Locale.ROOT,
                        "no charge passed in cycle %d: the charge starts at %.3f V, beyond its cut-off, with %s",
                        cycle, recorder.lastVoltageOf("charge"), seriesResistance()));
            }
            if (lithium.ranOut(simulation, cycle) && recorder.lastRetention() < Recorder.LEAST_FIRST_DISCHARGE) {
                throw lithium.usedUp(simulation, cycle, recorder.lastDischarge(), recorder.lastRetention());
            }
            if (recorder.lastCycleDischargedNothing()) {
                // a discharge that ends where it starts: the cell cannot deliver the current (issue 14: never
                // 'completed' without a discharge)
                throw new RunStop(RunStatus.STOPPED, String.format(java.util.Locale.ROOT,
                        "no discharge in cycle %d: the discharge ends at once at %.3f V, at its cut-off, with %s",
                        cycle, recorder.lastVoltageOf("discharge"), seriesResistance()));
            }
            double first = recorder.firstDischargeTooSmall();
            if (!Double.isNaN(first)) {
                throw new RunStop(RunStatus.STOPPED, String.format(java.util.Locale.ROOT,
                        "too little discharge in cycle 1 to measure retention against: %.3g mAh/cm2, %.1f %% of the"
                                + " nominal %.3g mAh/cm2 (the discharge ends at %.3f V, with %s): the cell cannot deliver"
                                + " this current",
                        first, 100 * first / recorder.nominalCapacity(), recorder.nominalCapacity(),
                        recorder.lastVoltageOf("discharge"), seriesResistance()));
            }
            return cycle;
        }

        @Override
        public double lastVoltage() {
            Simulation.Step last = recorder.lastStep();
            return last == null ? Double.NaN : last.endVoltage();
        }

        @Override
        public double retention() {
            return recorder.lastRetention();
        }

        @Override
        public int jump(int remaining, int untilNextEvery) {
            if (multiRate == null) {
                return 0;
            }
            int jump = Math.min(multiRate.jump(before, simulation.slowState(), remaining, untilNextEvery),
                    recorder.capacityJumpLimit());
            // nor into the knee where the anode's lithium runs out, nor at all after it
            jump = Math.min(jump, lithium.jumpLimit(before, simulation.slowState()));
            // the polymer's crystallinity is a slow state too: no jump over more than a small change of it
            jump = simulation.model().electrolyte().phase().jumpLimit(simulation.time(), simulation.time() - cycleStart,
                    jump, MultiRate.ABSOLUTE_STEP);
            multiRate.jumped(jump);
            cycleTime = simulation.time() - cycleStart;
            return jump;
        }

        @Override
        public void advance(int from, int cycles) {
            simulation.advance(multiRate.change(from, cycles), cycleTime * cycles);
            recorder.extrapolate(cycles);
        }

        /** An impedance spectrum only reads the cell: a jumped cycle's extrapolated state can be measured. */
        @Override
        public boolean measures(Step step) {
            return step instanceof ImpedanceStep;
        }
    }

    /**
     * Whether a cycle records its voltage profile (points inside its steps): the first two, every
     * tenth and the last; steps outside repeats always do.
     */
    static boolean profiled(int cycle, int count) {
        return cycle <= 2 || cycle % 10 == 0 || cycle == count;
    }

    /** "a series resistance of R ohm cm2 at T °C", named when a cell cannot pass its current. */
    private String seriesResistance() {
        return String.format(java.util.Locale.ROOT, "a series resistance of %.0f ohm cm2 at %.0f °C",
                simulation.seriesResistance() * 1e4, simulation.model().temperature() - PhysicalConstants.ZERO_CELSIUS);
    }

    private void single(Step step) {
        if (step instanceof TemperatureStep t) {
            simulation.setTemperature(t.getTemperature().getSi());
        } else if (step instanceof CurrentStep c) {
            if (c.getDirection() == CurrentDirection.PLATE || c.getDirection() == CurrentDirection.STRIP) {
                throw new CellModelException("plate and strip steps need a Li|Li cell; " + cell.getName()
                        + " has a " + simulation.model().cathode().material() + " cathode");
            }
            double magnitude = current(c.getRate());
            double applied = c.getDirection() == CurrentDirection.CHARGE ? magnitude : -magnitude;
            recorder.step(c.getDirection().getLiteral(), applied, simulation.constantCurrent(applied,
                    c.getUntil() == null ? Double.NaN : c.getUntil().getSi(), duration(c.getDuration())));
        } else if (step instanceof HoldStep h) {
            recorder.step("hold", Double.NaN, simulation.constantVoltage(h.getVoltage().getSi(),
                    h.getUntil() == null ? Double.NaN : current(h.getUntil()), duration(h.getDuration())));
        } else if (step instanceof RestStep r) {
            recorder.step("rest", 0, simulation.rest(r.getDuration().getSi()));
        } else if (step instanceof ImpedanceStep i) {
            double temperature = simulation.model().temperature();
            simulation.model().electrolyte().phase().setClock(simulation.time());
            double bulk = simulation.model().electrolyte().resistance(temperature);
            measurements.impedance(i, temperature, simulation.seriesResistance() - bulk,
                    recorder.cycle(), Math.min(1, Math.max(1e-9, simulation.contactFraction())), bulk);
        } else if (step instanceof SweepStep sweep) {
            measurements.sweep(sweep, simulation.model().temperature());
        } else {
            throw new CellModelException("a " + step.eClass().getName().replace("Step", "").toLowerCase(java.util.Locale.ROOT)
                    + " step cannot run inside a cycling protocol of cell " + cell.getName());
        }
        Simulation.Step last = recorder.lastStep();
        if (last != null && last.shortCircuit() != null) {
            throw new RunStop(RunStatus.SHORT_CIRCUIT, last.shortCircuit());
        }
        if (last != null && last.end() == Simulation.End.NO_PROGRESS && step instanceof CurrentStep c) {
            throw new RunStop(RunStatus.STOPPED, String.format(java.util.Locale.ROOT,
                    "the charge cannot reach %s: side reactions take the whole current at %.3f V",
                    c.getUntil() == null ? "its end" : String.format(java.util.Locale.ROOT, "%.2f V", c.getUntil().getSi()),
                    last.endVoltage()));
        }
        if (last != null && last.end() == Simulation.End.DURATION && last.duration() >= Simulation.LONGEST_STEP * (1 - 1e-9)
                && (step instanceof CurrentStep c ? c.getDuration() == null : step instanceof HoldStep h && h.getDuration() == null)) {
            // a step without a duration of its own that ran into the engine's longest step: its end was never reached
            throw new RunStop(RunStatus.STOPPED, String.format(java.util.Locale.ROOT,
                    "the %s did not reach its end within the engine's longest step, %.3g s (%.1f years): give the step"
                            + " a duration, or a faster rate",
                    step instanceof CurrentStep c ? c.getDirection().getLiteral() + " at " + String.format(java.util.Locale.ROOT,
                            "%.3g mA/cm2", Display.mAPerCm2(current(c.getRate()))) : "hold",
                    Simulation.LONGEST_STEP, Simulation.LONGEST_STEP / (365.25 * 86400)));
        }
        if (last != null && last.end() == Simulation.End.NO_PROGRESS && step instanceof HoldStep h) {
            throw new RunStop(RunStatus.STOPPED, String.format(java.util.Locale.ROOT,
                    "the hold at %.2f V cannot reach its end current of %.3g mA/cm2: side reactions draw more than"
                            + " that at this voltage and the cathode no longer charges",
                    h.getVoltage().getSi(), Display.mAPerCm2(current(h.getUntil()))));
        }
    }

    /** A C-rate, current density or current as a current density in A/m2 (magnitude). */
    private double current(Quantity q) {
        Dimension d = Units.dimensionOf(q.getUnit()).orElseThrow();
        if (d.equals(Dimension.C_RATE)) {
            return q.getSi() * simulation.model().cathode().nominalCapacity() / 3600;
        }
        if (d.equals(Dimension.CURRENT)) {
            return q.getSi() / (cell.getArea() == null ? 1e-4 : cell.getArea().getSi());
        }
        return q.getSi();
    }

    private static double duration(Quantity q) {
        return q == null ? Double.POSITIVE_INFINITY : q.getSi();
    }

    static TracePoint trace(double time, double voltage, double current, double temperature, int cycle, String step) {
        TracePoint p = ResultsFactory.eINSTANCE.createTracePoint();
        p.setTime(time);
        p.setVoltage(voltage);
        p.setCurrent(Display.mAPerCm2(current));
        p.setTemperature(temperature);
        p.setCycle(cycle);
        p.setStep(step);
        return p;
    }
}
