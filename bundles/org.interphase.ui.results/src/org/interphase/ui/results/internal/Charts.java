package org.interphase.ui.results.internal;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.jface.dialogs.MessageDialog;

/** Making the editor's SWTChart charts: titles, line series, equal axes and the export menu. */
public final class Charts {

    /** The labels of the export menu of every chart. */
    static final String[] EXPORT_LABELS = { "Export Chart as PNG...", "Export Chart as SVG...", "Export Data as CSV..." };

    private Charts() {
    }

    static Chart create(Composite parent, String title, String xTitle, String yTitle) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(title);
        chart.getAxisSet().getXAxis(0).getTitle().setText(xTitle);
        chart.getAxisSet().getYAxis(0).getTitle().setText(yTitle);
        chart.getLegend().setPosition(SWT.RIGHT);
        exportMenu(chart, title);
        return chart;
    }

    /**
     * Adds a line series of the points whose x and y are both numbers (an empty CSV field is NaN:
     * not drawn).
     *
     * @param symbols draw a symbol at each point (for sparse data)
     */
    static ILineSeries<?> line(Chart chart, String name, double[] x, double[] y, int colour, boolean symbols) {
        int n = 0;
        double[] xs = new double[x.length];
        double[] ys = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                xs[n] = x[i];
                ys[n] = y[i];
                n++;
            }
        }
        String id = name;
        for (int k = 2; chart.getSeriesSet().getSeries(id) != null; k++) {
            id = name + " (" + k + ")";
        }
        ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        s.setXSeries(java.util.Arrays.copyOf(xs, n));
        s.setYSeries(java.util.Arrays.copyOf(ys, n));
        s.setLineColor(Palette.colour(colour));
        s.setSymbolColor(Palette.colour(colour));
        s.setSymbolType(symbols ? PlotSymbolType.CIRCLE : PlotSymbolType.NONE);
        s.setSymbolSize(3);
        s.setLineWidth(2);
        s.setAntialias(SWT.ON);
        return s;
    }

    /** Draws a series as points only (no line between them). */
    static void pointsOnly(ILineSeries<?> s) {
        s.setLineStyle(LineStyle.NONE);
        s.setSymbolType(PlotSymbolType.CIRCLE);
        s.setSymbolSize(4);
    }

    /** Every series with at least one point. */
    static boolean hasData(Chart chart) {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            if (s.getXSeries().length > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Keeps one unit of x as long on screen as one unit of y (a Nyquist plot), enlarging the
     * shorter range around its centre whenever the chart is laid out.
     */
    static void equalAxes(Chart chart) {
        Control area = chart.getPlotArea().getControl();
        boolean[] busy = { false };
        Runnable fit = () -> {
            if (busy[0]) {
                return;
            }
            busy[0] = true;
            try {
                fitEqual(chart, area.getSize());
            } finally {
                busy[0] = false;
            }
        };
        area.addListener(SWT.Resize, e -> fit.run());
        fit.run();
    }

    /** Sets both ranges around the data, 5 % margin, with the same data units per pixel. */
    private static void fitEqual(Chart chart, Point size) {
        if (size.x < 20 || size.y < 20) {
            return;
        }
        double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            for (double v : s.getXSeries()) {
                x0 = Math.min(x0, v);
                x1 = Math.max(x1, v);
            }
            for (double v : s.getYSeries()) {
                y0 = Math.min(y0, v);
                y1 = Math.max(y1, v);
            }
        }
        if (!(x1 >= x0) || !(y1 >= y0)) {
            return;
        }
        double span = Math.max(Math.max(x1 - x0, y1 - y0), 1e-12) * 1.1;
        double perPixel = Math.max(Math.max(x1 - x0, 1e-12) * 1.1 / size.x, Math.max(y1 - y0, 1e-12) * 1.1 / size.y);
        if (!Double.isFinite(perPixel) || !Double.isFinite(span)) {
            return;
        }
        double xc = (x0 + x1) / 2;
        double yc = (y0 + y1) / 2;
        chart.getAxisSet().getXAxis(0).setRange(new Range(xc - perPixel * size.x / 2, xc + perPixel * size.x / 2));
        chart.getAxisSet().getYAxis(0).setRange(new Range(yc - perPixel * size.y / 2, yc + perPixel * size.y / 2));
    }

    /** The axis ranges as a ratio: data units per pixel in x over those in y (1 for equal axes). */
    public static double aspect(Chart chart) {
        Point size = chart.getPlotArea().getControl().getSize();
        Range x = chart.getAxisSet().getXAxis(0).getRange();
        Range y = chart.getAxisSet().getYAxis(0).getRange();
        return ((x.upper - x.lower) / size.x) / ((y.upper - y.lower) / size.y);
    }

    private static void exportMenu(Chart chart, String title) {
        MenuManager menu = new MenuManager();
        String base = title.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-|-$", "");
        menu.add(action(chart, EXPORT_LABELS[0], base + ".png", "*.png", ChartExport::png));
        menu.add(action(chart, EXPORT_LABELS[1], base + ".svg", "*.svg", ChartExport::svg));
        menu.add(action(chart, EXPORT_LABELS[2], base + ".csv", "*.csv", ChartExport::csv));
        Control area = chart.getPlotArea().getControl();
        area.setMenu(menu.createContextMenu(area));
        chart.setMenu(area.getMenu());
    }

    @FunctionalInterface
    private interface Writer {
        void write(Chart chart, Path file) throws java.io.IOException;
    }

    private static Action action(Chart chart, String label, String name, String filter, Writer writer) {
        return new Action(label) {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(chart.getShell(), SWT.SAVE);
                dialog.setFileName(name);
                dialog.setFilterExtensions(new String[] { filter });
                dialog.setOverwrite(true);
                String file = dialog.open();
                if (file == null) {
                    return;
                }
                try {
                    writer.write(chart, Path.of(file));
                } catch (java.io.IOException | RuntimeException e) {
                    MessageDialog.openError(chart.getShell(), "Export", "Could not write " + file + ": " + e.getMessage());
                }
            }
        };
    }
}
