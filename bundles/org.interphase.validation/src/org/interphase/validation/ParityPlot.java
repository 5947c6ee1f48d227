package org.interphase.validation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The parity plot of one measurement kind: computed against published, one point per case with a
 * published number (a range at its middle) and a computed value; the diagonal is perfect agreement.
 */
final class ParityPlot {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final Color PASS = new Color(0x009E73);
    private static final Color MISS = new Color(0xD55E00);

    private ParityPlot() {
    }

    /** The points a kind's plot would draw: cases with a central published value and a computed one. */
    static List<Verdict> plotted(List<Verdict> verdicts, Kind kind) {
        return verdicts.stream().filter(v -> v.vcase().kind() == kind && v.computed() != null
                && Double.isFinite(v.vcase().published().central())
                && (!kind.logScale() || (v.computed() > 0 && v.vcase().published().central() > 0))).toList();
    }

    /** Writes the plot as PNG (atomically); false when the kind has no point to draw. */
    static boolean write(List<Verdict> verdicts, Kind kind, Path png) throws IOException {
        List<Verdict> points = plotted(verdicts, kind);
        if (points.isEmpty()) {
            return false;
        }
        XYSeries pass = new XYSeries("within tolerance");
        XYSeries miss = new XYSeries("outside tolerance");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Verdict v : points) {
            double x = v.vcase().published().central();
            double y = v.computed();
            (v.pass() ? pass : miss).add(x, y);
            lo = Math.min(lo, Math.min(x, y));
            hi = Math.max(hi, Math.max(x, y));
        }
        if (kind.logScale()) {
            lo /= 2;
            hi *= 2;
        } else {
            double pad = Math.max(0.05 * (hi - lo), 0.05 * Math.max(Math.abs(hi), 1e-12));
            lo -= pad;
            hi += pad;
        }
        XYSeries diagonal = new XYSeries("computed = published");
        diagonal.add(lo, lo);
        diagonal.add(hi, hi);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(pass);
        data.addSeries(miss);
        data.addSeries(diagonal);
        String label = " (" + kind.unit() + ")";
        ValueAxis x = kind.logScale() ? new LogAxis("published" + label) : new NumberAxis("published" + label);
        ValueAxis y = kind.logScale() ? new LogAxis("computed" + label) : new NumberAxis("computed" + label);
        x.setRange(lo, hi);
        y.setRange(lo, hi);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShapesVisible(2, false);
        renderer.setSeriesPaint(0, PASS);
        renderer.setSeriesPaint(1, MISS);
        renderer.setSeriesPaint(2, Color.GRAY);
        renderer.setSeriesStroke(2, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] { 6, 4 }, 0));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesShape(1, new Rectangle2D.Double(-5, -5, 10, 10));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart("Validation: " + kind.word().replace('_', ' '),
                new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        Files.createDirectories(png.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(png.toAbsolutePath().getParent(), ".parity", ".png");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            ChartUtils.writeChartAsPNG(out, chart, 640, 480);
        }
        Files.move(tmp, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }
}
