package org.interphase.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.interphase.model.Cell;
import org.interphase.model.ModelFactory;
import org.interphase.model.Protocol;
import org.interphase.model.Quantity;
import org.interphase.model.ReportItem;
import org.interphase.model.Study;
import org.interphase.model.SweepStep;
import org.interphase.model.results.GasAmounts;
import org.interphase.model.results.Metrics;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.validation.GasOnset;
import org.interphase.validation.Kind;
import org.interphase.validation.Published;
import org.interphase.validation.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The gas onset read from a ladder of truncated sweeps, against a gas source whose onset is known in
 * closed form: H2 evolving with Tafel kinetics, j(E) = j0 exp((E - E0)/b) (as an H2-carrying current,
 * 2 e- per H2), swept at rate s from E_start. The gas evolved up to E is
 * G(E) = (j0 b / (2 F s)) [exp((E - E0)/b) - exp((E_start - E0)/b)], and the gas rate equals the rate
 * that carries the onset current j_th as H2 at E* = E0 + b ln(j_th / j0) (Tafel, as in Bard & Faulkner,
 * Electrochemical Methods, 2nd ed., eq. 3.4.13). The test runs no engine: a stub returns G(end) for
 * each sweep the reader asks for.
 */
class GasOnsetTest {

    private static final ModelFactory M = ModelFactory.eINSTANCE;
    private static final ResultsFactory R = ResultsFactory.eINSTANCE;
    private static final double F = 96485.33212;

    private static Quantity q(double v, String unit) {
        Quantity x = M.createQuantity();
        x.setValue(v);
        x.setUnit(unit);
        return x;
    }

    /** A study sweeping from 3.0 to 5.0 V at the rate (mV/s), onset read at 10 uA/cm2. */
    private static Study study(double rateMvPerS) {
        Protocol p = M.createProtocol();
        p.setName("Lsv");
        SweepStep s = M.createSweepStep();
        s.setFrom(q(3.0, "V"));
        s.setTo(q(5.0, "V"));
        s.setRate(q(rateMvPerS, "mV/s"));
        p.getSteps().add(s);
        Study st = M.createStudy();
        st.setName("Gas");
        st.setProtocol(p);
        ReportItem r = M.createReportItem();
        r.setName("onset potential");
        r.setThreshold(q(10, "uA/cm2"));
        st.getReports().add(r);
        return st;
    }

    private static RunResult result(double h2UmolCm2) {
        RunResult r = R.createRunResult();
        r.setStatus(RunStatus.COMPLETED);
        Metrics m = R.createMetrics();
        GasAmounts g = R.createGasAmounts();
        g.setH2(h2UmolCm2);
        m.setGas(g);
        r.setMetrics(m);
        return r;
    }

    private static double end(Study s) {
        SweepStep sw = (SweepStep) s.getProtocol().getSteps().get(0);
        assertEquals("V", sw.getTo().getUnit());
        return sw.getTo().getValue();
    }

    /** Stub engine: the total gas of a sweep ending at E is gasUpTo(E), umol/cm2. */
    private static GasOnset.Result read(Study study, DoubleUnaryOperator gasUpTo, List<Double> ends) {
        Cell cell = M.createCell();
        return GasOnset.of(study, cell, (s, c) -> {
            ends.add(end(s));
            return result(gasUpTo.applyAsDouble(end(s)));
        });
    }

    @Test
    void tafelGasHasItsOnsetWhereTheRateCarriesTheThresholdCurrent() {
        double e0 = 4.2; // Nie et al. 2020 saw H2 from 4.2 V on LiCoO2; any E0 inside the sweep works
        double b = 0.0574; // RT/(0.5 F) at 60 °C, V
        double j0 = 1e-6; // A/cm2 at E0
        double rate = 1e-4; // 0.1 mV/s, V/s
        double start = 3.0;
        DoubleUnaryOperator gas = e -> j0 * b / (2 * F * rate) * (Math.exp((e - e0) / b) - Math.exp((start - e0) / b)) * 1e6;
        double expected = e0 + b * Math.log(10e-6 / j0); // 4.332 V
        List<Double> ends = new ArrayList<>();
        GasOnset.Result r = read(study(0.1), gas, ends);
        assertEquals(null, r.failure());
        assertEquals(expected, r.onset(), 0.005, "onset of Tafel H2 at the 10 uA/cm2 rate");
        assertEquals(ends.size(), r.runs());
        assertEquals(3.02, ends.get(0), 1e-9, "the ladder starts one step above the sweep's start");
        assertTrue(ends.get(ends.size() - 1) < expected + 2 * GasOnset.STEP, "the ladder stops at the onset: " + ends);
        // the study itself is never changed
        Study s = study(0.1);
        read(s, gas, new ArrayList<>());
        assertEquals(5.0, end(s), 0);
    }

    @Test
    void theOnsetMovesWithTheSweepRateOnlyThroughTheThreshold() {
        // the rate criterion is per time: a 10x faster sweep evolves 10x less gas per volt, same onset
        double e0 = 4.4;
        double b = 0.0574;
        double j0 = 3e-7;
        double start = 3.0;
        double expected = e0 + b * Math.log(10e-6 / j0);
        for (double mv : new double[] { 0.1, 1.0 }) {
            double rate = mv * 1e-3;
            GasOnset.Result r = read(study(mv),
                    e -> j0 * b / (2 * F * rate) * (Math.exp((e - e0) / b) - Math.exp((start - e0) / b)) * 1e6,
                    new ArrayList<>());
            assertEquals(expected, r.onset(), 0.005, mv + " mV/s");
        }
    }

    @Test
    void noGasUpToTheEndIsALowerBoundThatPassesAPublishedBound() {
        List<Double> ends = new ArrayList<>();
        GasOnset.Result r = read(study(0.1), e -> 0, ends);
        assertTrue(Double.isNaN(r.onset()));
        assertEquals(5.0, r.end(), 0);
        assertEquals(100, r.runs(), "2.0 V in 0.02 V steps");
        Verdict pass = Verdict.judgeGas(VerdictTest.vcase("coated", Kind.GAS_ONSET, new Published.AtLeast(4.5), null), r);
        assertTrue(pass.pass(), pass.toString());
        assertEquals("> 5 V (no gas)", pass.shown());
        Verdict miss = Verdict.judgeGas(VerdictTest.vcase("bare", Kind.GAS_ONSET,
                new Published.Value(4.2, new Published.Tolerance(Published.Tolerance.Type.ABSOLUTE, 0.1)), null), r);
        assertFalse(miss.pass());
        assertNotNull(miss.reason());
    }

    @Test
    void aFailedSweepIsAMissWithItsReasonNeverAnOnset() {
        Cell cell = M.createCell();
        GasOnset.Result r = GasOnset.of(study(0.1), cell, (s, c) -> {
            RunResult x = result(0);
            x.setStatus(RunStatus.FAILED);
            x.setStopReason("solver diverged");
            return x;
        });
        assertTrue(r.failure().contains("solver diverged"), r.failure());
        Verdict v = Verdict.judgeGas(VerdictTest.vcase("f", Kind.GAS_ONSET,
                new Published.Value(4.2, new Published.Tolerance(Published.Tolerance.Type.ABSOLUTE, 0.1)), null), r);
        assertFalse(v.pass());
        assertTrue(v.reason().contains("solver diverged"), v.reason());
    }

    @Test
    void aStudyWithoutASweepSaysSo() {
        Study s = study(0.1);
        s.getProtocol().getSteps().clear();
        GasOnset.Result r = GasOnset.of(s, M.createCell(), (x, c) -> result(0));
        assertEquals(0, r.runs());
        assertTrue(r.failure().contains("no sweep"), r.failure());
    }
    /**
     * Every tracked gas counts, oxygen too: a charged Ni-rich oxide releases lattice O2 (surface_reconstruction;
     * Jung et al., J. Electrochem. Soc. 164 (2017) A1361, O2 from NCM above its oxygen-release onset), and a
     * DEMS total sees it as it sees H2. The same Tafel source as above, given off as O2 alone, has the same
     * onset; CO2 alone too. Before, the reader summed H2, CO and CH4 only and saw no gas up to 5 V.
     */
    @Test
    void oxygenAndCarbonDioxideCountAsGas() {
        double e0 = 4.2;
        double b = 0.0574;
        double j0 = 1e-6;
        double rate = 1e-4;
        double start = 3.0;
        double expected = e0 + b * Math.log(10e-6 / j0);
        DoubleUnaryOperator gas = e -> j0 * b / (2 * F * rate) * (Math.exp((e - e0) / b) - Math.exp((start - e0) / b)) * 1e6;
        for (String species : List.of("O2", "CO2")) {
            GasOnset.Result r = GasOnset.of(study(0.1), M.createCell(), (s, c) -> {
                RunResult x = result(0);
                GasAmounts g = x.getMetrics().getGas();
                g.setH2(null);
                if (species.equals("O2")) {
                    g.setO2(gas.applyAsDouble(end(s)));
                } else {
                    g.setCo2(gas.applyAsDouble(end(s)));
                }
                return x;
            });
            assertEquals(expected, r.onset(), 0.005, species + " alone");
        }
    }
}
