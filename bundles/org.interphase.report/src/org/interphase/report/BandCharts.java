package org.interphase.report;

import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.interphase.results.plot.Band;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Bands of the plot model ({@link Band}) drawn into charts the report has already made (a run's
 * retention.png, a study's overlays): for the uncertainty of a run, which is known only after its
 * samples ran. Drawn as {@link Charts#render} draws a plot's bands: translucent, behind the lines.
 */
public final class BandCharts {

    private BandCharts() {
    }

    /**
     * Adds a band to a chart, in the colour of the chart's line named {@code line} (else of the
     * band's palette index); does nothing for a band of fewer than two points.
     */
    public static void add(JFreeChart chart, String line, Band band) {
        XYPlot plot = chart.getXYPlot();
        Paint paint = Charts.colour(band.colour());
        if (plot.getDataset(0) instanceof XYSeriesCollection lines && lines.getSeriesIndex(line) >= 0
                && plot.getRenderer(0) instanceof AbstractRenderer r) {
            paint = r.lookupSeriesPaint(lines.getSeriesIndex(line));
        }
        Charts.addBand(plot, band, paint);
    }

    /**
     * Keeps a retention chart readable when some samples report retentions far above 100 % (a run
     * whose last cycle went wrong): the axis ends at 110 % or 10 % above the highest median or line
     * value, and a subtitle says at how many cycles the band goes beyond the frame.
     */
    public static void clipRetention(JFreeChart chart, List<Band> bands) {
        XYPlot plot = chart.getXYPlot();
        double top = 110;
        for (Band b : bands) {
            for (double m : b.middle()) {
                if (Double.isFinite(m)) {
                    top = Math.max(top, 1.1 * m);
                }
            }
        }
        if (plot.getDataset(0) != null) {
            for (int s = 0; s < plot.getDataset(0).getSeriesCount(); s++) {
                for (int i = 0; i < plot.getDataset(0).getItemCount(s); i++) {
                    top = Math.max(top, 1.1 * plot.getDataset(0).getYValue(s, i));
                }
            }
        }
        long beyond = 0;
        for (Band b : bands) {
            for (double u : b.upper()) {
                if (u > top) {
                    beyond++;
                }
            }
        }
        if (beyond > 0) {
            plot.getRangeAxis().setRange(Math.min(0, plot.getRangeAxis().getLowerBound()), top);
            chart.addSubtitle(new TextTitle(String.format(Locale.ROOT,
                    "p95 above %.0f %% at %d cycles, beyond the frame (values in uncertainty.csv)", top, beyond),
                    new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        }
    }

    /** Writes a chart as a PNG of the report's size (800 x 500). */
    public static void png(JFreeChart chart, Path file) throws IOException {
        Charts.png(chart, file);
    }
}
