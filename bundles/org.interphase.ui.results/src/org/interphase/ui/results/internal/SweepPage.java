package org.interphase.ui.results.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.interphase.results.Metric;
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
    private final Chart chart;
    private final SweepResult sweep;
    private final List<String> metrics = new ArrayList<>();

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
        String x = sweep.varied().isEmpty() ? "point" : sweep.varied().get(0);
        chart = Charts.create(control, sweep.name(), x, "");
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
        return chart;
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
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        chart.getAxisSet().getYAxis(0).getTitle().setText(metric);
        double[] x = sweep.varied().isEmpty() ? null : sweep.table().numbers(sweep.varied().get(0));
        double[] y = sweep.table().numbers(metric);
        String[] cell = sweep.table().texts("cell");
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < y.length; r++) {
            StringBuilder key = new StringBuilder(cell[r]);
            for (int v = 1; v < sweep.varied().size(); v++) {
                key.append(", ").append(sweep.varied().get(v)).append(" = ").append(sweep.table().text(r, sweep.varied().get(v)));
            }
            groups.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(r);
        }
        int colour = 0;
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            double[] gx = g.getValue().stream().mapToDouble(r -> x == null ? r : x[r]).toArray();
            double[] gy = g.getValue().stream().mapToDouble(r -> y[r]).toArray();
            Charts.line(chart, g.getKey(), gx, gy, colour++, true);
        }
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }
}
