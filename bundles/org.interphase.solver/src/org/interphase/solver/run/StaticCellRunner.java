package org.interphase.solver.run;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.interphase.model.Cell;
import org.interphase.model.ImpedanceStep;
import org.interphase.model.Protocol;
import org.interphase.model.RestStep;
import org.interphase.model.Step;
import org.interphase.model.SweepStep;
import org.interphase.model.TemperatureStep;
import org.interphase.model.results.Metrics;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.solver.cell.CellModelException;
import org.interphase.solver.cell.PolymerElectrolyte;

/**
 * Runs a protocol on a cell whose working electrode stores no lithium (steel, platinum): what such
 * cells are for, linear sweeps (stability windows) and impedance (conductivity), at the protocol's
 * temperatures. Rests pass time, in which the polymer crystallises or melts ({@link
 * org.interphase.solver.cell.PolymerPhase}: a film made above its melting point and measured at once is
 * amorphous; rested at room temperature it crystallises); a current step has no meaning here and is
 * reported as such.
 */
public final class StaticCellRunner implements CellRunner {

    /** The domain brief's onset threshold, 10 uA/cm2, in A/m2. */
    public static final double DEFAULT_ONSET_THRESHOLD = 0.1;

    private final Cell cell;
    private final Protocol protocol;
    private final Measurements measurements;
    private final BooleanSupplier cancelled;
    private double temperature = ProtocolRunner.DEFAULT_TEMPERATURE;
    /** The cell's electrolyte, whose crystalline state the rests move; null when the cell has none the engine can model. */
    private final PolymerElectrolyte electrolyte;
    private double time;

    public StaticCellRunner(Cell cell, Protocol protocol, List<ActiveMechanism> mechanisms, BooleanSupplier cancelled,
            double onsetThreshold) {
        this.cell = cell;
        this.protocol = protocol;
        this.cancelled = cancelled;
        this.measurements = new Measurements(cell, mechanisms, onsetThreshold);
        PolymerElectrolyte e = null;
        if (cell.getElectrolyte() != null) {
            try {
                e = PolymerElectrolyte.of(cell.getElectrolyte());
            } catch (CellModelException ex) {
                e = null; // the impedance step reports it, as before
            }
        }
        this.electrolyte = e;
    }

    @Override
    public RunResult run() {
        temperature = ProtocolRunner.initialTemperature(protocol);
        if (electrolyte != null) {
            electrolyte.phase().setTemperature(0, temperature);
        }
        execute(protocol.getSteps());
        RunResult result = ResultsFactory.eINSTANCE.createRunResult();
        result.setCell(cell.getName());
        result.setProtocol(protocol.getName());
        result.setStatus(RunStatus.COMPLETED);
        Metrics m = ResultsFactory.eINSTANCE.createMetrics();
        measurements.fill(result, m);
        m.setGas(EffectSum.amounts(measurements::gas));
        result.setMetrics(m);
        return result;
    }

    private void execute(List<Step> steps) {
        for (Step step : steps) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("cancelled");
            }
            if (step instanceof TemperatureStep t) {
                temperature = t.getTemperature().getSi();
                if (electrolyte != null) {
                    electrolyte.phase().setTemperature(time, temperature);
                }
            } else if (step instanceof SweepStep s) {
                measurements.sweep(s, temperature);
                time += Math.abs(s.getTo().getSi() - s.getFrom().getSi()) / Math.abs(s.getRate().getSi());
            } else if (step instanceof ImpedanceStep i) {
                double bulk = Double.NaN;
                if (electrolyte != null) {
                    electrolyte.phase().setClock(time);
                    bulk = electrolyte.resistance(temperature);
                }
                measurements.impedance(i, temperature, 0, 0, 1, bulk);
            } else if (step instanceof RestStep r) {
                time += r.getDuration().getSi();
            } else {
                throw new CellModelException("cell " + cell.getName() + " has a " + cell.getCathode().getMaterial().getName()
                        + " working electrode, which stores no lithium: its protocol can sweep, measure impedance,"
                        + " rest and set temperatures, but not " + step.eClass().getName().replace("Step", "").toLowerCase(
                                java.util.Locale.ROOT));
            }
        }
    }
}
