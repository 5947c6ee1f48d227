package org.interphase.uq.cell;

import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.uq.Percentiles;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Draws uncertainty bands into the charts of the report bundle: the 5th to 95th percentile of a
 * quantity per cycle as a translucent band in the colour of the cell's line, with the median as a
 * thin line, behind the nominal run. Cycles reached by fewer than half of the completed samples
 * (at least 3) are left out: a band drawn from the few samples that got that far would look
 * narrower than the uncertainty is.
 */
public final class UncertaintyPlots {

    /** Image size of the report's charts (report/Charts). */
    static final int WIDTH = 800;
    static final int HEIGHT = 500;

    private UncertaintyPlots() {
    }

    /** The band's series: cycles with enough samples, x = cycle, y = median, interval p5..p95. */
    static YIntervalSeries band(String key, List<Uncertainty.Band> bands, int completed) {
        YIntervalSeries s = new YIntervalSeries(key);
        int enough = Math.max(3, (completed + 1) / 2);
        for (Uncertainty.Band b : bands) {
            Percentiles p = b.percentiles();
            if (p.n() >= enough) {
                s.add(b.cycle(), p.p50(), p.p5(), p.p95());
            }
        }
        return s;
    }

    /**
     * Adds a cell's band to a chart whose first dataset holds the cell's line under the key
     * {@code line} (its colour is taken from there); does nothing when the band is empty.
     */
    static void addBand(JFreeChart chart, String line, YIntervalSeries band) {
        if (band.getItemCount() < 2) {
            return;
        }
        XYPlot plot = chart.getXYPlot();
        YIntervalSeriesCollection bands = plot.getDataset(1) instanceof YIntervalSeriesCollection c ? c
                : new YIntervalSeriesCollection();
        DeviationRenderer renderer = plot.getRenderer(1) instanceof DeviationRenderer d ? d : new DeviationRenderer(true, false);
        renderer.setAlpha(0.25f);
        int index = bands.getSeriesCount();
        bands.addSeries(band);
        Paint paint = Color.GRAY;
        if (plot.getDataset(0) instanceof XYSeriesCollection lines && lines.getSeriesIndex(line) >= 0
                && plot.getRenderer(0) instanceof org.jfree.chart.renderer.AbstractRenderer r) {
            paint = r.lookupSeriesPaint(lines.getSeriesIndex(line));
        }
        renderer.setSeriesPaint(index, paint);
        renderer.setSeriesFillPaint(index, paint);
        renderer.setSeriesStroke(index, new java.awt.BasicStroke(1.0f, java.awt.BasicStroke.CAP_BUTT,
                java.awt.BasicStroke.JOIN_ROUND, 1f, new float[] { 4f, 3f }, 0f));
        plot.setDataset(1, bands);
        plot.setRenderer(1, renderer);
        // the band behind the lines
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
    }

    /**
     * Keeps a retention chart readable when some samples report retentions far above 100 % (a run
     * whose last cycle went wrong): the axis ends at 110 % or 10 % above the highest median or
     * nominal value, and a subtitle says that the band goes beyond and where the values are.
     */
    static void clipRetention(JFreeChart chart, List<Uncertainty.Band> bands) {
        XYPlot plot = chart.getXYPlot();
        double top = 110;
        for (Uncertainty.Band b : bands) {
            if (Double.isFinite(b.percentiles().p50())) {
                top = Math.max(top, 1.1 * b.percentiles().p50());
            }
        }
        if (plot.getDataset(0) != null) {
            for (int s = 0; s < plot.getDataset(0).getSeriesCount(); s++) {
                for (int i = 0; i < plot.getDataset(0).getItemCount(s); i++) {
                    top = Math.max(top, 1.1 * plot.getDataset(0).getYValue(s, i));
                }
            }
        }
        double limit = top;
        long beyond = bands.stream().filter(b -> b.percentiles().p95() > limit).count();
        if (beyond > 0) {
            plot.getRangeAxis().setRange(Math.min(0, plot.getRangeAxis().getLowerBound()), top);
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(String.format(java.util.Locale.ROOT,
                    "p95 above %.0f %% at %d cycles, beyond the frame (values in uncertainty.csv)", top, beyond),
                    new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12)));
        }
    }

    /** Writes a chart as a PNG of the report's size. */
    static void png(JFreeChart chart, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        }
    }
}
