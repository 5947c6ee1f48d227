package org.interphase.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.interphase.model.results.CycleRecord;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.report.CellPlots;
import org.interphase.results.plot.ChartKind;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plots of one run: which apply, what their data holds, the PNG files. */
class CellPlotsTest {

    @TempDir
    Path folder;

    /** A run with every kind of data: cycles, a trace, a linear sweep, two spectra, Li|Li steps. */
    private static RunResult everything() {
        RunResult r = Runs.cycling("Everything", 100, 97, 95, 94);
        r.getTrace().add(Runs.trace(7200, 4.2, 0.3, 1, "charge"));
        r.getTrace().add(Runs.trace(10800, 0.05, 0.1, 1, "plate"));
        r.getTrace().add(Runs.trace(14400, -0.05, -0.1, 1, "strip"));
        for (double v = 3.0; v <= 5.0; v += 0.25) {
            r.getSweep().add(Runs.sweep(v, Math.pow(10, 2 * (v - 4))));
        }
        r.getImpedance().add(Runs.impedance(0, 1e6, 10, -1));
        r.getImpedance().add(Runs.impedance(0, 1e3, 60, -50));
        r.getImpedance().add(Runs.impedance(0, 1, 110, -5));
        r.getImpedance().add(Runs.impedance(50, 1e6, 12, -1));
        r.getImpedance().add(Runs.impedance(50, 1e3, 80, -70));
        r.getImpedance().add(Runs.impedance(50, 1, 150, -6));
        r.getMetrics().setOnsetPotential(4.5);
        return r;
    }

    @Test
    void retentionChartHoldsTheRetentionOfEachCycle() {
        RunResult r = Runs.cycling("Cell", 100, 95, 90.5, 88, 85.25);
        JFreeChart chart = CellPlots.charts(r).get(ChartKind.RETENTION.file());
        XYDataset d = chart.getXYPlot().getDataset();
        assertEquals(1, d.getSeriesCount());
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0), Runs.xs(d, 0));
        assertEquals(List.of(100.0, 95.0, 90.5, 88.0, 85.25), Runs.ys(d, 0));
        assertEquals("Capacity retention (%)", chart.getXYPlot().getRangeAxis().getLabel());
    }

    @Test
    void resistanceChartHoldsTheSeriesResistanceOfEachCycle() {
        RunResult r = Runs.cycling("Cell", 100, 95, 90);
        XYDataset d = CellPlots.charts(r).get(ChartKind.RESISTANCE.file()).getXYPlot().getDataset();
        assertEquals(List.of(11.0, 12.0, 13.0), Runs.ys(d, 0), "Runs.cycling sets 10 + cycle ohm cm2");
    }

    @Test
    void writesEveryPlotThatAppliesAsAnImageOf800By500() throws Exception {
        RunResult r = everything();
        List<String> written = CellPlots.write(r, folder);
        assertEquals(List.of(ChartKind.RETENTION.file(), ChartKind.VOLTAGE.file(), ChartKind.RESISTANCE.file(), ChartKind.LSV.file(),
                ChartKind.OVERPOTENTIAL.file(), ChartKind.NYQUIST.file()), written);
        assertEquals(written.stream().sorted().toList(), Runs.names(folder));
        for (String name : written) {
            BufferedImage img = Runs.png(folder.resolve(name));
            assertEquals(800, img.getWidth(), name);
            assertEquals(500, img.getHeight(), name);
            assertTrue(colours(img) > 10, name + " is drawn, not blank");
        }
    }

    /** Distinct colours in a sample of the image's pixels. */
    private static long colours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void nothingIsWrittenForDataThatDoesNotApply() throws Exception {
        RunResult failed = Runs.run("Failed");
        failed.setStatus(RunStatus.FAILED);
        failed.setStopReason("the engine could not run the cell");
        assertEquals(List.of(), CellPlots.write(failed, folder));
        assertEquals(List.of(), Runs.names(folder));

        // one cycle is no curve; retention without a discharge (metric null) is no retention
        assertEquals(List.of(), CellPlots.images(Runs.cycling("One", 100)));
        RunResult noDischarge = Runs.cycling("NoDischarge", 100, 100, 100);
        noDischarge.getMetrics().setCapacityRetention(null);
        assertEquals(List.of(ChartKind.RESISTANCE.file()), CellPlots.images(noDischarge));

        // cycling only: no sweep, spectrum or plating, so no lsv, nyquist or overpotential plot
        assertEquals(List.of(ChartKind.RETENTION.file(), ChartKind.RESISTANCE.file()), CellPlots.images(Runs.cycling("C", 100, 90)));
    }

    /**
     * The trace of cycles 1, 2 and 5 (3 and 4 skipped by the multi-rate scheme): capacity is the
     * current integrated over the step (0.3 mA/cm2 for 2 h is 0.6 mAh/cm2), a profile starts at the
     * voltage before its step, and cycle 5's charge, whose start is unknown, takes its capacity from
     * cycles.csv.
     */
    @Test
    void voltageProfilesOfFirstMiddleAndLastCycle() {
        RunResult r = Runs.cycling("Cell", 100, 98, 96, 94, 92);
        CycleRecord fifth = r.getCycles().get(4);
        fifth.setChargeCapacity(0.5);
        r.getTrace().addAll(List.of(
                Runs.trace(7200, 4.2, 0.3, 1, "charge"),
                Runs.trace(7800, 4.1, 0, 1, "rest"),
                Runs.trace(14400, 3.0, -0.3, 1, "discharge"),
                Runs.trace(15000, 3.3, 0, 1, "rest"),
                Runs.trace(21600, 4.2, 0.3, 2, "charge"),
                Runs.trace(22200, 4.1, 0, 2, "rest"),
                Runs.trace(28800, 3.0, -0.3, 2, "discharge"),
                Runs.trace(29400, 3.3, 0, 2, "rest"),
                Runs.trace(90000, 4.2, 0.3, 5, "charge"),
                Runs.trace(90600, 4.15, 0, 5, "rest"),
                Runs.trace(96600, 3.0, -0.3, 5, "discharge")));
        XYSeriesCollection d = (XYSeriesCollection) CellPlots.charts(r).get(ChartKind.VOLTAGE.file()).getXYPlot().getDataset();
        assertEquals(List.of("cycle 1 charge", "cycle 1 discharge", "cycle 2 charge", "cycle 2 discharge", "cycle 5 charge",
                "cycle 5 discharge"), java.util.stream.IntStream.range(0, d.getSeriesCount()).mapToObj(i -> d.getSeriesKey(i).toString()).toList());
        assertPoints(List.of(0.6), List.of(4.2), d, 0); // no point before the first step: no start
        assertPoints(List.of(0.0, 0.55), List.of(4.1, 3.0), d, 1); // 6600 s at 0.3 mA/cm2
        assertPoints(List.of(0.0, 0.55), List.of(3.3, 4.2), d, 2);
        assertPoints(List.of(0.5), List.of(4.2), d, 4); // from cycles.csv
        assertPoints(List.of(0.0, 0.5), List.of(4.15, 3.0), d, 5); // 6000 s at 0.3 mA/cm2
    }

    private static void assertPoints(List<Double> x, List<Double> y, XYDataset d, int series) {
        assertEquals(x.size(), d.getItemCount(series), "points of series " + series);
        for (int i = 0; i < x.size(); i++) {
            assertEquals(x.get(i), d.getXValue(series, i), 1e-9, "capacity " + i + " of series " + series);
            assertEquals(y.get(i), d.getYValue(series, i), 1e-9, "voltage " + i + " of series " + series);
        }
    }

    @Test
    void linearSweepOnALogAxisWithTheOnsetMarked() {
        RunResult r = everything();
        XYPlot plot = CellPlots.charts(r).get(ChartKind.LSV.file()).getXYPlot();
        assertInstanceOf(LogAxis.class, plot.getRangeAxis(), "1e-2 to 1e2 uA/cm2 span four decades");
        assertEquals(r.getSweep().size(), plot.getDataset().getItemCount(0));
        assertEquals(r.getSweep().get(3).getCurrent(), plot.getDataset().getYValue(0, 3), 0);
        var markers = plot.getDomainMarkers(Layer.FOREGROUND);
        assertEquals(1, markers.size());
        assertEquals(4.5, ((ValueMarker) markers.iterator().next()).getValue(), 0);
    }

    @Test
    void linearSweepOnALinearAxisWhenACurrentIsNegative() {
        RunResult r = Runs.run("Cell");
        r.getSweep().add(Runs.sweep(3.0, -2));
        r.getSweep().add(Runs.sweep(3.5, 1));
        r.getSweep().add(Runs.sweep(4.0, 1000));
        XYPlot plot = CellPlots.charts(r).get(ChartKind.LSV.file()).getXYPlot();
        assertInstanceOf(NumberAxis.class, plot.getRangeAxis());
        assertEquals(3, plot.getDataset().getItemCount(0), "no point left out on a linear axis");
        assertTrue(plot.getDomainMarkers(Layer.FOREGROUND) == null
                || plot.getDomainMarkers(Layer.FOREGROUND).stream().noneMatch(Marker.class::isInstance), "no onset, no marker");
    }

    @Test
    void twoSweepsAreTwoSeries() {
        RunResult r = Runs.run("Cell");
        for (int k = 0; k < 2; k++) {
            for (double v = 3.0; v <= 4.0; v += 0.5) {
                r.getSweep().add(Runs.sweep(v, 1 + k + v));
            }
        }
        XYDataset d = CellPlots.charts(r).get(ChartKind.LSV.file()).getXYPlot().getDataset();
        assertEquals(2, d.getSeriesCount());
        assertEquals("Cell sweep 2", d.getSeriesKey(1));
        assertEquals(List.of(3.0, 3.5, 4.0), Runs.xs(d, 1));
    }

    @Test
    void nyquistPlotsMinusZImaginaryPerSpectrumOnEqualScales() {
        JFreeChart chart = CellPlots.charts(everything()).get(ChartKind.NYQUIST.file());
        XYPlot plot = chart.getXYPlot();
        XYDataset d = plot.getDataset();
        assertEquals(List.of("after cycle 0", "after cycle 50"), List.of(d.getSeriesKey(0), d.getSeriesKey(1)));
        assertEquals(List.of(10.0, 60.0, 110.0), Runs.xs(d, 0));
        assertEquals(List.of(1.0, 50.0, 5.0), Runs.ys(d, 0));
        assertEquals(List.of(1.0, 70.0, 6.0), Runs.ys(d, 1));
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(800, 500, info);
        var area = info.getPlotInfo().getDataArea();
        double xPerPixel = plot.getDomainAxis().getRange().getLength() / area.getWidth();
        double yPerPixel = plot.getRangeAxis().getRange().getLength() / area.getHeight();
        assertEquals(1, xPerPixel / yPerPixel, 0.01, "one ohm cm2 as long on both axes");
        assertTrue(plot.getDomainAxis().getRange().contains(150) && plot.getRangeAxis().getRange().contains(70), "all data shown");
    }

    @Test
    void platingAndStrippingVoltageAgainstHours() {
        RunResult r = Runs.run("LiLi");
        r.getTrace().addAll(List.of(Runs.trace(3600, 0.05, 0.1, 1, "plate"), Runs.trace(7200, -0.06, -0.1, 1, "strip"),
                Runs.trace(10800, 0.07, 0.1, 2, "plate")));
        assertEquals(List.of(ChartKind.OVERPOTENTIAL.file()), CellPlots.images(r));
        XYDataset d = CellPlots.charts(r).get(ChartKind.OVERPOTENTIAL.file()).getXYPlot().getDataset();
        assertEquals(List.of(1.0, 2.0, 3.0), Runs.xs(d, 0));
        assertEquals(List.of(0.05, -0.06, 0.07), Runs.ys(d, 0));
        assertFalse(CellPlots.images(Runs.cycling("C", 100, 90)).contains(ChartKind.OVERPOTENTIAL.file()));
    }

    /**
     * 300 cycles of 1 h plating and 1 h stripping (600 points, above the 400 drawn one by one): the
     * highest and lowest voltage of each cycle at the time it ended.
     */
    @Test
    void longPlatingAndStrippingAsTheEnvelopeOfEachCycle() {
        RunResult r = Runs.run("LiLi");
        for (int c = 1; c <= 300; c++) {
            r.getTrace().add(Runs.trace((2 * c - 1) * 3600.0, 0.01 + c * 1e-4, 0.1, c, "plate"));
            r.getTrace().add(Runs.trace(2 * c * 3600.0, -0.01 - c * 1e-4, -0.1, c, "strip"));
        }
        XYDataset d = CellPlots.charts(r).get(ChartKind.OVERPOTENTIAL.file()).getXYPlot().getDataset();
        assertEquals(2, d.getSeriesCount(), "highest and lowest");
        assertEquals(300, d.getItemCount(0));
        assertEquals(2.0, d.getXValue(0, 0), 1e-12, "cycle 1 ended at 2 h");
        assertEquals(0.0101, d.getYValue(0, 0), 1e-12);
        assertEquals(-0.0101, d.getYValue(1, 0), 1e-12);
        assertEquals(0.04, d.getYValue(0, 299), 1e-12);
        assertEquals(600.0, d.getXValue(1, 299), 1e-12);
    }
}
