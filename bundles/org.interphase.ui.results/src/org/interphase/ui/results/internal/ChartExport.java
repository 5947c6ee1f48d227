package org.interphase.ui.results.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * Exports a chart of the result editor: as the PNG image on screen, as an SVG drawing of its series
 * (written here from the series and the axis ranges shown), or its series as CSV.
 */
public final class ChartExport {

    private static final int W = 800;
    private static final int H = 500;
    private static final int LEFT = 80;
    private static final int RIGHT = 190;
    private static final int TOP = 40;
    private static final int BOTTOM = 55;

    private ChartExport() {
    }

    /** The chart as shown, as a PNG image (the chart must be visible: its page selected). */
    public static void png(Chart chart, Path file) throws IOException {
        Point size = chart.getSize();
        if (size.x <= 0 || size.y <= 0 || !chart.isVisible()) {
            throw new IOException("the chart is not shown: select its page first");
        }
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        chart.save(tmp.toString(), SWT.IMAGE_PNG);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The series as CSV: {@code series,<x axis title>,<y axis title>}, one row per point. */
    public static void csv(Chart chart, Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("series,").append(field(chart.getAxisSet().getXAxis(0).getTitle().getText())).append(',')
                .append(field(chart.getAxisSet().getYAxis(0).getTitle().getText())).append('\n');
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            double[] x = s.getXSeries();
            double[] y = s.getYSeries();
            for (int i = 0; i < x.length; i++) {
                b.append(field(s.getId())).append(',').append(number(x[i])).append(',').append(number(y[i])).append('\n');
            }
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    /** An SVG drawing of the series on the chart's current axis ranges, with axes, ticks, titles and a legend. */
    public static void svg(Chart chart, Path file) throws IOException {
        svg(chart, file, W, H);
    }

    /** The SVG drawing at a chosen size, in pixels (its viewBox; it scales without loss). */
    public static void svg(Chart chart, Path file, int w, int h) throws IOException {
        Range xr = chart.getAxisSet().getXAxis(0).getRange();
        Range yr = chart.getAxisSet().getYAxis(0).getRange();
        double pw = w - LEFT - RIGHT;
        double ph = h - TOP - BOTTOM;
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n",
                w, h, w, h));
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">%s</text>\n",
                LEFT + (int) pw / 2, xml(chart.getTitle().getText())));
        b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.0f\" height=\"%.0f\" fill=\"none\" stroke=\"#444\"/>\n",
                LEFT, TOP, pw, ph));
        for (double t : ticks(xr.lower, xr.upper)) {
            double px = LEFT + (t - xr.lower) / (xr.upper - xr.lower) * pw;
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n", px, (double) TOP, px, TOP + ph, px,
                    TOP + ph + 16, tick(t)));
        }
        for (double t : ticks(yr.lower, yr.upper)) {
            double py = TOP + ph - (t - yr.lower) / (yr.upper - yr.lower) * ph;
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", LEFT, py, LEFT + pw, py, LEFT - 6, py + 4,
                    tick(t)));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", LEFT + pw / 2,
                h - 14, xml(chart.getAxisSet().getXAxis(0).getTitle().getText())));
        b.append(String.format(Locale.ROOT,
                "<text x=\"18\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 18 %.1f)\">%s</text>\n",
                TOP + ph / 2, TOP + ph / 2, xml(chart.getAxisSet().getYAxis(0).getTitle().getText())));
        b.append(String.format(Locale.ROOT,
                "<clipPath id=\"plot\"><rect x=\"%d\" y=\"%d\" width=\"%.0f\" height=\"%.0f\"/></clipPath>\n", LEFT, TOP, pw, ph));
        int row = 0;
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            double[] x = s.getXSeries();
            double[] y = s.getYSeries();
            String colour = "#000000";
            boolean line = true;
            if (s instanceof ILineSeries<?> l) {
                colour = hex(l.getLineColor());
                line = l.getLineStyle() != LineStyle.NONE;
            }
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < x.length; i++) {
                double px = LEFT + (x[i] - xr.lower) / (xr.upper - xr.lower) * pw;
                double py = TOP + ph - (y[i] - yr.lower) / (yr.upper - yr.lower) * ph;
                points.append(String.format(Locale.ROOT, "%.2f,%.2f ", px, py));
                if (!line || x.length < 40) {
                    b.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"2.5\" fill=\"%s\" clip-path=\"url(#plot)\"/>\n",
                            px, py, colour));
                }
            }
            if (line && x.length > 1) {
                b.append(String.format(Locale.ROOT,
                        "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" clip-path=\"url(#plot)\" points=\"%s\"/>\n", colour,
                        points.toString().trim()));
            }
            int ly = TOP + 10 + 18 * row++;
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>\n", w - RIGHT + 12, ly, w - RIGHT + 32, ly, colour, w - RIGHT + 38, ly + 4,
                    xml(s.getId())));
        }
        b.append("</svg>\n");
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    /** About five round tick values inside [lo, hi]. */
    static double[] ticks(double lo, double hi) {
        if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new double[0];
        }
        double raw = (hi - lo) / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag >= 5 ? 5 * mag : raw / mag >= 2 ? 2 * mag : mag;
        int first = (int) Math.ceil(lo / step);
        int last = (int) Math.floor(hi / step);
        double[] t = new double[Math.max(0, last - first + 1)];
        for (int i = 0; i < t.length; i++) {
            t[i] = (first + i) * step;
        }
        return t;
    }

    private static String tick(double v) {
        return String.format(Locale.ROOT, "%.4g", v == 0 ? 0.0 : v).replaceAll("\\.?0+$", "").replaceAll("\\.?0+e", "e");
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static String hex(Color c) {
        return c == null ? "#000000" : String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String xml(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String field(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
