package org.interphase.validation;

import java.util.function.BiFunction;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.interphase.model.Cell;
import org.interphase.model.Protocol;
import org.interphase.model.Step;
import org.interphase.model.Quantity;
import org.interphase.model.ReportItem;
import org.interphase.model.Study;
import org.interphase.model.SweepStep;
import org.interphase.model.results.GasAmounts;
import org.interphase.model.results.Metrics;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.model.units.PhysicalConstants;
import org.interphase.model.units.Units;
import org.interphase.results.Metric;

/**
 * The gas-evolution onset of a linear sweep, read from what the engine outputs. The engine integrates
 * each gas over a run ({@code gas_umol_cm2} of summary.json) but records no gas against potential, so
 * the sweep is run again stopped at a ladder of end potentials, {@link #STEP} apart: the difference of
 * the total gas between two ends, over the time the sweep takes between them, is the mean gas rate of
 * that interval (the total of every gas the engine tracks, {@link #total}). The onset is where that rate
 * first reaches the rate that carries the study's onset current ({@code report onset potential at X}, else
 * 10 uA/cm2) as H2 (2 electrons per H2: j / 2F), interpolated between interval midpoints, as a DEMS trace
 * read at a detection limit.
 */
public final class GasOnset {

    /** Spacing of the ladder of end potentials, V. */
    public static final double STEP = 0.02;

    /** The domain brief's onset current when a study names none, A/cm2 (10 uA/cm2). */
    static final double DEFAULT_ONSET_CURRENT = 10e-6;

    /**
     * The outcome.
     *
     * @param onset   the gas onset, V, or NaN when the rate never reached the threshold
     * @param end     the sweep's end potential, V (no gas up to here when the onset is NaN)
     * @param runs    the sweeps run
     * @param failure why the onset could not be read (a failed run, no sweep), else null
     */
    public record Result(double onset, double end, int runs, String failure) {
    }

    private GasOnset() {
    }

    /**
     * @param run runs a study (a copy whose sweep ends earlier) for the cell and returns its result
     */
    public static Result of(Study study, Cell cell, BiFunction<Study, Cell, RunResult> run) {
        SweepStep sweep = sweep(study.getProtocol());
        if (sweep == null) {
            return new Result(Double.NaN, Double.NaN, 0, "the study's protocol has no sweep, so no gas onset can be read");
        }
        double from = volts(sweep.getFrom());
        double to = volts(sweep.getTo());
        double rate = Units.parse(sweep.getRate().getUnit()).orElseThrow().toSI(sweep.getRate().getValue()); // V/s
        double threshold = onsetCurrent(study) / (2 * PhysicalConstants.FARADAY) * 1e6; // umol/(cm2 s)
        double previousGas = 0;
        double previousRate = 0;
        double previousMid = from;
        int runs = 0;
        for (int k = 1; from + k * STEP <= to + 1e-9; k++) {
            double end = from + k * STEP;
            RunResult r = run.apply(truncated(study, end), cell);
            runs++;
            if (r == null || r.getStatus() == RunStatus.FAILED) {
                return new Result(Double.NaN, to, runs, "the sweep to " + Published.Format.number(end) + " V failed"
                        + (r == null || r.getStopReason() == null ? "" : ": " + r.getStopReason()));
            }
            double gas = total(r.getMetrics());
            double gasRate = (gas - previousGas) / (STEP / rate);
            double mid = end - STEP / 2;
            if (gasRate >= threshold) {
                double onset = k == 1 ? mid
                        : previousMid + (threshold - previousRate) / (gasRate - previousRate) * (mid - previousMid);
                return new Result(onset, to, runs, null);
            }
            previousGas = gas;
            previousRate = gasRate;
            previousMid = mid;
        }
        return new Result(Double.NaN, to, runs, null);
    }

    /**
     * Total evolved gas of a run, umol/cm2: every species the engine tracks ({@link Metric#GASES}: H2, CH4 and
     * CO of the acid, O2 of the cathode's surface reconstruction, CO2), as a mass spectrometer's total ion
     * current counts whatever leaves the cell; a missing species counts 0. The published gas onsets of the
     * set are read on DEMS (nie2020: H2 first, from 4.2 V), where the first gas to cross the detection limit
     * is the onset, whichever it is.
     */
    static double total(Metrics m) {
        GasAmounts g = m == null ? null : m.getGas();
        double sum = 0;
        for (String species : Metric.GASES) {
            sum += nonNull(Metric.gas(g, species));
        }
        return sum;
    }

    private static double nonNull(Double d) {
        return d == null || !Double.isFinite(d) ? 0 : d;
    }

    /** The study's onset current (report onset potential at X), A/cm2. */
    static double onsetCurrent(Study study) {
        for (ReportItem item : study.getReports()) {
            if ("onset potential".equals(item.getName()) && item.getThreshold() != null) {
                Quantity q = item.getThreshold();
                return Units.parse(q.getUnit()).orElseThrow().toSI(q.getValue()) * 1e-4; // A/m2 -> A/cm2
            }
        }
        return DEFAULT_ONSET_CURRENT;
    }

    /** The protocol's first sweep step, or null. */
    static SweepStep sweep(Protocol p) {
        if (p == null) {
            return null;
        }
        for (Step s : p.getSteps()) {
            if (s instanceof SweepStep sw) {
                return sw;
            }
        }
        return null;
    }

    /** A copy of the study whose sweep ends at the given potential; the model itself is not changed. */
    static Study truncated(Study study, double endVolts) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Study s = (Study) copier.copy(study);
        Protocol p = (Protocol) copier.copy(study.getProtocol());
        copier.copyReferences();
        s.setProtocol(p);
        SweepStep sw = sweep(p);
        Quantity to = sw.getTo();
        to.setValue(Units.parse(to.getUnit()).orElseThrow().fromSI(endVolts));
        return s;
    }

    private static double volts(Quantity q) {
        return Units.parse(q.getUnit()).orElseThrow().toSI(q.getValue());
    }
}
