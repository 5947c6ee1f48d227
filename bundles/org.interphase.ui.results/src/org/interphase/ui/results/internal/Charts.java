package org.interphase.ui.results.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.swtchart.extensions.core.IChartSettings;
import org.eclipse.swtchart.extensions.core.ScrollableChart;
import org.eclipse.swtchart.extensions.core.SeriesData;
import org.eclipse.swtchart.extensions.exceptions.SeriesException;
import org.eclipse.swtchart.extensions.linecharts.ILineSeriesSettings;
import org.eclipse.swtchart.extensions.linecharts.LineChart;
import org.eclipse.swtchart.extensions.linecharts.LineSeriesData;
import org.eclipse.swtchart.extensions.menu.IChartMenuEntry;
import org.interphase.results.plot.Plot;
import org.interphase.results.plot.Series;

/**
 * The editor's charts, on SWTChart's extensions API ({@link LineChart}): the mouse wheel zooms,
 * dragging selects a range to zoom into, the sliders and arrow keys pan, a double click resets; its
 * context menu holds the extensions' range, legend and settings entries (axis titles, log scale,
 * legend) and ours for export. A tooltip over the plot names the nearest point and its values. What a
 * chart shows comes from the plot model ({@link Plot}), the same as the PNG files.
 */
public final class Charts {

    /** The labels of the export entries of every chart's menu. */
    static final String[] EXPORT_LABELS = { "Export Chart as PNG...", "Export Chart as SVG...", "Export Data as CSV..." };
    /** The key under which a chart keeps the plot it draws (for export). */
    static final String PLOT = "interphase.plot";
    /** How near, in pixels, the pointer must be to a point for its tooltip. */
    static final int TOOLTIP_RADIUS = 12;

    private Charts() {
    }

    /** An empty chart with the title and axes of a plot; {@link #draw} fills it. */
    public static ScrollableChart create(Composite parent, Plot plot) {
        LineChart chart = new LineChart(parent, SWT.NONE);
        IChartSettings s = chart.getChartSettings();
        s.setTitleVisible(true);
        s.setLegendVisible(true);
        s.setLegendPosition(SWT.BOTTOM); // below the plot: never over the data, and it leaves the width to the plot
        s.setEnableCompress(false);
        s.setEnableRangeSelector(false);
        s.setHorizontalSliderVisible(true);
        s.setVerticalSliderVisible(true);
        s.setShowAxisZeroMarker(false);
        s.setEnableTooltips(false); // the extensions' tooltip names the series only: ours gives the values
        for (int i = 0; i < EXPORT_LABELS.length; i++) {
            s.addMenuEntry(exportEntry(i));
        }
        chart.applySettings(s);
        axes(chart, plot);
        tooltips(chart.getBaseChart());
        return chart;
    }

    /** Title, axis titles (quantity and unit) and scales of a plot. */
    static void axes(ScrollableChart chart, Plot plot) {
        IChartSettings s = chart.getChartSettings();
        s.setTitle(plot.title());
        s.getPrimaryAxisSettingsX().setTitle(plot.x().title());
        s.getPrimaryAxisSettingsX().setEnableLogScale(plot.x().log());
        s.getPrimaryAxisSettingsY().setTitle(plot.y().title());
        s.getPrimaryAxisSettingsY().setEnableLogScale(plot.y().log());
        s.getPrimaryAxisSettingsX().setDecimalFormat(plot.x().integer() ? new WholeNumbers()
                : new java.text.DecimalFormat("0.###", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
        chart.applySettings(s);
    }

    /** Replaces the chart's series by the plot's, its reference lines as dashed grey series. */
    public static void draw(ScrollableChart chart, Plot plot) {
        chart.getBaseChart().setData(PLOT, plot);
        chart.deleteSeries();
        axes(chart, plot);
        for (Series s : plot.series()) {
            add(chart, s);
        }
        for (org.interphase.results.plot.Band b : plot.bands()) {
            BandLayer.add(chart, b);
        }
        double[] xr = range(plot, true);
        double[] yr = range(plot, false);
        for (Plot.Marker m : plot.markers()) {
            if (m.label().isEmpty() || xr == null) {
                continue;
            }
            double[] x = m.horizontal() ? xr : new double[] { m.value(), m.value() };
            double[] y = m.horizontal() ? new double[] { m.value(), m.value() } : yr;
            add(chart, new Series(m.label(), x, y, Plot.Style.DASHED, -1));
        }
        logScale(chart.getBaseChart().getAxisSet().getXAxis(0), plot.x().log());
        logScale(chart.getBaseChart().getAxisSet().getYAxis(0), plot.y().log());
        chart.adjustRange(true);
        if (plot.equalAxes()) {
            equalAxes(chart.getBaseChart());
        }
        chart.redraw();
    }

    /**
     * A log scale on the axis itself once the series are there (SWTChart refuses it while a series
     * has a value at or below zero: then the axis stays linear, as the plot model would have it).
     */
    private static void logScale(IAxis axis, boolean log) {
        try {
            axis.enableLogScale(log);
        } catch (IllegalStateException e) {
            axis.enableLogScale(false);
        }
    }

    private static double[] range(Plot plot, boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : plot.series()) {
            for (double v : x ? s.x() : s.y()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return hi >= lo ? new double[] { lo, hi } : null;
    }

    /** Adds one series as its style says; a name already taken gets " (2)", " (3)", ... */
    static void add(ScrollableChart chart, Series s) {
        add(chart, s, s.colour() < 0 ? 1 : 2, switch (s.style()) {
            case POINTS -> LineStyle.NONE;
            case DASHED -> LineStyle.DASH;
            default -> LineStyle.SOLID;
        });
    }

    /** Adds one series with a line of this width and style. */
    static void add(ScrollableChart chart, Series s, int width, LineStyle line) {
        String id = s.name();
        for (int k = 2; chart.getBaseChart().isSeriesContained(id); k++) {
            id = s.name() + " (" + k + ")";
        }
        LineSeriesData data = new LineSeriesData(new SeriesData(s.x(), s.y(), id));
        ILineSeriesSettings ls = data.getLineSeriesSettings();
        var colour = s.colour() < 0 ? chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : Palette.colour(s.colour());
        ls.setDescription(s.name());
        ls.setLineColor(colour);
        ls.setSymbolColor(colour);
        ls.setLineWidth(width);
        ls.setAntialias(SWT.ON);
        ls.setVisibleInLegend(s.legend());
        ls.setLineStyle(line);
        ls.setEnableStep(s.style() == Plot.Style.STEP);
        ls.setEnableArea(false); // the extensions fill below a line by default: lines only, as in the PNG files
        boolean symbols = s.style() == Plot.Style.POINTS || s.style() == Plot.Style.LINE_AND_POINTS;
        ls.setSymbolType(symbols ? PlotSymbolType.CIRCLE : PlotSymbolType.NONE);
        ls.setSymbolSize(s.style() == Plot.Style.POINTS ? 4 : 3);
        try {
            // as LineChart.addSeriesData does, without its compression and its resorting of x
            chart.getBaseChart().applySeriesSettings(chart.createSeries(data.getSeriesData(), ls), ls);
        } catch (SeriesException e) {
            throw new IllegalStateException(id + ": " + e.getMessage(), e);
        }
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

    // ---- tooltips -----------------------------------------------------------------------------------

    private static void tooltips(Chart chart) {
        Control area = chart.getPlotArea().getControl();
        area.addListener(SWT.MouseMove, e -> {
            String tip = tooltip(chart, e.x, e.y);
            if (!java.util.Objects.equals(tip, area.getToolTipText())) {
                area.setToolTipText(tip);
            }
        });
    }

    /**
     * The tooltip at a pixel of the plot area: the nearest visible point within
     * {@link #TOOLTIP_RADIUS} px, as "series\nx title: x\ny title: y", or null.
     */
    public static String tooltip(Chart chart, int px, int py) {
        IAxis xa = chart.getAxisSet().getXAxis(0);
        IAxis ya = chart.getAxisSet().getYAxis(0);
        ISeries<?> best = null;
        int bestIndex = -1;
        double bestD = TOOLTIP_RADIUS * (double) TOOLTIP_RADIUS;
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            if (!s.isVisible()) {
                continue;
            }
            double[] x = s.getXSeries();
            double[] y = s.getYSeries();
            for (int i = 0; i < x.length; i++) {
                double dx = xa.getPixelCoordinate(x[i]) - px;
                double dy = ya.getPixelCoordinate(y[i]) - py;
                if (dx * dx + dy * dy <= bestD) {
                    bestD = dx * dx + dy * dy;
                    best = s;
                    bestIndex = i;
                }
            }
        }
        if (best == null) {
            return null;
        }
        return best.getId() + "\n" + xa.getTitle().getText() + ": " + value(best.getXSeries()[bestIndex]) + "\n"
                + ya.getTitle().getText() + ": " + value(best.getYSeries()[bestIndex]);
    }

    private static String value(double v) {
        return String.format(Locale.ROOT, "%.5g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }

    // ---- equal axes (Nyquist) -----------------------------------------------------------------------

    /**
     * Keeps one unit of x as long on screen as one unit of y (a Nyquist plot), enlarging the
     * shorter range around its centre whenever the chart is laid out.
     */
    static void equalAxes(Chart chart) {
        Control area = chart.getPlotArea().getControl();
        if (area.getData("interphase.equalAxes") == null) {
            area.setData("interphase.equalAxes", Boolean.TRUE);
            area.addListener(SWT.Resize, e -> fitEqual(chart, area.getSize()));
        }
        fitEqual(chart, area.getSize());
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
        double perPixel = Math.max(Math.max(x1 - x0, 1e-12) * 1.1 / size.x, Math.max(y1 - y0, 1e-12) * 1.1 / size.y);
        if (!Double.isFinite(perPixel)) {
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

    // ---- export -------------------------------------------------------------------------------------

    /** The default size of an exported image: twice the PNG files', for print. */
    static final String DEFAULT_SIZE = "1600 x 1000";

    /** Width and height from "1600 x 1000" (or "1600x1000"), or null when it is not two whole numbers. */
    static int[] size(String text) {
        String[] parts = text.trim().split("\\s*[xX\u00d7]\\s*");
        try {
            return parts.length == 2 ? new int[] { Integer.parseInt(parts[0]), Integer.parseInt(parts[1]) } : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Writes a chart: PNG through the PNG writer at a chosen size, showing the ranges on screen
     * (zoomed or not); SVG at a chosen size; CSV of the series.
     */
    public static void export(Chart chart, int which, Path file, int[] size) throws java.io.IOException {
        switch (which) {
            case 0 -> {
                Plot plot = (Plot) chart.getData(PLOT);
                if (plot == null) {
                    throw new java.io.IOException("this chart has no plot to export");
                }
                Range x = chart.getAxisSet().getXAxis(0).getRange();
                Range y = chart.getAxisSet().getYAxis(0).getRange();
                org.interphase.report.PlotImages.png(plot, file, size[0], size[1], new double[] { x.lower, x.upper },
                        new double[] { y.lower, y.upper });
            }
            case 1 -> ChartExport.svg(chart, file, size[0], size[1]);
            default -> ChartExport.csv(chart, file);
        }
    }

    private static IChartMenuEntry exportEntry(int which) {
        String[] ext = { "png", "svg", "csv" };
        return new IChartMenuEntry() {
            @Override
            public String getCategory() {
                return "Export";
            }

            @Override
            public String getName() {
                return EXPORT_LABELS[which];
            }

            @Override
            public void execute(Shell shell, ScrollableChart chart) {
                int[] size = null;
                if (which < 2) {
                    InputDialog ask = new InputDialog(shell, EXPORT_LABELS[which].replace("...", ""),
                            "Width x height in pixels (the PNG files of a run are 800 x 500):", DEFAULT_SIZE,
                            t -> size(t) == null ? "Two whole numbers, e.g. 1600 x 1000" : null);
                    if (ask.open() != Window.OK) {
                        return;
                    }
                    size = size(ask.getValue());
                }
                String title = chart.getChartSettings().getTitle();
                String base = (title == null ? "chart" : title).replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-|-$", "");
                FileDialog dialog = new FileDialog(shell, SWT.SAVE);
                dialog.setFileName(base + "." + ext[which]);
                dialog.setFilterExtensions(new String[] { "*." + ext[which] });
                dialog.setOverwrite(true);
                String file = dialog.open();
                if (file == null) {
                    return;
                }
                try {
                    export(chart.getBaseChart(), which, Path.of(file), size);
                } catch (java.io.IOException | RuntimeException e) {
                    MessageDialog.openError(shell, "Export", "Could not write " + file + ": " + e.getMessage());
                }
            }
        };
    }

    /** The names of the series of a chart, in order. */
    static List<String> ids(Chart chart) {
        List<String> ids = new ArrayList<>();
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            ids.add(s.getId());
        }
        return ids;
    }
}
