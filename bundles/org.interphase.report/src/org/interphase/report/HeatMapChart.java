package org.interphase.report;

import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.interphase.results.plot.HeatScale;
import org.interphase.results.plot.SweepPlot.Grid;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * heatmap.png beside sweep.png when a sweep varies two values for one cell: the metric of sweep.png
 * over both, one square per pair with its value written in it, grey where no point has one, on the
 * scale of the plot model ({@link HeatScale}) that the result editor's heat map also uses. The squares
 * are equal whatever the spacing of the values (an axis tick per value), as in the editor.
 */
public final class HeatMapChart {

    public static final String FILE = "heatmap.png";

    private HeatMapChart() {
    }

    /** The chart of a grid, or empty when no pair has a value. */
    public static Optional<JFreeChart> chart(String sweep, Grid grid) {
        if (grid == null) {
            return Optional.empty();
        }
        double[] range = HeatScale.range(grid);
        if (!Double.isFinite(range[0])) {
            return Optional.empty();
        }
        int nx = grid.xs().length;
        int ny = grid.ys().length;
        double[][] data = new double[3][nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                data[0][j * nx + i] = i;
                data[1][j * nx + i] = j;
                data[2][j * nx + i] = grid.values()[j][i];
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(grid.metric().title(), data);
        XYBlockRenderer renderer = new XYBlockRenderer();
        Scale scale = new Scale(range[0], range[1]);
        renderer.setPaintScale(scale);
        renderer.setDefaultSeriesVisibleInLegend(false);
        XYPlot plot = new XYPlot(dataset, axis(grid.x().title(), grid.xs()), axis(grid.y().title(), grid.ys()), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double v = grid.values()[j][i];
                XYTextAnnotation a = new XYTextAnnotation(Double.isFinite(v) ? number(v) : "\u2013", i, j);
                a.setFont(Charts.TICK);
                a.setPaint(HeatScale.dark(HeatScale.rgb(v, range[0], range[1])) ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(a);
            }
        }
        String q = grid.metric().quantity();
        JFreeChart chart = Charts.chart(sweep + ": " + Character.toLowerCase(q.charAt(0)) + q.substring(1)
                + " over two varied values", "one square per pair; grey: no value (see sweep.csv)", plot);
        chart.removeLegend();
        NumberAxis legendAxis = new NumberAxis(grid.metric().title());
        Charts.style(legendAxis);
        legendAxis.setRange(range[0], range[1] > range[0] ? range[1] : range[0] + 1);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setMargin(new RectangleInsets(4, 10, 4, 4));
        legend.setStripWidth(14);
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        return Optional.of(chart);
    }

    /** Writes heatmap.png into the sweep's folder when the grid has a value; returns whether it did. */
    public static boolean write(Path folder, String sweep, Grid grid) throws IOException {
        Optional<JFreeChart> chart = chart(sweep, grid);
        if (chart.isPresent()) {
            Charts.png(chart.get(), folder.resolve(FILE));
        }
        return chart.isPresent();
    }

    /** An axis with a tick per value, at 0, 1, 2, ... */
    private static SymbolAxis axis(String title, double[] values) {
        SymbolAxis a = new SymbolAxis(title, Arrays.stream(values).mapToObj(HeatMapChart::number).toArray(String[]::new));
        Charts.style(a);
        a.setGridBandsVisible(false);
        a.setRange(-0.5, values.length - 0.5);
        return a;
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }

    /** {@link HeatScale} as JFreeChart's paint scale. */
    private record Scale(double lo, double hi) implements PaintScale {

        @Override
        public double getLowerBound() {
            return lo;
        }

        @Override
        public double getUpperBound() {
            return hi > lo ? hi : lo + 1;
        }

        @Override
        public Paint getPaint(double value) {
            int[] c = HeatScale.rgb(value, lo, hi);
            return new Color(c[0], c[1], c[2]);
        }
    }
}
