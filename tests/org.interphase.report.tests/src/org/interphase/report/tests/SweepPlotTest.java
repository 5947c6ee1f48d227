package org.interphase.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.interphase.model.results.RunResult;
import org.interphase.report.SweepPlot;
import org.interphase.results.SweepTable;
import org.jfree.chart.JFreeChart;
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
}
