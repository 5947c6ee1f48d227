package org.interphase.results.plot;

import java.util.List;
import java.util.Map;

import org.interphase.model.results.CycleRecord;
import org.interphase.model.results.ImpedancePoint;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.SweepPoint;
import org.interphase.results.Metric;
import org.interphase.results.read.CellResult;

/**
 * The columns of one cell's run that charts are drawn from, taken alike from the result model in
 * memory (the PNG writer, right after a run) or from the files of a result folder (the result and
 * comparison editors), so that both draw the same series.
 *
 * @param cell         the cell's name
 * @param cycle        cycle numbers of cycles.csv
 * @param retention    capacity retention per cycle, %
 * @param resistance   series resistance per cycle, ohm cm2
 * @param trace        trace.csv's time, voltage, current, cycle and step
 * @param capacities   charge and discharge capacity per cycle, mAh/cm2
 * @param potential    lsv.csv potential, V vs Li/Li+ (empty without a sweep)
 * @param current      lsv.csv current density, uA/cm2
 * @param spectrum     the cycle after which each impedance point was taken
 * @param zReal        Z', ohm cm2
 * @param zImag        Z'', ohm cm2 (negative for a capacitive arc)
 * @param onset        the oxidation onset potential, V, or NaN
 */
public record CellData(String cell, double[] cycle, double[] retention, double[] resistance, VoltageProfiles.Trace trace,
        Map<Integer, double[]> capacities, double[] potential, double[] current, double[] spectrum, double[] zReal,
        double[] zImag, double onset) {

    private static final double[] NONE = new double[0];

    /** From the result model (as the run wrote it). */
    public static CellData of(RunResult r) {
        List<CycleRecord> c = r.getCycles();
        double[] cycle = c.stream().mapToDouble(CycleRecord::getCycle).toArray();
        double[] retention = c.stream().mapToDouble(CycleRecord::getCapacityRetention).toArray();
        double[] resistance = c.stream().mapToDouble(CycleRecord::getResistance).toArray();
        List<SweepPoint> s = r.getSweep();
        List<ImpedancePoint> z = r.getImpedance();
        Double onset = r.getMetrics() == null ? null : r.getMetrics().getOnsetPotential();
        return new CellData(r.getCell(), cycle, retention, resistance, VoltageProfiles.trace(r), VoltageProfiles.capacities(r),
                s.stream().mapToDouble(SweepPoint::getPotential).toArray(), s.stream().mapToDouble(SweepPoint::getCurrent).toArray(),
                z.stream().mapToDouble(ImpedancePoint::getCycle).toArray(), z.stream().mapToDouble(ImpedancePoint::getReal).toArray(),
                z.stream().mapToDouble(ImpedancePoint::getImaginary).toArray(), onset == null ? Double.NaN : onset);
    }

    /** From a cell's result files. */
    public static CellData of(CellResult r) {
        return new CellData(r.cell(), r.cycles().numbers("cycle"), r.cycles().numbers(Metric.CAPACITY_RETENTION.field()),
                r.cycles().numbers("resistance_ohm_cm2"), VoltageProfiles.trace(r), VoltageProfiles.capacities(r),
                r.lsv() == null ? NONE : r.lsv().numbers("potential_V"), r.lsv() == null ? NONE : r.lsv().numbers("current_uA_cm2"),
                r.impedance() == null ? NONE : r.impedance().numbers("cycle"),
                r.impedance() == null ? NONE : r.impedance().numbers("z_real_ohm_cm2"),
                r.impedance() == null ? NONE : r.impedance().numbers("z_imag_ohm_cm2"), r.metric(Metric.ONSET_POTENTIAL.field()));
    }

    /** The same data under another name (a comparison names each result folder). */
    public CellData named(String name) {
        return new CellData(name, cycle, retention, resistance, trace, capacities, potential, current, spectrum, zReal, zImag, onset);
    }
}
