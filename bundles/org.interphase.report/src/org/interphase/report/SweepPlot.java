package org.interphase.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.interphase.results.Metric;
import org.interphase.results.SweepTable;
import org.interphase.results.plot.Plot;
import org.jfree.chart.JFreeChart;

/**
 * sweep.png beside sweep.csv: the sweep's headline metric (the first of {@link Metric#SWEEP_PLOT}
 * any point has) against its first varied value, drawn from the plot model
 * ({@link org.interphase.results.plot.SweepPlot}) that the result editor's sweep page also draws.
 */
public final class SweepPlot {

    public static final String FILE = "sweep.png";

    private SweepPlot() {
    }

    /** The metric plotted for these rows, if any point has one. */
    static Optional<Metric> metric(List<SweepTable.Row> rows) {
        return Metric.SWEEP_PLOT.stream().filter(m -> rows.stream().anyMatch(r -> Double.isFinite(value(m, r)))).findFirst();
    }

    /** The chart, or empty when nothing varies or no point has a metric. */
    public static Optional<JFreeChart> chart(String sweep, List<String> columns, List<SweepTable.Row> rows) {
        Optional<Metric> metric = metric(rows);
        if (columns.isEmpty() || metric.isEmpty()) {
            return Optional.empty();
        }
        List<org.interphase.results.plot.SweepPlot.Point> points = points(rows, metric.get());
        Plot.Axis axis = org.interphase.results.plot.SweepPlot.axis(metric.get());
        String quantity = axis.quantity();
        Plot plot = org.interphase.results.plot.SweepPlot.of(
                sweep + ": " + Character.toLowerCase(quantity.charAt(0)) + quantity.substring(1) + " across the sweep", columns,
                points, axis);
        if (!plot.hasData()) {
            return Optional.empty();
        }
        String subtitle = "one line per cell" + (columns.size() > 1 ? " and value of the other variations" : "");
        Set<String> without = org.interphase.results.plot.SweepPlot.without(columns, points);
        if (!without.isEmpty()) {
            subtitle += "; no value for " + String.join("; ", without) + " (see sweep.csv)";
        }
        return Optional.of(Charts.render(plot, subtitle));
    }

    /**
     * Writes sweep.png into the sweep's folder when a chart applies, and heatmap.png beside it when
     * two values vary for one cell ({@link HeatMapChart}); returns whether it wrote sweep.png.
     */
    public static boolean write(Path folder, String sweep, List<String> columns, List<SweepTable.Row> rows) throws IOException {
        Optional<JFreeChart> chart = chart(sweep, columns, rows);
        if (chart.isPresent()) {
            Charts.png(chart.get(), folder.resolve(FILE));
            HeatMapChart.write(folder, sweep, grid(columns, rows));
        }
        return chart.isPresent();
    }

    /** The heat map's grid of the metric of sweep.png, or null when it does not apply. */
    static org.interphase.results.plot.SweepPlot.Grid grid(List<String> columns, List<SweepTable.Row> rows) {
        Optional<Metric> metric = metric(rows);
        if (metric.isEmpty()) {
            return null;
        }
        return org.interphase.results.plot.SweepPlot.grid(columns, points(rows, metric.get()),
                org.interphase.results.plot.SweepPlot.axis(metric.get()));
    }

    private static List<org.interphase.results.plot.SweepPlot.Point> points(List<SweepTable.Row> rows, Metric metric) {
        return rows.stream()
                .map(r -> new org.interphase.results.plot.SweepPlot.Point(r.result().getCell(),
                        r.values().stream().mapToDouble(Double::doubleValue).toArray(), value(metric, r)))
                .toList();
    }

    private static double value(Metric m, SweepTable.Row row) {
        Number v = row.result().getMetrics() == null ? null : m.of(row.result().getMetrics());
        return v == null ? Double.NaN : v.doubleValue();
    }
}
