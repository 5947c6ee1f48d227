package org.interphase.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.interphase.data.CycleCapacity;
import org.interphase.data.CyclerData;
import org.interphase.data.Sample;
import org.interphase.model.results.CycleRecord;
import org.interphase.model.results.RunResult;
import org.interphase.results.plot.ChartKind;
import org.interphase.results.ResultFiles;
import org.interphase.results.plot.Overlays;
import org.interphase.results.plot.Plot;
import org.interphase.results.plot.Series;
import org.interphase.model.units.Units;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;

/**
 * A run compared with measured cycling data ({@code compare with data}): measured.csv (the measured
 * cycles in the units of cycles.csv), and retention.png and voltage.png redrawn with the measured
 * points over the simulated lines; the RMS differences over the cycles both have.
 */
public final class Comparison {

    public static final String MEASURED_CSV = Overlays.MEASURED_CSV;
    public static final String MEASURED_HEADER = String.join(",", Overlays.MEASURED_COLUMNS);

    /**
     * Root-mean-square differences, simulated minus measured, over the cycles both have.
     *
     * @param cycles       cycles compared
     * @param retention    capacity retention, percentage points
     * @param discharge    discharge capacity, mAh/cm2
     */
    public record Difference(int cycles, double retention, double discharge) {
    }

    private Comparison() {
    }

    /** mAh/cm2 from Ah over the cell's area in cm2. */
    private static double perArea(double ah, double areaCm2) {
        return ah * 1000 / areaCm2;
    }

    /**
     * The differences, through the plot model's one definition of the RMS ({@link Overlays#difference}),
     * also used by the comparison editor.
     */
    public static Difference difference(RunResult r, CyclerData d, double areaCm2) {
        List<CycleCapacity> measured = d.cycles();
        double[] mc = measured.stream().mapToDouble(CycleCapacity::cycle).toArray();
        double[] sc = r.getCycles().stream().mapToDouble(CycleRecord::getCycle).toArray();
        Series simRet = new Series("simulated", sc, r.getCycles().stream().mapToDouble(CycleRecord::getCapacityRetention).toArray(),
                Plot.Style.LINE, 0);
        Series simDis = new Series("simulated", sc, r.getCycles().stream().mapToDouble(CycleRecord::getDischargeCapacity).toArray(),
                Plot.Style.LINE, 0);
        Series mRet = new Series("measured", mc, measured.stream().mapToDouble(CycleCapacity::retention).toArray(),
                Plot.Style.POINTS, 0);
        Series mDis = new Series("measured", mc, measured.stream().mapToDouble(c -> perArea(c.discharge(), areaCm2)).toArray(),
                Plot.Style.POINTS, 0);
        Overlays.Difference dis = Overlays.difference(simDis, mDis);
        return new Difference(dis.points(), Overlays.rms(simRet, mRet), dis.rms());
    }

    /** measured.csv: one row per measured cycle, capacities per cm2 of the cell. */
    public static String csv(CyclerData d, double areaCm2) {
        StringBuilder b = new StringBuilder(MEASURED_HEADER).append('\n');
        for (CycleCapacity c : d.cycles()) {
            b.append(c.cycle()).append(',').append(ResultFiles.number(perArea(c.charge(), areaCm2))).append(',')
                    .append(ResultFiles.number(perArea(c.discharge(), areaCm2))).append(',')
                    .append(ResultFiles.number(c.coulombicEfficiency())).append(',')
                    .append(ResultFiles.number(c.retention())).append('\n');
        }
        return b.toString();
    }

    /**
     * Writes measured.csv and the overlaid retention.png and voltage.png into the run's folder.
     *
     * @param label how the data file is named in the plots (as the study writes it)
     */
    public static Difference write(RunResult r, CyclerData d, double areaCm2, String label, Path folder)
            throws IOException {
        Files.writeString(folder.resolve(MEASURED_CSV), csv(d, areaCm2), StandardCharsets.UTF_8);
        Difference diff = difference(r, d, areaCm2);
        Charts.png(retentionChart(r, d, label, diff), folder.resolve(ChartKind.RETENTION.file()));
        Charts.png(voltageChart(r, d, areaCm2, label), folder.resolve(ChartKind.VOLTAGE.file()));
        return diff;
    }

    /** Measured retention per cycle. */
    static XYSeries retention(CyclerData d, String key) {
        XYSeries s = Charts.series(key);
        for (CycleCapacity c : d.cycles()) {
            if (Double.isFinite(c.retention())) {
                s.add(c.cycle(), c.retention());
            }
        }
        return s;
    }

    /** Measured points only, in the palette colour of the series they belong to. */
    static void points(XYLineAndShapeRenderer renderer, int series, int colour) {
        renderer.setSeriesLinesVisible(series, false);
        renderer.setSeriesShapesVisible(series, true);
        renderer.setSeriesShapesFilled(series, false);
        renderer.setSeriesPaint(series, Charts.colour(colour));
        renderer.setSeriesShape(series, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
    }

    static JFreeChart retentionChart(RunResult r, CyclerData d, String label, Difference diff) {
        List<XYSeries> series = new ArrayList<>();
        series.add(CellPlots.retention(r, r.getCell() + " (simulated)"));
        series.add(retention(d, "measured: " + label));
        XYLineAndShapeRenderer renderer = Charts.lines(2, false);
        renderer.setSeriesShapesVisible(0, false);
        points(renderer, 1, 1);
        XYPlot plot = Charts.plot(Charts.collection(series), Charts.cycleAxis(), Charts.axis(CellPlots.CAPACITY_LABEL),
                renderer);
        Charts.horizontalMarker(plot, 80, "80 %");
        String subtitle = String.format(Locale.ROOT, "RMS difference %.2f %% points over %d cycles", diff.retention(),
                diff.cycles());
        return Charts.chart(r.getCell() + ": capacity retention, simulated and measured", subtitle, plot);
    }

    /**
     * Measured voltage against the capacity passed in the charge (current above zero) or discharge
     * records of one cycle, mAh/cm2; starts at the voltage of the record before the first such record.
     */
    static XYSeries voltageProfile(CyclerData d, int cycle, boolean charge, double areaCm2, String key) {
        XYSeries s = Charts.series(key);
        List<Sample> samples = d.samples();
        double capacity = 0;
        boolean started = false;
        for (int k = 1; k < samples.size(); k++) {
            Sample p = samples.get(k);
            if (p.cycle() != cycle || (charge ? p.current() <= 0 : p.current() >= 0)) {
                continue;
            }
            Sample before = samples.get(k - 1);
            if (!started) {
                s.add(0.0, before.voltage());
                started = true;
            }
            capacity += perArea(Units.chargePassed(Math.abs(p.current()), before.time(), p.time()), areaCm2);
            s.add(capacity, p.voltage());
        }
        return s;
    }

    static JFreeChart voltageChart(RunResult r, CyclerData d, double areaCm2, String label) {
        List<CellPlots.Profile> profiles = CellPlots.voltageProfiles(r);
        List<XYSeries> series = new ArrayList<>();
        List<Integer> cycles = profiles.stream().map(CellPlots.Profile::cycle).distinct().toList();
        if (cycles.isEmpty()) {
            cycles = d.cycles().isEmpty() ? List.of() : List.of(1, d.cycles().size());
        }
        XYLineAndShapeRenderer renderer = Charts.lines(0, false);
        for (CellPlots.Profile p : profiles) {
            int i = series.size();
            series.add(p.series());
            renderer.setSeriesPaint(i, Charts.colour(cycles.indexOf(p.cycle())));
            renderer.setSeriesStroke(i, Charts.stroke(p.direction().equals("discharge")));
            renderer.setSeriesShapesVisible(i, false);
        }
        for (int cycle : new java.util.LinkedHashSet<>(cycles)) {
            for (boolean charge : List.of(true, false)) {
                XYSeries m = voltageProfile(d, cycle, charge, areaCm2,
                        "measured cycle " + cycle + " " + (charge ? "charge" : "discharge"));
                if (m.getItemCount() > 0) {
                    points(renderer, series.size(), cycles.indexOf(cycle));
                    series.add(m);
                }
            }
        }
        NumberAxis capacity = Charts.axis("Capacity (mAh cm\u207b\u00b2)");
        capacity.setAutoRangeStickyZero(false);
        XYPlot plot = Charts.plot(Charts.collection(series), capacity, Charts.axis(CellPlots.CELL_VOLTAGE_LABEL), renderer);
        return Charts.chart(r.getCell() + ": voltage profiles, simulated (lines) and measured (points)",
                "measured: " + label, plot);
    }
}
