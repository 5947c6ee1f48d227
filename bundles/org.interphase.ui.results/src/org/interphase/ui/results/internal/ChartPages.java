package org.interphase.ui.results.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.extensions.core.ScrollableChart;
import org.interphase.results.plot.Plot;

/** The pages of a result or comparison editor: a tab per page, the charts by page title. */
final class ChartPages {

    private final CTabFolder tabs;
    private final Map<String, Chart> charts = new LinkedHashMap<>();

    ChartPages(CTabFolder tabs) {
        this.tabs = tabs;
    }

    /** A page holding a control. */
    void add(String title, Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(control);
    }

    /** A chart page of a plot, only when the plot has data: only pages the data supports. */
    void add(String title, Plot plot) {
        if (!plot.hasData()) {
            return;
        }
        ScrollableChart chart = Charts.create(tabs, plot);
        add(title, chart);
        Charts.draw(chart, plot);
        charts.put(title, chart.getBaseChart());
    }

    /** Names the chart of a page whose control holds more than the chart. */
    void chart(String title, Chart chart) {
        charts.put(title, chart);
    }

    Map<String, Chart> charts() {
        return Collections.unmodifiableMap(charts);
    }

    List<String> titles() {
        return Arrays.stream(tabs.getItems()).map(CTabItem::getText).toList();
    }

    /** Brings a page to the front, by title. */
    void show(String title) {
        for (CTabItem item : tabs.getItems()) {
            if (item.getText().equals(title)) {
                tabs.setSelection(item);
                tabs.getParent().layout(true, true);
            }
        }
    }
}
