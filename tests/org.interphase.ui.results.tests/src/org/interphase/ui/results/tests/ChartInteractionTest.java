package org.interphase.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;
import org.eclipse.swtchart.extensions.core.ScrollableChart;
import org.interphase.results.plot.CyclePlots;
import org.interphase.results.plot.Plot;
import org.interphase.results.plot.Series;
import org.interphase.results.plot.SweepPlot;
import org.interphase.ui.results.internal.Charts;
import org.interphase.ui.results.internal.HeatMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's charts (SWTChart extensions) on a real display: the mouse wheel zooms, the tooltip
 * names the point under the pointer with its values, a log axis where the plot model asks for one,
 * the legend below the plot, and a series without points is not drawn nor listed.
 */
class ChartInteractionTest {

    private Shell shell;
    private ScrollableChart chart;

    /** Retention of two cells over 10 cycles: 100 % falling 1 point per cycle, and 2 points per cycle. */
    static Plot retention() {
        double[] cycle = new double[10];
        double[] a = new double[10];
        double[] b = new double[10];
        for (int i = 0; i < 10; i++) {
            cycle[i] = i + 1;
            a[i] = 100 - i;
            b[i] = 100 - 2 * i;
        }
        return new Plot("Capacity retention", CyclePlots.CYCLE, CyclePlots.RETENTION,
                List.of(new Series("A", cycle, a, Plot.Style.LINE_AND_POINTS, 0), new Series("B", cycle, b, Plot.Style.LINE_AND_POINTS, 1),
                        new Series("Empty", new double[] { 1 }, new double[] { Double.NaN }, Plot.Style.LINE, 2)),
                List.of(new Plot.Marker(true, 80, "80 %")), false);
    }

    @BeforeEach
    void open() {
        shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        shell.setSize(800, 500);
        Plot p = retention();
        chart = Charts.create(shell, p);
        Charts.draw(chart, p);
        shell.open();
        spin();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    static void spin() {
        Display d = Display.getCurrent();
        for (int i = 0; i < 20; i++) {
            while (d.readAndDispatch()) {
                // drain
            }
        }
    }

    @Test
    void theMouseWheelZoomsIntoTheXAxisAndTheZoomResets() throws Exception {
        Chart base = chart.getBaseChart();
        IAxis x = base.getAxisSet().getXAxis(0);
        Range before = x.getRange();
        Control area = base.getPlotArea().getControl();
        Event wheel = new Event();
        wheel.x = area.getSize().x / 2;
        wheel.y = area.getSize().y / 2;
        wheel.count = 3; // away from the user: zoom in
        wheel.type = SWT.MouseWheel;
        area.notifyListeners(SWT.MouseWheel, wheel);
        spin();
        Range after = x.getRange();
        Screens.capture(shell, "workbench-chart-zoom.png");
        assertTrue(after.upper - after.lower < 0.95 * (before.upper - before.lower),
                "zoomed in: " + before.lower + ".." + before.upper + " -> " + after.lower + ".." + after.upper);
        chart.adjustRange(true);
        Range reset = x.getRange();
        assertEquals(before.upper - before.lower, reset.upper - reset.lower, 1e-9, "back to the whole data");
    }

    @Test
    void theTooltipNamesTheNearestPointWithItsValues() {
        Chart base = chart.getBaseChart();
        IAxis x = base.getAxisSet().getXAxis(0);
        IAxis y = base.getAxisSet().getYAxis(0);
        // B at cycle 5 holds 92 % (100 - 2 * 4): the pixel of that point
        int px = x.getPixelCoordinate(5);
        int py = y.getPixelCoordinate(92);
        String tip = Charts.tooltip(base, px + 2, py - 1);
        assertEquals("B\nCycle: 5\nCapacity retention (%): 92", tip);
        Control area = base.getPlotArea().getControl();
        Event move = new Event();
        move.x = px;
        move.y = py;
        area.notifyListeners(SWT.MouseMove, move);
        assertEquals(tip, area.getToolTipText(), "shown as the plot area's tooltip");
        // far from every point: no tooltip
        assertNull(Charts.tooltip(base, x.getPixelCoordinate(5), y.getPixelCoordinate(50)));
    }

    @Test
    void titlesLegendAndSeriesComeFromThePlotModel() {
        Chart base = chart.getBaseChart();
        assertEquals("Cycle", base.getAxisSet().getXAxis(0).getTitle().getText());
        assertEquals("Capacity retention (%)", base.getAxisSet().getYAxis(0).getTitle().getText());
        assertEquals(SWT.BOTTOM, base.getLegend().getPosition(), "the legend below the plot, never over the data");
        List<String> ids = java.util.Arrays.stream(base.getSeriesSet().getSeries()).map(s -> s.getId()).toList();
        assertEquals(List.of("A", "B", "80 %"), ids, "the series without a point is neither drawn nor listed");
        assertNotNull(base.getSeriesSet().getSeries("80 %"));
        // the second colour of the Okabe-Ito palette (Okabe & Ito 2008), vermillion #D55E00, as in the PNG files
        var b = (org.eclipse.swtchart.ILineSeries<?>) base.getSeriesSet().getSeries("B");
        assertEquals(new RGB(213, 94, 0), b.getLineColor().getRGB());
        assertTrue(!b.isAreaEnabled(), "a line, not a filled area");
        assertEquals(org.eclipse.swtchart.LineStyle.DASH,
                ((org.eclipse.swtchart.ILineSeries<?>) base.getSeriesSet().getSeries("80 %")).getLineStyle());
        double[] line = base.getSeriesSet().getSeries("80 %").getYSeries();
        assertEquals(80, line[0]);
    }

    @Test
    void aPlotThatAsksForALogAxisGetsOne() {
        // currents from 1 to 1000 uA/cm2: the plot model puts them on a log axis (LsvPlot)
        Plot lsv = new Plot("LSV", Plot.Axis.linear("Potential", "V"), new Plot.Axis("Current density", "uA/cm2", true, false),
                List.of(new Series("S", new double[] { 3, 4, 5 }, new double[] { 1, 10, 1000 }, Plot.Style.LINE, 0)), List.of(),
                false);
        Charts.draw(chart, lsv);
        spin();
        assertTrue(chart.getBaseChart().getAxisSet().getYAxis(0).isLogScaleEnabled());
        assertTrue(!chart.getBaseChart().getAxisSet().getXAxis(0).isLogScaleEnabled());
        assertEquals("Current density (uA/cm2)", chart.getBaseChart().getAxisSet().getYAxis(0).getTitle().getText());
    }

    @Test
    void twoVariedValuesMakeAHeatMapWithTheValueOfEachPairInItsTooltip() throws Exception {
        // retention over coating thickness (0, 20 nm) and temperature (40, 60 °C), one pair without value
        List<String> columns = List.of("LagpLco.cathode.coating.thickness_nm", "temperature_degC");
        List<SweepPlot.Point> points = List.of(new SweepPlot.Point("LagpLco", new double[] { 0, 40 }, 80),
                new SweepPlot.Point("LagpLco", new double[] { 20, 40 }, 90), new SweepPlot.Point("LagpLco", new double[] { 0, 60 }, 70),
                new SweepPlot.Point("LagpLco", new double[] { 20, 60 }, Double.NaN));
        SweepPlot.Grid grid = SweepPlot.grid(columns, points, CyclePlots.RETENTION);
        assertNotNull(grid);
        shell.getChildren()[0].dispose();
        HeatMap map = new HeatMap(shell);
        map.set("Thickness", grid);
        shell.layout(true, true);
        spin();
        // 2 x 2 squares in the area left of the margins; the lower-left square is (0 nm, 40 °C)
        var size = map.getSize();
        int lowerLeftX = 110 + (size.x - 130) / 4;
        int lowerLeftY = 36 + 3 * (size.y - 96) / 4;
        assertEquals("LagpLco.cathode.coating.thickness (nm): 0\ntemperature (\u00b0C): 40\nCapacity retention (%): 80",
                map.tooltip(lowerLeftX, lowerLeftY));
        int upperRightX = 110 + 3 * (size.x - 130) / 4;
        int upperRightY = 36 + (size.y - 96) / 4;
        assertTrue(map.tooltip(upperRightX, upperRightY).endsWith("no value"), "(20 nm, 60 \u00b0C) has none");
        Screens.capture(shell, "workbench-heatmap.png");
        // the ends of the viridis scale (matplotlib): #440154 for the lowest, #fde725 for the highest
        assertEquals(new RGB(68, 1, 84), HeatMap.colour(70, 70, 90));
        assertEquals(new RGB(253, 231, 37), HeatMap.colour(90, 70, 90));
        // one cell only: several cells would share a square, no heat map
        assertNull(SweepPlot.grid(columns, List.of(points.get(0), new SweepPlot.Point("Other", new double[] { 0, 40 }, 1)),
                CyclePlots.RETENTION));
    }

    @Test
    void exportsAtAChosenSizeShowingTheZoomedRanges(@TempDir Path out) throws Exception {
        Chart base = chart.getBaseChart();
        base.getAxisSet().getXAxis(0).setRange(new Range(2, 6));
        Path png = out.resolve("r.png");
        Charts.export(base, 0, png, new int[] { 1200, 700 });
        byte[] b = Files.readAllBytes(png);
        // the PNG signature, then IHDR's width and height as 4-byte big-endian integers at bytes 16 and 20 (PNG spec, 11.2.2)
        assertEquals(0x89, b[0] & 0xff);
        assertEquals(1200, ByteBuffer.wrap(b, 16, 4).getInt());
        assertEquals(700, ByteBuffer.wrap(b, 20, 4).getInt());
        Path svg = out.resolve("r.svg");
        Charts.export(base, 1, svg, new int[] { 1200, 700 });
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("1200", doc.getDocumentElement().getAttribute("width"));
        assertEquals("700", doc.getDocumentElement().getAttribute("height"));
        Path csv = out.resolve("r.csv");
        Charts.export(base, 2, csv, null);
        assertEquals("series,Cycle,Capacity retention (%)", Files.readAllLines(csv).get(0));
    }

    @Test
    void atSixHundredFortyByFourEightyTheLegendLeavesTheDataMostOfTheChart() {
        // four lines with sweep-style names ("cell, other value unit"), as a two-variable sweep has
        List<Series> lines = new java.util.ArrayList<>();
        for (int k = 0; k < 4; k++) {
            lines.add(new Series("LagpLco, LagpLco.temperature " + (40 + 10 * k) + " \u00b0C", new double[] { 0, 20, 40 },
                    new double[] { 80 + k, 85 + k, 90 + k }, Plot.Style.LINE_AND_POINTS, k));
        }
        Plot sweep = new Plot("Thickness", Plot.Axis.linear("LagpLco.cathode.coating.thickness", "nm"), CyclePlots.RETENTION,
                lines, List.of(), false);
        Charts.draw(chart, sweep);
        shell.setSize(640, 480);
        shell.layout(true, true);
        spin();
        var area = chart.getBaseChart().getPlotArea().getControl().getSize();
        var whole = chart.getBaseChart().getSize();
        assertTrue(area.x > 0.6 * whole.x && area.y > 0.45 * whole.y,
                "plot area " + area + " of " + whole + ": the legend below it does not hide the data");
    }
}
