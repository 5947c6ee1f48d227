package org.interphase.results.plot;

import java.util.List;

/**
 * One chart as data, drawn alike by the PNG writer (report, JFreeChart) and the result editor
 * (ui.results, SWTChart): a title, two axes, series and reference lines. No drawing library here.
 *
 * @param title     the chart's title
 * @param x         the horizontal axis
 * @param y         the vertical axis
 * @param series    the series, in legend order; none is empty
 * @param markers   reference lines (the 80 % line, an onset potential)
 * @param equalAxes one unit of x as long on screen as one unit of y (a Nyquist plot)
 * @param bands     filled areas behind the series (uncertainty), in legend order after the series;
 *                  none is shorter than two points
 */
public record Plot(String title, Axis x, Axis y, List<Series> series, List<Marker> markers, boolean equalAxes,
        List<Band> bands) {

    public Plot {
        series = series.stream().filter(s -> s.size() > 0).toList();
        markers = List.copyOf(markers);
        bands = bands.stream().filter(b -> b.size() >= 2).toList();
    }

    /** A plot without bands. */
    public Plot(String title, Axis x, Axis y, List<Series> series, List<Marker> markers, boolean equalAxes) {
        this(title, x, y, series, markers, equalAxes, List.of());
    }

    /** The same plot with these bands added. */
    public Plot withBands(List<Band> more) {
        List<Band> all = new java.util.ArrayList<>(bands);
        all.addAll(more);
        return new Plot(title, x, y, series, markers, equalAxes, all);
    }

    /** Whether any series has a point: a chart is only drawn for data. */
    public boolean hasData() {
        return !series.isEmpty();
    }

    /**
     * An axis: quantity, unit and scale.
     *
     * @param quantity what is measured ("Capacity retention")
     * @param unit     its unit ("%", "mAh cm⁻²"), or empty for a count such as the cycle
     * @param log      a logarithmic scale
     * @param integer  whole-number ticks (cycles)
     */
    public record Axis(String quantity, String unit, boolean log, boolean integer) {

        public static Axis linear(String quantity, String unit) {
            return new Axis(quantity, unit, false, false);
        }

        /** "Quantity (unit)", or the quantity alone without a unit. */
        public String title() {
            return unit.isEmpty() ? quantity : quantity + " (" + unit + ")";
        }
    }

    /** How a series is drawn. */
    public enum Style {
        /** a line through the points */
        LINE,
        /** a line with a symbol at each point (sparse data) */
        LINE_AND_POINTS,
        /** symbols only, no line (measured data, a trace of step ends only) */
        POINTS,
        /** a dashed line (a discharge beside its charge) */
        DASHED,
        /** each point's value held since the previous point (a step's end voltage over the step) */
        STEP
    }

    /**
     * A reference line across the plot.
     *
     * @param horizontal a line at a y value, else at an x value
     */
    public record Marker(boolean horizontal, double value, String label) {
    }
}
