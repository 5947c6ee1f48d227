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
import org.interphase.model.results.GasAmounts;
import org.interphase.model.results.Metrics;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.solver.cell.CellModelException;

/**
 * Runs a protocol on a cell whose working electrode stores no lithium (steel, platinum): what such
 * cells are for, linear sweeps (stability windows) and impedance (conductivity), at the protocol's
 * temperatures. Rests pass; a current step has no meaning here and is reported as such.
 */
public final class StaticCellRunner {

    /** The domain brief's onset threshold, 10 uA/cm2, in A/m2. */
    public static final double DEFAULT_ONSET_THRESHOLD = 0.1;

    private final Cell cell;
    private final Protocol protocol;
    private final Measurements measurements;
    private final BooleanSupplier cancelled;
    private double temperature = ProtocolRunner.DEFAULT_TEMPERATURE;

    public StaticCellRunner(Cell cell, Protocol protocol, List<ActiveMechanism> mechanisms, BooleanSupplier cancelled,
            double onsetThreshold) {
        this.cell = cell;
        this.protocol = protocol;
        this.cancelled = cancelled;
        this.measurements = new Measurements(cell, mechanisms, onsetThreshold);
    }

    public RunResult run() {
        execute(protocol.getSteps());
        RunResult result = ResultsFactory.eINSTANCE.createRunResult();
        result.setCell(cell.getName());
        result.setProtocol(protocol.getName());
        result.setStatus(RunStatus.COMPLETED);
        Metrics m = ResultsFactory.eINSTANCE.createMetrics();
        measurements.fill(result, m);
        GasAmounts gas = ResultsFactory.eINSTANCE.createGasAmounts();
        gas.setH2(Display.umolPerCm2(measurements.gas(EffectSum.GASES.indexOf("H2"))));
        gas.setCh4(Display.umolPerCm2(measurements.gas(EffectSum.GASES.indexOf("CH4"))));
        gas.setCo(Display.umolPerCm2(measurements.gas(EffectSum.GASES.indexOf("CO"))));
        m.setGas(gas);
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
            } else if (step instanceof SweepStep s) {
                measurements.sweep(s, temperature);
            } else if (step instanceof ImpedanceStep i) {
                measurements.impedance(i, temperature, 0, 0);
            } else if (!(step instanceof RestStep)) {
                throw new CellModelException("cell " + cell.getName() + " has a " + cell.getCathode().getMaterial().getName()
                        + " working electrode, which stores no lithium: its protocol can sweep, measure impedance,"
                        + " rest and set temperatures, but not " + step.eClass().getName().replace("Step", "").toLowerCase(
                                java.util.Locale.ROOT));
            }
        }
    }
}
