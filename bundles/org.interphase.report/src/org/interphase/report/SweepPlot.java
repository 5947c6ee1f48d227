package org.interphase.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.interphase.model.results.Metrics;
import org.interphase.results.SweepTable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;

/**
 * sweep.png beside sweep.csv: the sweep's headline metric against its first varied value, one
 * series per cell and combination of the other varied values.
 */
public final class SweepPlot {

    public static final String FILE = "sweep.png";

    /** A metric the plot can show: its axis label and how to read it from a run's metrics. */
    record Metric(String label, Function<Metrics, Double> value) {
    }

    /** The axis label of each metric a sweep plot can show. */
    private static final Map<org.interphase.results.Metric, String> LABELS = Map.of(
            org.interphase.results.Metric.CAPACITY_RETENTION, CellPlots.CAPACITY_LABEL,
            org.interphase.results.Metric.ONSET_POTENTIAL, "Onset potential (V vs Li/Li\u207a)",
            org.interphase.results.Metric.TIME_TO_SHORT, "Time to short (h)",
            org.interphase.results.Metric.IONIC_CONDUCTIVITY, "Ionic conductivity (S/cm)",
            org.interphase.results.Metric.FINAL_RESISTANCE, "Final series resistance (\u03a9 cm\u00b2)");

    /** In order of preference ({@link org.interphase.results.Metric#SWEEP_PLOT}): the first that any point has a value for is plotted. */
    static final List<Metric> METRICS = org.interphase.results.Metric.SWEEP_PLOT.stream()
            .map(k -> new Metric(LABELS.get(k), m -> (Double) k.of(m))).toList();

    private SweepPlot() {
    }

    /** The metric plotted for these rows, if any point has one. */
    static Optional<Metric> metric(List<SweepTable.Row> rows) {
        return METRICS.stream().filter(m -> rows.stream().anyMatch(r -> finite(value(m, r)))).findFirst();
    }

    /** The chart, or empty when nothing varies or no point has a metric. */
    public static Optional<JFreeChart> chart(String sweep, List<String> columns, List<SweepTable.Row> rows) {
        Optional<Metric> metric = metric(rows);
        if (columns.isEmpty() || metric.isEmpty()) {
            return Optional.empty();
        }
        Map<String, XYSeries> series = new LinkedHashMap<>();
        java.util.Set<String> without = new java.util.LinkedHashSet<>();
        for (SweepTable.Row row : rows) {
            if (row.values().isEmpty()) {
                continue;
            }
            List<String> key = new ArrayList<>(List.of(row.result().getCell()));
            for (int i = 1; i < columns.size() && i < row.values().size(); i++) {
                key.add(describe(columns.get(i), row.values().get(i)));
            }
            String name = String.join(", ", key);
            Double y = value(metric.get(), row);
            if (finite(y)) {
                series.computeIfAbsent(name, Charts::series).add(row.values().get(0), y);
            } else {
                without.add(name);
            }
        }
        if (series.isEmpty()) {
            return Optional.empty();
        }
        without.removeAll(series.keySet());
        org.jfree.chart.axis.NumberAxis x = Charts.axis(axisLabel(columns.get(0)));
        x.setAutoRangeStickyZero(false); // a point at 0 stays clear of the axis line
        XYPlot plot = Charts.plot(Charts.collection(new ArrayList<>(series.values())), x,
                Charts.axis(metric.get().label()), Charts.lines(series.size(), true));
        String subtitle = "one line per cell" + (columns.size() > 1 ? " and value of the other variations" : "");
        if (!without.isEmpty()) {
            subtitle += "; no value for " + String.join("; ", without) + " (see sweep.csv)";
        }
        return Optional.of(Charts.chart(sweep + ": " + lower(metric.get().label()) + " across the sweep", subtitle, plot));
    }

    /** Writes sweep.png into the sweep's folder when a chart applies; returns whether it did. */
    public static boolean write(Path folder, String sweep, List<String> columns, List<SweepTable.Row> rows) throws IOException {
        Optional<JFreeChart> chart = chart(sweep, columns, rows);
        if (chart.isPresent()) {
            Charts.png(chart.get(), folder.resolve(FILE));
        }
        return chart.isPresent();
    }

    private static Double value(Metric m, SweepTable.Row row) {
        return row.result().getMetrics() == null ? null : m.value().apply(row.result().getMetrics());
    }

    private static boolean finite(Double v) {
        return v != null && Double.isFinite(v);
    }

    private static String lower(String label) {
        String name = label.replaceAll(" \\(.*\\)$", "");
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** A sweep.csv column (path_unit) as an axis label: "LagpLco.cathode.coating.thickness (nm)". */
    static String axisLabel(String column) {
        String[] parts = split(column);
        return parts[1].isEmpty() ? parts[0] : parts[0] + " (" + parts[1] + ")";
    }

    /** A value in a legend: "temperature 60 \u00b0C". */
    static String describe(String column, double value) {
        String[] parts = split(column);
        String number = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.4g", value);
        return parts[0] + " " + number + (parts[1].isEmpty() ? "" : " " + parts[1]);
    }

    /** Name and unit of a column: the unit follows the first '_' after the last '.'. */
    private static String[] split(String column) {
        int dot = column.lastIndexOf('.');
        int underscore = column.indexOf('_', dot + 1);
        if (underscore < 0) {
            return new String[] { column, "" };
        }
        String unit = column.substring(underscore + 1).replace("_per_", "/").replace("degC", "\u00b0C");
        return new String[] { column.substring(0, underscore), unit };
    }
}
