package org.interphase.ui.results.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

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
import org.interphase.results.plot.VoltageProfiles;
import org.interphase.results.read.CellResult;

/**
 * Voltage profiles of one cell at the cycles ticked in a list: the cell voltage against the
 * capacity passed in each charge and discharge step, as {@code voltage.png} draws them
 * ({@link VoltageProfiles}, one definition for both), the same cycles ticked at first (the first, a
 * middle and the last), one series per cycle and direction ("Cycle 3 charge").
 */
public final class VoltagePage {

    private final SashForm sash;
    private final Combo cellCombo;
    private final Table cycleList;
    private final Chart chart;
    private final List<CellResult> cells;
    private CellResult cell;
    private SortedMap<Integer, List<VoltageProfiles.Profile>> profiles = new TreeMap<>();

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
        chart = Charts.create(sash, "Voltage profiles", "Capacity (mAh/cm\u00b2)", "Cell voltage (V)");
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

    /** The cycles of a cell that have a voltage profile, in order. */
    public static List<Integer> profileCycles(CellResult c) {
        return new ArrayList<>(profiles(c).keySet());
    }

    private static SortedMap<Integer, List<VoltageProfiles.Profile>> profiles(CellResult c) {
        return VoltageProfiles.all(VoltageProfiles.trace(c), VoltageProfiles.capacities(c));
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

    /** Shows a cell's cycles, ticking the first, a middle and the last ({@link VoltageProfiles#chosenCycles}); ignored for a cell without profile. */
    public void showCell(String name) {
        CellResult c = cells.stream().filter(r -> r.cell().equals(name)).findFirst().orElse(null);
        if (c == null || c == cell) {
            return;
        }
        cell = c;
        profiles = profiles(c);
        cellCombo.setText(name);
        cycleList.removeAll();
        List<Integer> ticked = VoltageProfiles.chosenCycles(profiles.keySet());
        for (int k : profiles.keySet()) {
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
        int colour = 0;
        for (int k : checkedCycles()) {
            for (VoltageProfiles.Profile p : profiles.getOrDefault(k, List.of())) {
                // a colour per cycle, as in voltage.png; the trace's step ends only: points, no line
                Charts.line(chart, "Cycle " + k + " " + p.direction(), p.capacity(), p.voltage(), colour,
                        p.stepEndsOnly() || p.capacity().length < 60);
            }
            colour++;
        }
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }
}
