package org.interphase.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.interphase.model.results.RunResult;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.interphase.report.HeatMapChart;
import org.interphase.report.SweepPlot;
import org.interphase.results.Metric;
import org.interphase.results.plot.SweepPlot.Grid;
import org.interphase.results.plot.SweepPlot.Point;
import org.interphase.results.SweepTable;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sweep.png: the headline metric against the first varied value. */
class SweepPlotTest {

    @TempDir
    Path folder;

    private static final List<String> COLUMNS = List.of("LagpLco.cathode.coating.thickness_nm", "temperature_degC");

    /** Thickness 0, 20, 40 nm x temperature 40, 60 degC x cells Bare, Coated; retention invented. */
    private static List<SweepTable.Row> rows() {
        List<SweepTable.Row> rows = new ArrayList<>();
        for (double thickness : List.of(0.0, 20.0, 40.0)) {
            for (double temperature : List.of(40.0, 60.0)) {
                for (String cell : List.of("Bare", "Coated")) {
                    double retention = 50 + thickness / 2 + (cell.equals("Bare") ? 0 : 10) - temperature / 10;
                    rows.add(new SweepTable.Row(List.of(thickness, temperature), Runs.cycling(cell, 100, retention)));
                }
            }
        }
        return rows;
    }

    @Test
    void retentionAgainstTheFirstVariationPerCellAndOtherValue() {
        JFreeChart chart = SweepPlot.chart("CoatingThickness", COLUMNS, rows()).orElseThrow();
        XYDataset d = chart.getXYPlot().getDataset();
        assertEquals(4, d.getSeriesCount(), "2 cells x 2 temperatures");
        assertEquals("Bare, temperature 40 \u00b0C", d.getSeriesKey(0));
        assertEquals("Coated, temperature 60 \u00b0C", d.getSeriesKey(3));
        assertEquals(List.of(0.0, 20.0, 40.0), Runs.xs(d, 3));
        assertEquals(List.of(54.0, 64.0, 74.0), Runs.ys(d, 3));
        assertEquals("LagpLco.cathode.coating.thickness (nm)", chart.getXYPlot().getDomainAxis().getLabel());
        assertEquals("Capacity retention (%)", chart.getXYPlot().getRangeAxis().getLabel());
    }

    /** Points without the metric (a run that stopped in its first cycle) are named, not drawn. */
    @Test
    void combinationsWithoutAValueAreNamedInTheSubtitle() {
        List<SweepTable.Row> rows = new ArrayList<>(rows());
        RunResult stopped = Runs.run("Bare");
        rows.add(new SweepTable.Row(List.of(0.0, 20.0), stopped));
        JFreeChart chart = SweepPlot.chart("CoatingThickness", COLUMNS, rows).orElseThrow();
        assertEquals(4, chart.getXYPlot().getDataset().getSeriesCount());
        String subtitle = ((org.jfree.chart.title.TextTitle) chart.getSubtitle(1)).getText();
        assertTrue(subtitle.endsWith("no value for Bare, temperature 20 \u00b0C (see sweep.csv)"), subtitle);
    }

    @Test
    void onsetWhenNoPointHasARetention() {
        List<SweepTable.Row> rows = new ArrayList<>();
        for (double t : List.of(40.0, 60.0)) {
            RunResult r = Runs.run("Steel");
            r.getMetrics().setOnsetPotential(4.5 - t / 1000);
            rows.add(new SweepTable.Row(List.of(t), r));
        }
        JFreeChart chart = SweepPlot.chart("Onset", List.of("temperature_degC"), rows).orElseThrow();
        assertEquals("Onset potential (V vs Li/Li\u207a)", chart.getXYPlot().getRangeAxis().getLabel());
        assertEquals(4.46, Runs.ys(chart.getXYPlot().getDataset(), 0).get(0), 1e-12);
        assertEquals(4.44, Runs.ys(chart.getXYPlot().getDataset(), 0).get(1), 1e-12);
        assertEquals("Steel", chart.getXYPlot().getDataset().getSeriesKey(0));
    }

    @Test
    void writesThePngOnlyWhenAMetricApplies() throws Exception {
        assertTrue(SweepPlot.write(folder, "CoatingThickness", COLUMNS, rows()));
        var img = Runs.png(folder.resolve(SweepPlot.FILE));
        assertEquals(800, img.getWidth());
        assertEquals(500, img.getHeight());

        Path empty = Files.createDirectory(folder.resolve("empty"));
        List<SweepTable.Row> none = List.of(new SweepTable.Row(List.of(1.0), Runs.run("Nothing")));
        assertFalse(SweepPlot.write(empty, "Nothing", List.of("temperature_degC"), none));
        assertEquals(List.of(), Runs.names(empty));
    }

    /** One cell over thickness 0, 20, 40 nm x temperature 40, 60 degC; retention invented. */
    private static List<SweepTable.Row> oneCell() {
        List<SweepTable.Row> rows = new ArrayList<>();
        for (double thickness : List.of(0.0, 20.0, 40.0)) {
            for (double temperature : List.of(40.0, 60.0)) {
                rows.add(new SweepTable.Row(List.of(thickness, temperature),
                        Runs.cycling("Coated", 100, 60 + thickness / 2 - temperature / 10)));
            }
        }
        return rows;
    }

    /**
     * Two values varied for one cell: heatmap.png beside sweep.png, a square per pair in the colours of
     * matplotlib's viridis (reference: its colormap data, 0 = #440154, 1 = #FDE725): the lowest
     * retention (54 % at 0 nm, 60 degC) dark violet, the highest (76 % at 40 nm, 40 degC) yellow.
     */
    @Test
    void aHeatMapPngWhenTwoValuesVaryForOneCell() throws Exception {
        assertTrue(SweepPlot.write(folder, "Grid", COLUMNS, oneCell()));
        assertTrue(Files.isRegularFile(folder.resolve(HeatMapChart.FILE)), Runs.names(folder).toString());
        var png = Runs.png(folder.resolve(HeatMapChart.FILE));
        assertEquals(800, png.getWidth());

        List<Point> points = new ArrayList<>();
        for (SweepTable.Row r : oneCell()) {
            points.add(new Point("Coated", new double[] { r.values().get(0), r.values().get(1) },
                    r.result().getMetrics().getCapacityRetention()));
        }
        Grid grid = org.interphase.results.plot.SweepPlot.grid(COLUMNS, points, org.interphase.results.plot.SweepPlot.axis(Metric.CAPACITY_RETENTION));
        JFreeChart chart = HeatMapChart.chart("Grid", grid).orElseThrow();
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 800, 500), info);
        g.dispose();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = chart.getXYPlot();
        // a point of a square away from its centre, where the value is written
        java.util.function.BiFunction<Integer, Integer, Integer> at = (i, j) -> img.getRGB(
                (int) plot.getDomainAxis().valueToJava2D(i + 0.3, area, plot.getDomainAxisEdge()),
                (int) plot.getRangeAxis().valueToJava2D(j + 0.3, area, plot.getRangeAxisEdge())) & 0xFFFFFF;
        assertEquals(0x440154, at.apply(0, 1), "0 nm, 60 degC: the lowest");
        assertEquals(0xFDE725, at.apply(2, 0), "40 nm, 40 degC: the highest");
        assertEquals("LagpLco.cathode.coating.thickness (nm)", plot.getDomainAxis().getLabel());
        assertEquals("temperature (\u00b0C)", plot.getRangeAxis().getLabel());

        Path two = Files.createDirectory(folder.resolve("two-cells"));
        assertTrue(SweepPlot.write(two, "CoatingThickness", COLUMNS, rows()));
        assertFalse(Files.exists(two.resolve(HeatMapChart.FILE)), "two cells would share a square: no heat map");
    }
}
