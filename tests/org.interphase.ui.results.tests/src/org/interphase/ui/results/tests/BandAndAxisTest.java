package org.interphase.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;
import org.eclipse.swtchart.extensions.core.ScrollableChart;
import org.interphase.results.plot.Band;
import org.interphase.results.plot.CyclePlots;
import org.interphase.results.plot.Plot;
import org.interphase.results.plot.Series;
import org.interphase.ui.results.internal.Charts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * On a real display: an uncertainty band is a filled area between p5 and p95 (not two dashed
 * lines), and a zoomed cycle axis labels whole cycles instead of SWTChart's "...".
 */
class BandAndAxisTest {

    private Shell shell;

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    /** Retention of cell A over 10 cycles, 100 % falling 2 points per cycle, with a band of +-5 points. */
    static Plot withBand() {
        double[] cycle = new double[10];
        double[] a = new double[10];
        double[] lo = new double[10];
        double[] hi = new double[10];
        for (int i = 0; i < 10; i++) {
            cycle[i] = i + 1;
            a[i] = 100 - 2 * i;
            lo[i] = a[i] - 5;
            hi[i] = a[i] + 5;
        }
        return new Plot("Capacity retention", CyclePlots.CYCLE, CyclePlots.RETENTION,
                List.of(new Series("A", cycle, a, Plot.Style.LINE, 0)), List.of(new Plot.Marker(true, 80, "80 %")), false,
                List.of(new Band("A p5\u2013p95 of 20 samples", cycle, lo, a, hi, 0)));
    }

    private ScrollableChart show(Plot p) {
        shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        shell.setSize(800, 500);
        ScrollableChart chart = Charts.create(shell, p);
        Charts.draw(chart, p);
        shell.open();
        ChartInteractionTest.spin();
        return chart;
    }

    /** The plot area as drawn on screen. */
    private static ImageData pixels(Chart chart) {
        Control area = chart.getPlotArea().getControl();
        Display d = area.getDisplay();
        var size = area.getSize();
        Image image = new Image(d, size.x, size.y);
        GC gc = new GC(area);
        try {
            gc.copyArea(image, 0, 0);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    @Test
    void theBandIsATranslucentAreaBetweenItsBoundsBehindTheLine() throws Exception {
        ScrollableChart chart = show(withBand());
        Chart base = chart.getBaseChart();
        List<String> ids = new ArrayList<>();
        for (var s : base.getSeriesSet().getSeries()) {
            ids.add(s.getId());
        }
        assertTrue(ids.contains("A p5\u2013p95 of 20 samples"), ids.toString());
        IAxis x = base.getAxisSet().getXAxis(0);
        IAxis y = base.getAxisSet().getYAxis(0);
        assertTrue(y.getRange().upper >= 105 && y.getRange().lower <= 77, "the axis takes the band in: " + y.getRange().lower
                + ".." + y.getRange().upper);
        ImageData img = pixels(base);
        // above the band (9 points above the line, 4 above p95): the plot's background, neutral
        RGB background = img.palette.getRGB(img.getPixel(x.getPixelCoordinate(5.2), y.getPixelCoordinate(100 - 2 * 4.2 + 9)));
        assertTrue(Math.abs(background.red - background.blue) < 12 && background.red > 200, background.toString());
        // halfway between the line and p95 (2.5 points above the line) at 20 places along the band: a
        // dashed bound would leave gaps, an empty band the background. Blue palette colour (0, 114, 178)
        // at a quarter opacity over the background: blue well above red, red well below the background's.
        int tinted = 0;
        for (int k = 0; k < 20; k++) {
            double c = 1.5 + k * 0.4;
            double line = 100 - 2 * (c - 1);
            RGB p = img.palette.getRGB(img.getPixel(x.getPixelCoordinate(c), y.getPixelCoordinate(line + 2.5)));
            if (p.blue - p.red > 25 && background.red - p.red > 30) {
                tinted++;
            }
        }
        assertEquals(20, tinted, "filled all along, background " + background);
    }

    @Test
    void aZoomedCycleAxisLabelsWholeCyclesNotEllipses() throws Exception {
        ScrollableChart chart = show(ChartInteractionTest.retention());
        Chart base = chart.getBaseChart();
        IAxis x = base.getAxisSet().getXAxis(0);
        x.setRange(new Range(3, 8));
        base.redraw();
        ChartInteractionTest.spin();
        List<String> labels = labels(x);
        List<Double> values = new ArrayList<>();
        for (double v : x.getTick().getTickLabelValues()) {
            values.add(v);
        }
        assertTrue(values.stream().anyMatch(v -> v != Math.rint(v)), "SWTChart ticks at half cycles here: " + values);
        assertFalse(labels.contains("..."), labels.toString());
        List<String> shown = labels.stream().filter(l -> !l.isEmpty()).toList();
        assertEquals(List.of("3", "4", "5", "6", "7", "8"), shown, "every whole cycle labelled, " + labels);
        assertEquals("Cycle", x.getTitle().getText());
        assertEquals("Capacity retention (%)", base.getAxisSet().getYAxis(0).getTitle().getText());
    }

    /**
     * The labels SWTChart draws (its AxisTickLabels keeps them; not API, read by reflection): the
     * "..." it shows where a label does not parse back to its tick's place.
     */
    @SuppressWarnings("unchecked")
    static List<String> labels(IAxis axis) throws Exception {
        Object tick = axis.getTick();
        Object labels = tick.getClass().getMethod("getAxisTickLabels").invoke(tick);
        var field = labels.getClass().getDeclaredField("tickLabels");
        field.setAccessible(true);
        return new ArrayList<>((List<String>) field.get(labels));
    }
}
