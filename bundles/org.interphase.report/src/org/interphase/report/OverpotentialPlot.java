package org.interphase.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.interphase.model.results.RunResult;
import org.interphase.model.results.TracePoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;

/**
 * {@code overpotential.png} and the report's overlay of it: Li plating and stripping of a symmetric
 * Li|Li cell, the trace's voltage against time (moved out of {@link CellPlots}).
 */
final class OverpotentialPlot {

    /** Steps of a symmetric Li|Li cell. */
    private static final List<String> PLATE_STRIP = List.of("plate", "strip");

    private OverpotentialPlot() {
    }

    static boolean hasPlateStrip(RunResult r) {
        return r.getTrace().stream().anyMatch(p -> PLATE_STRIP.contains(p.getStep()));
    }

    /** The trace's voltage against time in hours. */
    static XYSeries overpotential(RunResult r, String key) {
        XYSeries s = Charts.series(key);
        for (TracePoint p : r.getTrace()) {
            if (Double.isFinite(p.getVoltage())) {
                s.add(p.getTime() / 3600, p.getVoltage());
            }
        }
        return s;
    }

    /**
     * A renderer that holds each step's end voltage over the step (a point is the end of a step, so
     * the value applies since the previous point): a square wave for plating and stripping.
     */
    static XYLineAndShapeRenderer stepRenderer(int series) {
        XYStepRenderer r = new XYStepRenderer();
        r.setStepPoint(0);
        for (int i = 0; i < series; i++) {
            r.setSeriesPaint(i, Charts.colour(i));
            r.setSeriesStroke(i, new java.awt.BasicStroke(1.5f));
        }
        return r;
    }

    /** Above this many trace points a plating/stripping plot shows each cycle's extremes instead. */
    static final int ENVELOPE_ABOVE = 400;

    /**
     * The envelope of a long plating/stripping trace: the highest and the lowest voltage of each
     * cycle against the time the cycle ended (h). Hundreds of 1 h steps drawn one by one fill the
     * plot solid; their extremes show how the overpotential grows.
     */
    static List<XYSeries> envelope(RunResult r, String key) {
        XYSeries high = Charts.series(key);
        XYSeries low = Charts.series(key + " (lowest)");
        TreeMap<Integer, double[]> byCycle = new TreeMap<>(); // max, min, end time
        for (TracePoint p : r.getTrace()) {
            if (Double.isFinite(p.getVoltage())) {
                double[] e = byCycle.computeIfAbsent(p.getCycle(),
                        c -> new double[] { Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0 });
                e[0] = Math.max(e[0], p.getVoltage());
                e[1] = Math.min(e[1], p.getVoltage());
                e[2] = Math.max(e[2], p.getTime() / 3600);
            }
        }
        for (double[] e : byCycle.values()) {
            high.add(e[2], e[0]);
            low.add(e[2], e[1]);
        }
        return List.of(high, low);
    }

    /** Whether any of these runs' plating/stripping traces is long enough to be shown as an envelope. */
    static boolean envelope(List<RunResult> runs) {
        return runs.stream().anyMatch(r -> r.getTrace().size() > ENVELOPE_ABOVE);
    }

    /**
     * The plating/stripping plot of runs: each run's trace, or when one is long each run's envelope
     * (two lines in the run's colour, one legend entry).
     */
    static XYPlot overpotentialPlot(List<RunResult> runs) {
        boolean envelope = envelope(runs);
        List<XYSeries> series = new ArrayList<>();
        for (RunResult r : runs) {
            series.addAll(envelope ? envelope(r, r.getCell()) : List.of(overpotential(r, r.getCell())));
        }
        XYLineAndShapeRenderer renderer = envelope ? Charts.lines(series.size(), false) : stepRenderer(series.size());
        if (envelope) {
            for (int i = 0; i < series.size(); i++) {
                renderer.setSeriesPaint(i, Charts.colour(i / 2));
                renderer.setSeriesVisibleInLegend(i, i % 2 == 0);
            }
        }
        XYPlot plot = Charts.plot(Charts.collection(series), Charts.axis(CellPlots.TIME_LABEL), Charts.axis(CellPlots.CELL_VOLTAGE_LABEL), renderer);
        Charts.horizontalMarker(plot, 0, "");
        return plot;
    }

    static String overpotentialNote(List<RunResult> runs) {
        return envelope(runs) ? "highest and lowest voltage of each cycle" : "";
    }

    static JFreeChart chart(RunResult r) {
        String note = overpotentialNote(List.of(r));
        return Charts.chart(r.getCell() + ": Li plating and stripping", CellPlots.subtitle(r) + (note.isEmpty() ? "" : "; " + note),
                overpotentialPlot(List.of(r)));
    }
}
