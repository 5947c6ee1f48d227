package org.interphase.ui.results.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.extensions.core.ScrollableChart;
import org.interphase.results.plot.Band;
import org.interphase.results.plot.Plot;
import org.interphase.results.plot.Series;

/**
 * The bands of a plot ({@link Band}: the 5th to 95th percentile of the uncertainty samples) in an
 * SWTChart chart, as the PNG files draw them: a translucent area between the bounds in the colour of
 * the line, behind the series, and the median as a thin line named in the legend. SWTChart fills only
 * below a line, so the area is a polygon painted on the plot area; the bounds are also series without
 * line or symbol, so that the axis ranges take them in and the tooltip gives their values.
 */
final class BandLayer implements ICustomPaintListener {

    /** The opacity of a band's area, of 255 (JFreeChart's 0.25 in the PNG files). */
    static final int ALPHA = 64;
    private static final String KEY = "interphase.bands";

    private final Chart chart;

    private BandLayer(Chart chart) {
        this.chart = chart;
    }

    /** Adds the band's series to the chart and makes sure that its plot area paints the bands. */
    static void add(ScrollableChart chart, Band b) {
        Chart base = chart.getBaseChart();
        if (base.getData(KEY) == null) {
            BandLayer layer = new BandLayer(base);
            base.setData(KEY, layer);
            base.getPlotArea().addCustomPaintListener(layer);
        }
        if (b.middle().length > 0) {
            Charts.add(chart, new Series(b.name(), b.x(), b.middle(), Plot.Style.LINE, b.colour()), 1, LineStyle.SOLID);
        }
        Charts.add(chart, new Series(b.name() + " (p5)", b.x(), b.lower(), Plot.Style.LINE, b.colour(), false), 1,
                LineStyle.NONE);
        Charts.add(chart, new Series(b.name() + " (p95)", b.x(), b.upper(), Plot.Style.LINE, b.colour(), false), 1,
                LineStyle.NONE);
    }

    @Override
    public boolean drawBehindSeries() {
        return true;
    }

    @Override
    public void paintControl(PaintEvent e) {
        if (!(chart.getData(Charts.PLOT) instanceof Plot plot)) {
            return;
        }
        paint(e.gc, plot);
    }

    private void paint(GC gc, Plot plot) {
        IAxis xa = chart.getAxisSet().getXAxis(0);
        IAxis ya = chart.getAxisSet().getYAxis(0);
        int alpha = gc.getAlpha();
        gc.setAntialias(SWT.ON);
        gc.setAlpha(ALPHA);
        for (Band b : plot.bands()) {
            gc.setBackground(Palette.colour(b.colour()));
            gc.fillPolygon(polygon(b, xa, ya));
        }
        gc.setAlpha(alpha);
    }

    /** The outline of a band in pixels of the plot area: along the upper bound, back along the lower. */
    static int[] polygon(Band b, IAxis xa, IAxis ya) {
        int n = b.size();
        int[] p = new int[4 * n];
        for (int i = 0; i < n; i++) {
            p[2 * i] = xa.getPixelCoordinate(b.x()[i]);
            p[2 * i + 1] = ya.getPixelCoordinate(b.upper()[i]);
            int j = 2 * n - 1 - i;
            p[2 * j] = xa.getPixelCoordinate(b.x()[i]);
            p[2 * j + 1] = ya.getPixelCoordinate(b.lower()[i]);
        }
        return p;
    }
}
