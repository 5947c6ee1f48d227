package org.interphase.results.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.interphase.results.Metric;

/**
 * A sweep's metric against its first varied value: one line per cell and value of the other varied
 * values ("LagpLco, temperature 40 °C"); axes titled with quantity and unit from the sweep.csv
 * column ({@code LagpLco.cathode.coating.thickness_nm} is "LagpLco.cathode.coating.thickness (nm)");
 * a line with no value at any point is left out (and named by {@link #without}).
 */
public final class SweepPlot {

    /** The axis of each metric a sweep plot shows first ({@link Metric#SWEEP_PLOT}). */
    private static final Map<Metric, Plot.Axis> AXES = Map.of(
            Metric.CAPACITY_RETENTION, CyclePlots.RETENTION,
            Metric.ONSET_POTENTIAL, Plot.Axis.linear("Onset potential", "V vs Li/Li\u207a"),
            Metric.TIME_TO_SHORT, new Plot.Axis("Time to short", "h", true, false),
            Metric.IONIC_CONDUCTIVITY, new Plot.Axis("Ionic conductivity", "S/cm", true, false),
            Metric.FINAL_RESISTANCE, Plot.Axis.linear("Final series resistance", "\u03a9 cm\u00b2"));

    /**
     * One point of a sweep.
     *
     * @param cell   the cell
     * @param values the varied values, in the order of the columns
     * @param metric the metric shown, NaN when the point has none
     */
    public record Point(String cell, double[] values, double metric) {
    }

    private SweepPlot() {
    }

    /** The axis of a metric: quantity and unit, log for conductivity and time to short (they span decades). */
    public static Plot.Axis axis(Metric m) {
        Plot.Axis a = AXES.get(m);
        if (a != null) {
            return a;
        }
        String h = m.heading();
        int open = h.lastIndexOf(" (");
        return open < 0 ? Plot.Axis.linear(h, "") : Plot.Axis.linear(h.substring(0, open), h.substring(open + 2, h.length() - 1));
    }

    /** The metric of a sweep.csv column, or null. */
    public static Metric metric(String field) {
        for (Metric m : Metric.values()) {
            if (m.field().equals(field)) {
                return m;
            }
        }
        return null;
    }

    /** The plot; a log axis turns linear when a value is not above zero. */
    public static Plot of(String title, List<String> columns, List<Point> points, Plot.Axis metric) {
        Map<String, List<double[]>> lines = new LinkedHashMap<>();
        boolean positive = true;
        for (Point p : points) {
            if (p.values().length == 0 || columns.isEmpty()) {
                continue;
            }
            List<double[]> line = lines.computeIfAbsent(name(columns, p), k -> new ArrayList<>());
            if (Double.isFinite(p.metric())) {
                line.add(new double[] { p.values()[0], p.metric() });
                positive &= p.metric() > 0;
            }
        }
        List<Series> series = new ArrayList<>();
        for (var e : lines.entrySet()) {
            double[] x = e.getValue().stream().mapToDouble(v -> v[0]).toArray();
            double[] y = e.getValue().stream().mapToDouble(v -> v[1]).toArray();
            series.add(new Series(e.getKey(), x, y, Plot.Style.LINE_AND_POINTS, series.size()));
        }
        Plot.Axis y = metric.log() && !positive ? Plot.Axis.linear(metric.quantity(), metric.unit()) : metric;
        Plot.Axis x = columns.isEmpty() ? Plot.Axis.linear("Point", "") : axis(columns.get(0));
        return new Plot(title, x, y, series, List.of(), false);
    }

    /**
     * A metric over two varied values, for a heat map: the distinct values of the first and second
     * varied column in ascending order, and the metric at each pair (NaN where no point has one).
     *
     * @param x      the first varied column's axis
     * @param y      the second varied column's axis
     * @param xs     its distinct values
     * @param ys     the second's distinct values
     * @param values values[j][i] at (xs[i], ys[j])
     */
    public record Grid(Plot.Axis x, Plot.Axis y, Plot.Axis metric, double[] xs, double[] ys, double[][] values) {
    }

    /**
     * The heat map of a sweep that varies exactly two values for one cell (several cells would
     * share a square), or null.
     */
    public static Grid grid(List<String> columns, List<Point> points, Plot.Axis metric) {
        if (columns.size() != 2 || points.stream().map(Point::cell).distinct().count() != 1) {
            return null;
        }
        double[] xs = points.stream().mapToDouble(p -> p.values()[0]).distinct().sorted().toArray();
        double[] ys = points.stream().mapToDouble(p -> p.values()[1]).distinct().sorted().toArray();
        double[][] v = new double[ys.length][xs.length];
        for (double[] row : v) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (Point p : points) {
            v[java.util.Arrays.binarySearch(ys, p.values()[1])][java.util.Arrays.binarySearch(xs, p.values()[0])] = p.metric();
        }
        return new Grid(axis(columns.get(0)), axis(columns.get(1)), metric, xs, ys, v);
    }

    /** The lines that have no value at any point (left out of the plot and its legend). */
    public static Set<String> without(List<String> columns, List<Point> points) {
        Set<String> all = new LinkedHashSet<>();
        Set<String> with = new LinkedHashSet<>();
        for (Point p : points) {
            if (p.values().length == 0 || columns.isEmpty()) {
                continue;
            }
            all.add(name(columns, p));
            if (Double.isFinite(p.metric())) {
                with.add(name(columns, p));
            }
        }
        all.removeAll(with);
        return all;
    }

    /** A line's name: the cell and the other varied values. */
    static String name(List<String> columns, Point p) {
        List<String> key = new ArrayList<>(List.of(p.cell()));
        for (int i = 1; i < columns.size() && i < p.values().length; i++) {
            key.add(describe(columns.get(i), p.values()[i]));
        }
        return String.join(", ", key);
    }

    /** A sweep.csv column (path_unit) as an axis. */
    public static Plot.Axis axis(String column) {
        String[] parts = split(column);
        return Plot.Axis.linear(parts[0], parts[1]);
    }

    /** A value in a legend or a table: "temperature 60 °C". */
    public static String describe(String column, double value) {
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
