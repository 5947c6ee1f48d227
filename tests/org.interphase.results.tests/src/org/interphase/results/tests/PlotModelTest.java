package org.interphase.results.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.interphase.results.Metric;
import org.interphase.results.plot.CellData;
import org.interphase.results.plot.CyclePlots;
import org.interphase.results.plot.LsvPlot;
import org.interphase.results.plot.NyquistPlot;
import org.interphase.results.plot.OverpotentialPlot;
import org.interphase.results.plot.Band;
import org.interphase.results.plot.Overlays;
import org.interphase.results.plot.Plot;
import org.interphase.results.plot.Series;
import org.interphase.results.plot.SweepPlot;
import org.interphase.results.plot.VoltagePlot;
import org.interphase.results.plot.VoltageProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plot model on hand-made cell data whose expected series follow from the data by inspection or
 * from an analytic form (named at each test), not from the code's own formulas.
 */
class PlotModelTest {

    private static final double[] NONE = {};

    static CellData cell(String name, double[] cycle, double[] retention, double[] potential, double[] current,
            double[] spectrum, double[] re, double[] im, double onset) {
        VoltageProfiles.Trace empty = new VoltageProfiles.Trace(NONE, NONE, NONE, new int[0], new String[0]);
        return new CellData(name, cycle, retention, retention, empty, Map.of(), potential, current, spectrum, re, im, onset);
    }

    static CellData cycling(String name, double[] cycle, double[] retention) {
        return cell(name, cycle, retention, NONE, NONE, NONE, NONE, NONE, Double.NaN);
    }

    @Test
    void retentionLeavesOutMissingValuesAndDrawsTheEndOfLifeLine() {
        // cycles.csv leaves the retention of a cycle without discharge empty (NaN): it is not a point
        Plot p = CyclePlots.retention("r", List.of(cycling("A", new double[] { 1, 2, 3 }, new double[] { 100, Double.NaN, 97 }),
                cycling("B", new double[] { 1 }, new double[] { Double.NaN })));
        assertEquals(1, p.series().size(), "B has no point: no series, no legend entry");
        assertArrayEquals(new double[] { 1, 3 }, p.series().get(0).x());
        assertArrayEquals(new double[] { 100, 97 }, p.series().get(0).y());
        assertEquals(Plot.Style.LINE_AND_POINTS, p.series().get(0).style(), "3 cycles: sparse, symbols drawn");
        assertEquals(List.of(new Plot.Marker(true, 80, "80 %")), p.markers());
        assertEquals("Capacity retention (%)", p.y().title());
        assertTrue(p.x().integer(), "cycles are whole numbers");
    }

    @Test
    void lsvSplitsWherePotentialTurnsBackAndGoesLogOnlyOverTwoDecadesOfPositiveCurrent() {
        // a forward sweep 3 -> 5 V and the return 5 -> 3 V: two sweeps; the current rises 1 -> 1000 uA/cm2
        double[] v = { 3, 4, 5, 4, 3 };
        double[] i = { 1, 10, 1000, 10, 1 };
        CellData c = cell("S", NONE, NONE, v, i, NONE, NONE, NONE, 4.5);
        Plot p = LsvPlot.of("lsv", List.of(c));
        assertEquals(List.of("S sweep 1", "S sweep 2"), p.series().stream().map(Series::name).toList());
        assertArrayEquals(new double[] { 3, 4, 5 }, p.series().get(0).x());
        assertArrayEquals(new double[] { 4, 3 }, p.series().get(1).x(), "the return starts after the turning point");
        assertTrue(p.y().log(), "1000/1 spans three decades");
        assertEquals(List.of(new Plot.Marker(false, 4.5, "onset 4.50 V")), p.markers());
        // a negative (reduction) current: a log axis cannot show it
        CellData negative = cell("N", NONE, NONE, new double[] { 3, 4, 5 }, new double[] { -1, 10, 1000 }, NONE, NONE, NONE,
                Double.NaN);
        assertFalse(LsvPlot.of("lsv", List.of(negative)).y().log());
        // one decade only: linear
        CellData flat = cell("F", NONE, NONE, new double[] { 3, 4, 5 }, new double[] { 1, 5, 10 }, NONE, NONE, NONE, Double.NaN);
        assertFalse(LsvPlot.of("lsv", List.of(flat)).y().log());
    }

    @Test
    void nyquistDrawsMinusZImaginaryUpOneSeriesPerSpectrumOnEqualAxes() {
        CellData c = cell("Z", NONE, NONE, NONE, NONE, new double[] { 0, 0, 5, 5 }, new double[] { 10, 20, 12, 30 },
                new double[] { -3, -1, -4, -2 }, Double.NaN);
        Plot p = NyquistPlot.of("z", List.of(c));
        assertTrue(p.equalAxes());
        assertEquals(List.of("after cycle 0", "after cycle 5"), p.series().stream().map(Series::name).toList());
        assertArrayEquals(new double[] { 3, 1 }, p.series().get(0).y(), "-Z'' above the axis for a capacitive arc");
        assertEquals(List.of("Z after cycle 0", "Z after cycle 5", "Y after cycle 0", "Y after cycle 5"),
                NyquistPlot.of("z", List.of(c, c.named("Y"))).series().stream().map(Series::name).toList(),
                "overlaid cells are named");
    }

    @Test
    void dqdvOfALinearProfileIsItsSlope() {
        // Q = 2 (V - 3.5) mAh/cm2 from 3.5 to 4.0 V: dQ/dV = 2 mAh cm-2 V-1 everywhere (analytic)
        double[] volts = { 3.5, 3.6, 3.7, 3.8, 3.9, 4.0 };
        double[] q = new double[volts.length];
        for (int k = 0; k < q.length; k++) {
            q[k] = 2 * (volts[k] - 3.5);
        }
        Series s = VoltagePlot.dqdv(new VoltageProfiles.Profile(1, "charge", q, volts, false), "c", 0);
        assertEquals(6, s.size());
        for (double d : s.y()) {
            assertEquals(2.0, d, 1e-9);
        }
        // a plateau (the voltage does not change) has no dQ/dV: those points are left out
        Series flat = VoltagePlot.dqdv(new VoltageProfiles.Profile(1, "discharge", new double[] { 0, 1, 2 },
                new double[] { 3.4, 3.4, 3.4 }, false), "d", 0);
        assertEquals(0, flat.size());
    }

    @Test
    void aSweepHasAxesWithQuantityAndUnitAndLeavesLinesWithoutValueOutOfTheLegend() {
        List<String> columns = List.of("LagpLco.cathode.coating.thickness_nm", "LagpLco.temperature_degC");
        List<SweepPlot.Point> points = List.of(
                new SweepPlot.Point("LagpLco", new double[] { 0, 40 }, 90),
                new SweepPlot.Point("LagpLco", new double[] { 20, 40 }, 92),
                new SweepPlot.Point("LagpLco", new double[] { 0, 60 }, Double.NaN),
                new SweepPlot.Point("LagpLco", new double[] { 20, 60 }, Double.NaN));
        Plot p = SweepPlot.of("t", columns, points, SweepPlot.axis(Metric.CAPACITY_RETENTION));
        assertEquals("LagpLco.cathode.coating.thickness (nm)", p.x().title());
        assertEquals("Capacity retention (%)", p.y().title());
        assertEquals(List.of("LagpLco, LagpLco.temperature 40 \u00b0C"), p.series().stream().map(Series::name).toList(),
                "one line per value of the other variable; the 60 \u00b0C line has no value and is left out");
        assertEquals(Set.of("LagpLco, LagpLco.temperature 60 \u00b0C"), SweepPlot.without(columns, points));
        assertTrue(SweepPlot.axis(Metric.IONIC_CONDUCTIVITY).log(), "conductivity spans decades");
    }

    @Test
    void aLongPlatingTraceIsDrawnAsItsEnvelopeWithOneLegendEntry() {
        int n = OverpotentialPlot.ENVELOPE_ABOVE + 2;
        double[] t = new double[n];
        double[] v = new double[n];
        int[] cycle = new int[n];
        String[] step = new String[n];
        for (int k = 0; k < n; k++) {
            t[k] = 3600.0 * (k + 1);
            v[k] = k % 2 == 0 ? 0.05 + k * 1e-4 : -0.05 - k * 1e-4; // plate +, strip -
            cycle[k] = k / 2 + 1;
            step[k] = k % 2 == 0 ? "plate" : "strip";
        }
        CellData c = new CellData("LiLi", NONE, NONE, NONE, new VoltageProfiles.Trace(t, v, new double[n], cycle, step),
                Map.of(), NONE, NONE, NONE, NONE, NONE, Double.NaN);
        Plot p = OverpotentialPlot.of("p", List.of(c));
        assertEquals(2, p.series().size());
        assertTrue(p.series().get(0).legend());
        assertFalse(p.series().get(1).legend(), "the lowest line shares the entry of the highest");
        assertEquals(n / 2, p.series().get(0).size(), "one point per cycle");
        assertEquals(0.05, p.series().get(0).y()[0], 1e-12, "cycle 1's highest voltage: its plating step");
        assertEquals(2.0, p.series().get(0).x()[0], 1e-12, "cycle 1 ends at 2 h");
    }

    @Test
    void rmsIsOverTheCyclesBothHave() {
        // simulated 100, 98, 96 at cycles 1-3; measured 99 at 1, 97 at 3, 90 at 4 (not simulated):
        // differences +1 and -1 over the two shared cycles, RMS = 1
        Series sim = new Series("s", new double[] { 1, 2, 3 }, new double[] { 100, 98, 96 }, Plot.Style.LINE, 0);
        Series measured = new Series("m", new double[] { 1, 3, 4 }, new double[] { 99, 97, 90 }, Plot.Style.POINTS, 0);
        assertEquals(1.0, Overlays.rms(sim, measured), 1e-12);
        assertEquals(2, Overlays.difference(sim, measured).points(), "cycles 1 and 3");
        assertTrue(Double.isNaN(Overlays.rms(sim, new Series("m", new double[] { 7 }, new double[] { 1 }, Plot.Style.POINTS, 0))));
    }

    @Test
    void theUncertaintyBandLeavesOutCyclesReachedByFewerThanHalfTheSamples(@TempDir Path dir) throws Exception {
        // 10 samples completed (all reach cycle 1); cycle 2 by 6 of them, cycle 3 by 4: 4 < 5 is left out
        Path csv = dir.resolve("uncertainty.csv");
        Files.writeString(csv, """
                cycle,retention_p5_pct,retention_p50_pct,retention_p95_pct,retention_n,resistance_p5_ohm_cm2,resistance_p50_ohm_cm2,resistance_p95_ohm_cm2,resistance_n
                1,100,100,100,10,50,55,60,10
                2,97,98,99,6,51,56,62,6
                3,90,95,98,4,52,57,64,4
                """);
        Overlays.Extra extra = Overlays.read(dir);
        Band band = Overlays.band(extra.uncertainty(), "retention", "A", 2);
        assertArrayEquals(new double[] { 1, 2 }, band.x());
        assertArrayEquals(new double[] { 100, 97 }, band.lower(), "p5");
        assertArrayEquals(new double[] { 100, 98 }, band.middle(), "p50");
        assertArrayEquals(new double[] { 100, 99 }, band.upper(), "p95");
        assertEquals("A p5\u2013p95 of 10 samples", band.name());
        assertEquals(2, band.colour(), "in the colour of its line");
        assertEquals(null, extra.measured(), "no measured.csv in the folder");
    }
}
