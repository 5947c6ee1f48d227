package org.interphase.ui.results.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.interphase.results.Metric;
import org.interphase.results.read.CellResult;
import org.interphase.results.read.StudyResult;
import org.interphase.results.read.SweepResult;

/** The result editor's tables: a study's cells with their metrics, a sweep's points. */
final class CellTable {

    /** The heading of the notes column. */
    static final String NOTES = "Notes";

    private CellTable() {
    }

    /**
     * The cells of a study: status and the metrics of {@link Metric#TABLE} that some cell has, a stop
     * reason column when a run ended early, a notes column when a cell's summary.json has notes (such as a
     * retention above 100 %, docs/results.md#notes); each row's data is its {@link CellResult}.
     *
     * @param onSelect hears the name of a cell selected in the table
     */
    static Table create(Composite parent, StudyResult study, Consumer<String> onSelect) {
        Table table = new Table(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        List<Metric> columns = new ArrayList<>();
        for (Metric c : Metric.TABLE) {
            if (study.cells().stream().anyMatch(r -> Double.isFinite(r.metric(c.field())))) {
                columns.add(c);
            }
        }
        boolean reasons = study.cells().stream().anyMatch(r -> r.stopReason() != null);
        boolean notes = study.cells().stream().anyMatch(r -> !r.notes().isEmpty());
        new TableColumn(table, SWT.LEFT).setText("Cell");
        new TableColumn(table, SWT.LEFT).setText("Status");
        for (Metric c : columns) {
            TableColumn tc = new TableColumn(table, SWT.RIGHT);
            tc.setText(c.heading());
            tc.setToolTipText(c.field());
        }
        if (reasons) {
            new TableColumn(table, SWT.LEFT).setText("Stop reason");
        }
        if (notes) {
            new TableColumn(table, SWT.LEFT).setText(NOTES);
        }
        for (CellResult r : study.cells()) {
            TableItem row = new TableItem(table, SWT.NONE);
            List<String> texts = new ArrayList<>(List.of(r.cell(), r.status()));
            for (Metric c : columns) {
                double v = r.metric(c.field());
                texts.add(Double.isFinite(v) ? String.format(Locale.ROOT, c.format(), v) : "\u2013");
            }
            if (reasons) {
                texts.add(r.stopReason() == null ? "" : r.stopReason());
            }
            if (notes) {
                texts.add(String.join(" ", r.notes()));
            }
            row.setText(texts.toArray(String[]::new));
            row.setData(r);
        }
        for (TableColumn c : table.getColumns()) {
            c.pack();
        }
        table.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            if (i >= 0) {
                onSelect.accept(((CellResult) table.getItem(i).getData()).cell());
            }
        });
        return table;
    }

    /** A table's texts as shown: the row of headings, then a row per item. */
    static List<List<String>> texts(Table table) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(Arrays.stream(table.getColumns()).map(TableColumn::getText).toList());
        for (TableItem item : table.getItems()) {
            rows.add(IntStream.range(0, table.getColumnCount()).mapToObj(item::getText).toList());
        }
        return rows;
    }

    /** The points of a sweep, every column of sweep.csv as written. */
    static Table points(Composite parent, SweepResult sweep) {
        Table table = new Table(parent, SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String c : sweep.table().columns()) {
            new TableColumn(table, SWT.RIGHT).setText(c);
        }
        for (int r = 0; r < sweep.table().size(); r++) {
            TableItem row = new TableItem(table, SWT.NONE);
            for (int c = 0; c < sweep.table().columns().size(); c++) {
                row.setText(c, sweep.table().text(r, sweep.table().columns().get(c)));
            }
        }
        for (TableColumn c : table.getColumns()) {
            c.pack();
        }
        return table;
    }
}
