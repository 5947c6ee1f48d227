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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swtchart.extensions.core.ScrollableChart;
import org.interphase.results.plot.Plot;
import org.interphase.results.plot.Series;
import org.interphase.results.plot.VoltagePlot;
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
    private final ScrollableChart chart;
    private final Button dqdv;
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
        dqdv = new Button(left, SWT.CHECK);
        dqdv.setText("dQ/dV against voltage");
        dqdv.addListener(SWT.Selection, e -> redraw());
        chart = Charts.create(sash, plot());
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
        return chart.getBaseChart();
    }

    /** Shows dQ/dV against voltage instead of voltage against capacity. */
    public void setDqDv(boolean on) {
        dqdv.setSelection(on);
        redraw();
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
        List<Integer> ticked = VoltageProfiles.chosenCycles(profiles);
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
        Charts.draw(chart, plot());
    }

    /**
     * The ticked cycles' profiles as a plot ({@link VoltagePlot}: a colour per cycle, the discharge
     * dashed, as in voltage.png), or their dQ/dV against voltage.
     */
    private Plot plot() {
        List<VoltageProfiles.Profile> shown = new ArrayList<>();
        if (cycleList != null) {
            for (int k : checkedCycles()) {
                shown.addAll(profiles.getOrDefault(k, List.of()));
            }
        }
        String name = cell == null ? "" : cell.cell() + ": ";
        if (dqdv != null && dqdv.getSelection()) {
            List<Series> s = new ArrayList<>();
            List<Integer> cycles = shown.stream().map(VoltageProfiles.Profile::cycle).distinct().toList();
            for (VoltageProfiles.Profile p : shown) {
                s.add(VoltagePlot.dqdv(p, "cycle " + p.cycle() + " " + p.direction(), cycles.indexOf(p.cycle())));
            }
            return new Plot(name + "differential capacity", VoltagePlot.VOLTAGE, VoltagePlot.DQDV, s, List.of(), false);
        }
        return new Plot(name + "voltage profiles", VoltagePlot.CAPACITY, VoltagePlot.VOLTAGE, VoltagePlot.series(shown, "", 0),
                List.of(), false);
    }
}
