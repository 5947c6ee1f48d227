package org.interphase.solver.run;

import java.util.ArrayList;
import java.util.List;

import org.interphase.model.Cell;
import org.interphase.model.ImpedanceStep;
import org.interphase.model.SweepStep;
import org.interphase.model.results.ImpedancePoint;
import org.interphase.model.results.Metrics;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.SweepPoint;
import org.interphase.solver.impedance.CellCircuit;
import org.interphase.solver.impedance.Element;
import org.interphase.solver.impedance.Spectrum;

/**
 * Linear sweeps and impedance spectra taken during a run, and the metrics read from the first of
 * each: the oxidation onset (side current reaching the threshold) and the ionic conductivity and
 * interfacial resistance.
 */
final class Measurements {

    /** Capacitance of interphase films per area: 1 uF/cm2 (domain brief: ~0.1-1 uF/cm2). */
    private static final double FILM_CAPACITANCE = 0.01;

    private final Cell cell;
    private final List<ActiveMechanism> mechanisms;
    private final double onsetThreshold;
    private final List<SweepPoint> sweep = new ArrayList<>();
    private final List<ImpedancePoint> impedance = new ArrayList<>();
    /** The cell's circuit, built at the first spectrum. */
    private CellCircuit.Parts circuit;
    private final double[] gas = new double[EffectSum.GASES.size()];
    private double onset = Double.NaN;
    private Spectrum firstSpectrum;
    private double thickness = Double.NaN;

    /** @param onsetThreshold side current density that marks the onset, A/m2 */
    Measurements(Cell cell, List<ActiveMechanism> mechanisms, double onsetThreshold) {
        this.cell = cell;
        this.mechanisms = mechanisms;
        this.onsetThreshold = onsetThreshold;
    }

    void sweep(SweepStep step, double temperature) {
        LinearSweep lsv = new LinearSweep(cell, mechanisms, temperature);
        List<LinearSweep.Point> points = lsv.run(step.getFrom().getSi(), step.getTo().getSi(), step.getRate().getSi());
        for (LinearSweep.Point p : points) {
            SweepPoint point = ResultsFactory.eINSTANCE.createSweepPoint();
            point.setPotential(p.potential());
            point.setCurrent(p.current() * 100); // A/m2 -> uA/cm2
            sweep.add(point);
        }
        for (int i = 0; i < gas.length; i++) {
            gas[i] += lsv.gas(i);
        }
        if (Double.isNaN(onset)) {
            onset = LinearSweep.onset(points, onsetThreshold);
        }
    }

    /** A spectrum of the fresh cell's circuit plus films of a total resistance (ohm m2) in series. */
    void impedance(ImpedanceStep step, double temperature, double films, int cycle) {
        impedance(step, temperature, films, cycle, 1);
    }

    /**
     * A spectrum of the cell's circuit as aged: the cathode keeps a fraction of its contact (R_ct / contact,
     * double layer x contact, as the cycling runs' charge transfer sees it), plus films of a total
     * resistance (ohm m2) in series.
     */
    void impedance(ImpedanceStep step, double temperature, double films, int cycle, double cathodeContact) {
        impedance(step, temperature, films, cycle, cathodeContact, Double.NaN);
    }

    /**
     * The same with the electrolyte's bulk resistance as the run has it (ohm m2: its polymer crystallised
     * as far as it has got by now); NaN takes the fresh film's.
     */
    void impedance(ImpedanceStep step, double temperature, double films, int cycle, double cathodeContact,
            double bulk) {
        if (circuit == null) {
            circuit = CellCircuit.prepare(cell);
        }
        List<Element> elements = new ArrayList<>(CellCircuit.of(circuit, temperature, cathodeContact, bulk));
        if (films > 0) {
            elements.add(new Element("films", films, FILM_CAPACITANCE));
        }
        Spectrum spectrum = Spectrum.of(elements, step.getFrom().getSi(), step.getTo().getSi(), step.getPointsPerDecade());
        if (firstSpectrum == null) {
            firstSpectrum = spectrum;
            thickness = cell.getElectrolyte().getThickness().getSi();
        }
        for (var p : spectrum.points()) {
            ImpedancePoint point = ResultsFactory.eINSTANCE.createImpedancePoint();
            point.setCycle(cycle);
            point.setFrequency(p.frequency());
            point.setReal(Display.ohmCm2(p.real()));
            point.setImaginary(Display.ohmCm2(p.imaginary()));
            impedance.add(point);
        }
    }

    /** Gas evolved during sweeps, mol/m2, per species of {@link EffectSum#GASES}. */
    double gas(int species) {
        return gas[species];
    }

    void fill(RunResult result, Metrics m) {
        result.getSweep().addAll(sweep);
        result.getImpedance().addAll(impedance);
        if (!Double.isNaN(onset)) {
            m.setOnsetPotential(onset);
        }
        if (firstSpectrum != null) {
            double bulk = firstSpectrum.bulkResistance();
            m.setIonicConductivity(Display.siemensPerCm(thickness / bulk));
            m.setInterfacialResistance(Display.ohmCm2(firstSpectrum.interfacialResistance()));
        }
    }
}
