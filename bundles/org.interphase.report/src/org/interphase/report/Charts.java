package org.interphase.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.interphase.results.plot.Band;
import org.interphase.results.plot.Plot;
import org.interphase.results.plot.Series;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The look shared by every plot (white background, light grid, a colour-blind-safe palette, fonts
 * readable at 800 x 500 px) and PNG output through java.awt in headless mode.
 */
final class Charts {

    static {
        // no display on a server or in CI: java.awt draws into images only (must be set before AWT starts)
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Size of every PNG, in pixels. */
    static final int WIDTH = 800;
    static final int HEIGHT = 500;

    /** Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), then greys. */
    static final Color[] PALETTE = { new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000),
            new Color(0x999999) };

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 19);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color TEXT = new Color(0x222222);
    private static final Color MUTED = new Color(0x555555);

    private Charts() {
    }

    /** A series that keeps points in the order they were added (x may repeat or go back). */
    static XYSeries series(String key) {
        return new XYSeries(key, false, true);
    }

    static XYSeriesCollection collection(List<XYSeries> series) {
        XYSeriesCollection c = new XYSeriesCollection();
        series.forEach(c::addSeries);
        return c;
    }

    static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        style(a);
        return a;
    }

    /** An axis of cycle numbers: whole-number ticks. */
    static NumberAxis cycleAxis() {
        NumberAxis a = axis("Cycle");
        a.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return a;
    }

    static void style(ValueAxis a) {
        a.setLabelFont(LABEL);
        a.setLabelPaint(TEXT);
        a.setTickLabelFont(TICK);
        a.setTickLabelPaint(TEXT);
        a.setAxisLinePaint(MUTED);
        a.setTickMarkPaint(MUTED);
    }

    /** Lines in palette colours, 2 px wide; points drawn too when asked. */
    static XYLineAndShapeRenderer lines(int series, boolean shapes) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, shapes);
        for (int i = 0; i < series; i++) {
            r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            r.setSeriesStroke(i, stroke(false));
        }
        return r;
    }

    static Stroke stroke(boolean dashed) {
        return dashed ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] { 7f, 5f }, 0f)
                : new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static XYPlot plot(XYSeriesCollection data, ValueAxis x, ValueAxis y, XYLineAndShapeRenderer renderer) {
        XYPlot p = new XYPlot(data, x, y, renderer);
        p.setBackgroundPaint(Color.WHITE);
        p.setDomainGridlinePaint(GRID);
        p.setRangeGridlinePaint(GRID);
        p.setDomainGridlineStroke(new BasicStroke(1f));
        p.setRangeGridlineStroke(new BasicStroke(1f));
        p.setOutlinePaint(MUTED);
        p.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        return p;
    }

    /** A dashed horizontal (range) or vertical (domain) line with a label, placed by the anchors. */
    private static ValueMarker marker(double value, String label, RectangleAnchor anchor, TextAnchor textAnchor,
            RectangleInsets offset) {
        ValueMarker m = new ValueMarker(value, MUTED, stroke(true));
        m.setLabel(label);
        m.setLabelFont(TICK);
        m.setLabelPaint(MUTED);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 210));
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(textAnchor);
        m.setLabelOffset(offset);
        return m;
    }

    /** A level (such as 80 % retention), labelled above the line at the right. */
    static void horizontalMarker(XYPlot plot, double value, String label) {
        plot.addRangeMarker(marker(value, label, RectangleAnchor.TOP_RIGHT, TextAnchor.BOTTOM_RIGHT,
                new RectangleInsets(2, 2, 2, 6)));
    }

    /** A value of the x axis (such as an onset potential), labelled left of the line at the top. */
    static void verticalMarker(XYPlot plot, double value, String label) {
        plot.addDomainMarker(marker(value, label, RectangleAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT,
                new RectangleInsets(6, 6, 2, 6)));
    }

    /** The chart around a plot: title, an optional subtitle, a legend below the plot. */
    static JFreeChart chart(String title, String subtitle, XYPlot plot) {
        JFreeChart c = new JFreeChart(title, TITLE, plot, true);
        c.setBackgroundPaint(Color.WHITE);
        c.getTitle().setPaint(TEXT);
        c.setPadding(new RectangleInsets(8, 8, 8, 14));
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle t = new TextTitle(subtitle, SUBTITLE);
            t.setPaint(MUTED);
            t.setPosition(RectangleEdge.TOP);
            c.addSubtitle(1, t);
        }
        LegendTitle legend = c.getLegend();
        legend.setItemFont(LEGEND);
        legend.setItemPaint(TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setPosition(RectangleEdge.BOTTOM);
        return c;
    }

    /** The chart drawn at the PNG size. */
    static BufferedImage image(JFreeChart chart) {
        return image(chart, null);
    }

    static BufferedImage image(JFreeChart chart, ChartRenderingInfo info) {
        return image(chart, info, WIDTH, HEIGHT);
    }

    /** The chart drawn at a size, in pixels. */
    static BufferedImage image(JFreeChart chart, ChartRenderingInfo info, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * Makes one unit of x as long on screen as one unit of y (a Nyquist plot's semicircles stay
     * round): lays the chart out once, then widens whichever axis range is too short.
     */
    static void equalAspect(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        ChartRenderingInfo info = new ChartRenderingInfo();
        image(chart, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        ValueAxis x = plot.getDomainAxis();
        ValueAxis y = plot.getRangeAxis();
        double xPerPixel = x.getRange().getLength() / area.getWidth();
        double yPerPixel = y.getRange().getLength() / area.getHeight();
        double perPixel = Math.max(xPerPixel, yPerPixel);
        x.setRange(x.getLowerBound(), x.getLowerBound() + perPixel * area.getWidth());
        y.setRange(y.getLowerBound(), y.getLowerBound() + perPixel * area.getHeight());
    }

    /** Writes the chart as a PNG file. */
    static void png(JFreeChart chart, Path file) throws IOException {
        BufferedImage img = image(chart);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (!ImageIO.write(img, "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        }
    }

    // ---- drawing the plot model (org.interphase.results.plot): one definition of each chart's data

    /** A series of the plot model as a JFreeChart series. */
    static XYSeries xy(Series s) {
        XYSeries x = series(s.name());
        for (int i = 0; i < s.size(); i++) {
            x.add(s.x()[i], s.y()[i]);
        }
        return x;
    }

    /** An axis of the plot model: logarithmic with whole decades, whole-number ticks, or plain. */
    static ValueAxis axis(Plot.Axis a) {
        if (a.log()) {
            LogAxis l = new LogAxis(a.title());
            l.setBase(10);
            l.setSmallestValue(1e-6);
            l.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // whole decades: 10^-4, 10^-3, ...
            l.setMinorTickMarksVisible(true);
            l.setMinorTickCount(9);
            style(l);
            return l;
        }
        NumberAxis n = axis(a.title());
        if (a.integer()) {
            n.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        n.setAutoRangeStickyZero(false); // a profile's first point sits at 0: keep it off the axis line
        return n;
    }

    /** The renderer of a plot's series: colour, dash, symbols and steps as the model says. */
    static XYLineAndShapeRenderer renderer(List<Series> series) {
        boolean step = series.stream().anyMatch(s -> s.style() == Plot.Style.STEP);
        XYLineAndShapeRenderer r;
        if (step) {
            XYStepRenderer sr = new XYStepRenderer();
            sr.setStepPoint(0);
            r = sr;
        } else {
            r = new XYLineAndShapeRenderer(true, false);
        }
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            r.setSeriesPaint(i, colour(s.colour()));
            r.setSeriesStroke(i, step ? new BasicStroke(1.5f) : stroke(s.style() == Plot.Style.DASHED));
            r.setSeriesLinesVisible(i, s.style() != Plot.Style.POINTS);
            boolean shapes = s.style() == Plot.Style.POINTS || s.style() == Plot.Style.LINE_AND_POINTS;
            r.setSeriesShapesVisible(i, shapes);
            if (shapes) {
                r.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
            }
            r.setSeriesVisibleInLegend(i, s.legend());
        }
        return r;
    }

    /** A chart of the plot model, with a subtitle (study, protocol, status). */
    static JFreeChart render(Plot p, String subtitle) {
        XYPlot plot = plot(collection(p.series().stream().map(Charts::xy).toList()), axis(p.x()), axis(p.y()), renderer(p.series()));
        if (p.equalAxes()) {
            ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(true);
            ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        }
        for (Plot.Marker m : p.markers()) {
            if (m.horizontal()) {
                horizontalMarker(plot, m.value(), m.label());
            } else {
                verticalMarker(plot, m.value(), m.label());
            }
        }
        for (Band b : p.bands()) {
            addBand(plot, b, colour(b.colour()));
        }
        JFreeChart c = chart(p.title(), subtitle, plot);
        if (p.equalAxes()) {
            equalAspect(c);
        }
        return c;
    }

    /**
     * Draws a band of the plot model ({@link Band}) into a plot: the area between its bounds
     * translucent in the given colour, behind the lines of the first dataset, and its median as a
     * thin line; one legend entry. Bands go into the plot's second dataset.
     */
    static void addBand(XYPlot plot, Band b, Paint paint) {
        if (b.size() < 2) {
            return;
        }
        YIntervalSeries s = new YIntervalSeries(b.name());
        for (int i = 0; i < b.size(); i++) {
            double mid = b.middle().length > 0 ? b.middle()[i] : (b.lower()[i] + b.upper()[i]) / 2;
            s.add(b.x()[i], mid, b.lower()[i], b.upper()[i]);
        }
        YIntervalSeriesCollection bands = plot.getDataset(1) instanceof YIntervalSeriesCollection c ? c
                : new YIntervalSeriesCollection();
        DeviationRenderer renderer = plot.getRenderer(1) instanceof DeviationRenderer d ? d : new DeviationRenderer(true, false);
        renderer.setAlpha(0.25f);
        int index = bands.getSeriesCount();
        bands.addSeries(s);
        renderer.setSeriesPaint(index, paint);
        renderer.setSeriesFillPaint(index, paint);
        renderer.setSeriesStroke(index, new BasicStroke(1f));
        renderer.setSeriesLinesVisible(index, b.middle().length > 0);
        plot.setDataset(1, bands);
        plot.setRenderer(1, renderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE); // the band behind the lines
    }

    /** The colour of a series, for renderers that set their own strokes. */
    static Paint colour(int i) {
        return PALETTE[i % PALETTE.length];
    }
}
