package org.interphase.ui.results.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.extensions.core.ScrollableChart;
import org.interphase.results.Metric;
import org.interphase.results.plot.Plot;
import org.interphase.results.plot.SweepPlot;
import org.interphase.results.read.SweepResult;

/**
 * A sweep's metric (chosen in a list) against its first varied value: one series per cell and
 * value of the other variations, as sweep.png draws it.
 */
public final class SweepPage {

    /** The metric shown first: the first of these any point has (the order of sweep.png). */
    private static final List<String> PREFERRED = Metric.SWEEP_PLOT.stream().map(Metric::field).toList();

    private final Composite control;
    private final Combo metricCombo;
    private final ScrollableChart chart;
    private final SweepResult sweep;
    private final List<String> metrics = new ArrayList<>();
    private HeatMap heatMap;

    SweepPage(Composite parent, SweepResult sweep) {
        this.sweep = sweep;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(2, false));
        new Label(control, SWT.NONE).setText("Metric:");
        metricCombo = new Combo(control, SWT.READ_ONLY);
        for (String m : sweep.metrics()) {
            if (java.util.Arrays.stream(sweep.table().numbers(m)).anyMatch(Double::isFinite)) {
                metrics.add(m);
                metricCombo.add(m);
            }
        }
        chart = Charts.create(control, plot(metrics.isEmpty() ? null : metrics.get(0)));
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        metricCombo.addListener(SWT.Selection, e -> setMetric(metricCombo.getText()));
        String first = PREFERRED.stream().filter(metrics::contains).findFirst()
                .orElse(metrics.isEmpty() ? null : metrics.get(0));
        if (first != null) {
            setMetric(first);
        }
    }

    Control control() {
        return control;
    }

    public Chart chart() {
        return chart.getBaseChart();
    }

    /** The metrics with a value at some point, in the column order of sweep.csv. */
    public List<String> metrics() {
        return List.copyOf(metrics);
    }

    /** The metric shown. */
    public String metric() {
        return metricCombo.getText();
    }

    /** Shows a metric against the first varied value. */
    public void setMetric(String metric) {
        metricCombo.setText(metric);
        Charts.draw(chart, plot(metric));
        if (heatMap != null) {
            heatMap.set(sweep.name(), grid(metric));
        }
    }

    /** Whether two values vary for one cell: a heat map shows the metric over both. */
    public boolean hasHeatMap() {
        return grid(metrics.isEmpty() ? null : metrics.get(0)) != null;
    }

    /** Shows the metric in this heat map too, from now on. */
    void follow(HeatMap map) {
        heatMap = map;
        heatMap.set(sweep.name(), grid(metric()));
    }

    /** The heat map, or null. */
    public HeatMap heatMap() {
        return heatMap;
    }

    private SweepPlot.Grid grid(String metric) {
        if (metric == null || metric.isEmpty()) {
            return null;
        }
        Plot plot = plot(metric);
        return SweepPlot.grid(sweep.varied(), points(metric), plot.y());
    }

    /** The plot of a metric ({@link SweepPlot}: the same as sweep.png). */
    private Plot plot(String metric) {
        Metric m = metric == null ? null : SweepPlot.metric(metric);
        Plot.Axis axis = m != null ? SweepPlot.axis(m) : Plot.Axis.linear(metric == null ? "" : metric, "");
        return SweepPlot.of(sweep.name(), sweep.varied(), points(metric), axis);
    }

    /** The points of sweep.csv with a metric's values. */
    private List<SweepPlot.Point> points(String metric) {
        List<SweepPlot.Point> points = new ArrayList<>();
        String[] cell = sweep.table().texts("cell");
        double[] y = metric == null ? new double[cell.length] : sweep.table().numbers(metric);
        List<double[]> columns = sweep.varied().stream().map(v -> sweep.table().numbers(v)).toList();
        for (int r = 0; r < cell.length; r++) {
            double[] values = new double[columns.size()];
            for (int v = 0; v < values.length; v++) {
                values[v] = columns.get(v)[r];
            }
            points.add(new SweepPlot.Point(cell[r], values, metric == null ? Double.NaN : y[r]));
        }
        return points;
    }
}
