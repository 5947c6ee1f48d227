package org.interphase.ui.results.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.interphase.results.read.CellResult;

/**
 * Voltage profiles of one cell at the cycles ticked in a list: the voltage of trace.csv against
 * the time since the cycle began (the end of the step before it), one series per cycle.
 */
public final class VoltagePage {

    private static final Set<String> PROFILE_STEPS = Set.of("charge", "discharge", "hold");

    private final SashForm sash;
    private final Combo cellCombo;
    private final Table cycleList;
    private final Chart chart;
    private final List<CellResult> cells;
    private CellResult cell;

    VoltagePage(Composite parent, List<CellResult> cells) {
        this.cells = cells.stream().filter(c -> !profileCycles(c).isEmpty()).toList();
        sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        new Label(left, SWT.NONE).setText("Cell:");
        cellCombo = new Combo(left, SWT.READ_ONLY);
        cellCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        this.cells.forEach(c -> cellCombo.add(c.cell()));
        new Label(left, SWT.NONE).setText("Cycles:");
        cycleList = new Table(left, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        cycleList.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart = Charts.create(sash, "Voltage profiles", "Time in the cycle (h)", "Voltage (V)");
        sash.setWeights(1, 5);
        cellCombo.addListener(SWT.Selection, e -> showCell(cellCombo.getText()));
        cycleList.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                redraw();
            }
        });
        if (!this.cells.isEmpty()) {
            showCell(this.cells.get(0).cell());
        }
    }

    /** The cycles of a cell's trace that hold a charge, discharge or hold step, in order. */
    public static List<Integer> profileCycles(CellResult c) {
        double[] cycle = c.trace().numbers("cycle");
        String[] step = c.trace().texts("step");
        TreeSet<Integer> cycles = new TreeSet<>();
        for (int i = 0; i < cycle.length; i++) {
            if (PROFILE_STEPS.contains(step[i])) {
                cycles.add((int) cycle[i]);
            }
        }
        return new ArrayList<>(cycles);
    }

    Control control() {
        return sash;
    }

    public Chart chart() {
        return chart;
    }

    /** The cell shown, or null. */
    public CellResult cell() {
        return cell;
    }

    /** Shows a cell's cycles, ticking its first, a middle and its last; ignored for a cell without profile. */
    public void showCell(String name) {
        CellResult c = cells.stream().filter(r -> r.cell().equals(name)).findFirst().orElse(null);
        if (c == null || c == cell) {
            return;
        }
        cell = c;
        cellCombo.setText(name);
        cycleList.removeAll();
        List<Integer> cycles = profileCycles(c);
        Set<Integer> ticked = Set.of(cycles.get(0), cycles.get(cycles.size() / 2), cycles.get(cycles.size() - 1));
        for (int k : cycles) {
            TableItem item = new TableItem(cycleList, SWT.NONE);
            item.setText("Cycle " + k);
            item.setData(k);
            item.setChecked(ticked.contains(k));
        }
        redraw();
    }

    /** The ticked cycles. */
    public List<Integer> checkedCycles() {
        List<Integer> k = new ArrayList<>();
        for (TableItem item : cycleList.getItems()) {
            if (item.getChecked()) {
                k.add((Integer) item.getData());
            }
        }
        return k;
    }

    /** Ticks exactly these cycles and redraws. */
    public void setCheckedCycles(List<Integer> cycles) {
        for (TableItem item : cycleList.getItems()) {
            item.setChecked(cycles.contains(item.getData()));
        }
        redraw();
    }

    private void redraw() {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        if (cell != null) {
            double[] time = cell.trace().numbers("time_s");
            double[] volts = cell.trace().numbers("voltage_V");
            double[] cycle = cell.trace().numbers("cycle");
            int colour = 0;
            for (int k : checkedCycles()) {
                List<double[]> points = new ArrayList<>();
                double start = Double.NaN;
                for (int i = 0; i < cycle.length; i++) {
                    if (cycle[i] == k) {
                        if (Double.isNaN(start)) {
                            // the cycle begins where the step before it ended
                            start = i > 0 ? time[i - 1] : time[i];
                            if (i > 0) {
                                points.add(new double[] { 0, volts[i - 1] });
                            }
                        }
                        points.add(new double[] { (time[i] - start) / 3600, volts[i] });
                    }
                }
                Charts.line(chart, "Cycle " + k, points.stream().mapToDouble(p -> p[0]).toArray(),
                        points.stream().mapToDouble(p -> p[1]).toArray(), colour++, points.size() < 60);
            }
        }
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }
}
