package org.interphase.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.interphase.model.results.CycleRecord;
import org.interphase.model.results.ImpedancePoint;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.SweepPoint;
import org.interphase.results.plot.VoltageProfiles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;

/**
 * The plots of one run, drawn from its {@link RunResult} (docs/results.md): only those its data
 * supports, each an 800 x 500 PNG in the run's folder.
 */
public final class CellPlots {

    public static final String RETENTION = "retention.png";
    public static final String VOLTAGE = "voltage.png";
    public static final String RESISTANCE = "resistance.png";
    public static final String LSV = "lsv.png";
    public static final String OVERPOTENTIAL = "overpotential.png";
    public static final String NYQUIST = "nyquist.png";

    static final String CAPACITY_LABEL = "Capacity retention (%)";
    static final String RESISTANCE_LABEL = "Series resistance (\u03a9 cm\u00b2)";
    static final String POTENTIAL_LABEL = "Potential (V vs Li/Li\u207a)";
    static final String CURRENT_LABEL = "Current density (\u00b5A cm\u207b\u00b2)";
    static final String TIME_LABEL = "Time (h)";
    static final String CELL_VOLTAGE_LABEL = "Cell voltage (V)";

    private CellPlots() {
    }

    /** The file names of the plots that apply to this run's data, in a fixed order. */
    public static List<String> images(RunResult r) {
        List<String> names = new ArrayList<>();
        if (hasRetention(r)) {
            names.add(RETENTION);
        }
        if (!voltageProfiles(r).isEmpty()) {
            names.add(VOLTAGE);
        }
        if (resistance(r).getItemCount() >= 2) {
            names.add(RESISTANCE);
        }
        if (!sweeps(r.getSweep()).isEmpty()) {
            names.add(LSV);
        }
        if (OverpotentialPlot.hasPlateStrip(r)) {
            names.add(OVERPOTENTIAL);
        }
        if (!spectra(r).isEmpty()) {
            names.add(NYQUIST);
        }
        return names;
    }

    /** The charts that apply, by file name. */
    public static Map<String, JFreeChart> charts(RunResult r) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        for (String name : images(r)) {
            charts.put(name, switch (name) {
                case RETENTION -> retentionChart(r);
                case VOLTAGE -> voltageChart(r);
                case RESISTANCE -> resistanceChart(r);
                case LSV -> lsvChart(r);
                case OVERPOTENTIAL -> OverpotentialPlot.chart(r);
                case NYQUIST -> nyquistChart(r);
                default -> throw new IllegalStateException(name);
            });
        }
        return charts;
    }

    /** Writes the plots that apply into the run's folder; returns their file names. */
    public static List<String> write(RunResult r, Path folder) throws IOException {
        Map<String, JFreeChart> charts = charts(r);
        for (var e : charts.entrySet()) {
            Charts.png(e.getValue(), folder.resolve(e.getKey()));
        }
        return List.copyOf(charts.keySet());
    }

    // ---- capacity retention

    static boolean hasRetention(RunResult r) {
        return r.getMetrics() != null && r.getMetrics().getCapacityRetention() != null && retention(r, r.getCell()).getItemCount() >= 2;
    }

    /** Retention (%) per cycle. */
    static XYSeries retention(RunResult r, String key) {
        XYSeries s = Charts.series(key);
        for (CycleRecord c : r.getCycles()) {
            if (Double.isFinite(c.getCapacityRetention())) {
                s.add(c.getCycle(), c.getCapacityRetention());
            }
        }
        return s;
    }

    private static JFreeChart retentionChart(RunResult r) {
        XYPlot plot = Charts.plot(Charts.collection(List.of(retention(r, r.getCell()))), Charts.cycleAxis(),
                Charts.axis(CAPACITY_LABEL), Charts.lines(1, false));
        Charts.horizontalMarker(plot, 80, "80 %");
        return Charts.chart(r.getCell() + ": capacity retention", subtitle(r), plot);
    }

    // ---- series resistance

    /** Series resistance (ohm cm2) at the end of each cycle. */
    static XYSeries resistance(RunResult r) {
        XYSeries s = Charts.series(r.getCell());
        for (CycleRecord c : r.getCycles()) {
            if (Double.isFinite(c.getResistance())) {
                s.add(c.getCycle(), c.getResistance());
            }
        }
        return s;
    }

    private static JFreeChart resistanceChart(RunResult r) {
        XYPlot plot = Charts.plot(Charts.collection(List.of(resistance(r))), Charts.cycleAxis(),
                Charts.axis(RESISTANCE_LABEL), Charts.lines(1, false));
        return Charts.chart(r.getCell() + ": series resistance", subtitle(r), plot);
    }

    // ---- voltage profiles

    /** A voltage profile: one direction of one cycle, and whether it has points inside its steps. */
    record Profile(int cycle, String direction, XYSeries series, boolean stepEndsOnly) {
    }

    /**
     * The voltage profiles of the first, a middle and the last cycle that has them in the trace, as
     * drawn ({@link VoltageProfiles}: the one definition, shared with the workbench's result editor).
     */
    static List<Profile> voltageProfiles(RunResult r) {
        List<Profile> profiles = new ArrayList<>();
        for (VoltageProfiles.Profile p : VoltageProfiles.chosen(VoltageProfiles.trace(r), VoltageProfiles.capacities(r))) {
            XYSeries s = Charts.series("cycle " + p.cycle() + " " + p.direction());
            for (int i = 0; i < p.capacity().length; i++) {
                s.add(p.capacity()[i], p.voltage()[i]);
            }
            profiles.add(new Profile(p.cycle(), p.direction(), s, p.stepEndsOnly()));
        }
        return profiles;
    }

    private static NumberAxis capacityAxis() {
        NumberAxis a = Charts.axis("Capacity (mAh cm\u207b\u00b2)");
        a.setAutoRangeStickyZero(false); // a profile's first point sits at 0: keep it off the axis line
        return a;
    }

    private static JFreeChart voltageChart(RunResult r) {
        List<Profile> profiles = voltageProfiles(r);
        // only the ends of steps: points, since a line between them would pretend to know the shape
        boolean sparse = profiles.stream().allMatch(Profile::stepEndsOnly);
        XYLineAndShapeRenderer renderer = Charts.lines(profiles.size(), sparse);
        renderer.setDefaultLinesVisible(!sparse);
        List<Integer> cycles = profiles.stream().map(Profile::cycle).distinct().toList();
        for (int i = 0; i < profiles.size(); i++) {
            Profile p = profiles.get(i);
            renderer.setSeriesPaint(i, Charts.colour(cycles.indexOf(p.cycle())));
            renderer.setSeriesStroke(i, Charts.stroke(p.direction().equals("discharge")));
            renderer.setSeriesShape(i, p.direction().equals("charge") ? new java.awt.geom.Rectangle2D.Double(-4, -4, 8, 8)
                    : new java.awt.geom.Ellipse2D.Double(-4.5, -4.5, 9, 9));
            renderer.setSeriesShapesFilled(i, p.direction().equals("charge"));
        }
        XYPlot plot = Charts.plot(Charts.collection(profiles.stream().map(Profile::series).toList()),
                capacityAxis(), Charts.axis(CELL_VOLTAGE_LABEL), renderer);
        String subtitle = subtitle(r) + (sparse ? "; the trace holds step ends only: start and end of each step" : "");
        return Charts.chart(r.getCell() + ": voltage profiles", subtitle, plot);
    }

    // ---- linear sweeps

    /** The linear sweeps, split where the potential turns back (a new sweep starts). */
    static List<List<SweepPoint>> sweeps(List<SweepPoint> points) {
        List<List<SweepPoint>> sweeps = new ArrayList<>();
        List<SweepPoint> current = new ArrayList<>();
        double direction = 0;
        for (SweepPoint p : points) {
            if (!Double.isFinite(p.getPotential()) || !Double.isFinite(p.getCurrent())) {
                continue;
            }
            if (!current.isEmpty()) {
                double step = Math.signum(p.getPotential() - current.get(current.size() - 1).getPotential());
                if (direction == 0) {
                    direction = step;
                } else if (step != direction) {
                    sweeps.add(current);
                    current = new ArrayList<>();
                    direction = 0;
                }
            }
            current.add(p);
        }
        if (current.size() >= 2) {
            sweeps.add(current);
        }
        sweeps.removeIf(s -> s.size() < 2);
        return sweeps;
    }

    /**
     * Current against potential, one series per sweep (keys: the given key, then "sweep n" when
     * there are several). Points with a current at or below zero are left out on a log axis.
     */
    static List<XYSeries> lsvSeries(RunResult r, String key, boolean log) {
        List<List<SweepPoint>> sweeps = sweeps(r.getSweep());
        List<XYSeries> series = new ArrayList<>();
        for (int i = 0; i < sweeps.size(); i++) {
            XYSeries s = Charts.series(sweeps.size() == 1 ? key : key + " sweep " + (i + 1));
            for (SweepPoint p : sweeps.get(i)) {
                if (!log || p.getCurrent() > 0) {
                    s.add(p.getPotential(), p.getCurrent());
                }
            }
            series.add(s);
        }
        return series;
    }

    /**
     * A log current axis when every current is positive and they span more than two decades (an
     * oxidation current rising from the double-layer background), else a linear one.
     */
    static boolean logCurrent(List<RunResult> runs) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (RunResult r : runs) {
            for (List<SweepPoint> sweep : sweeps(r.getSweep())) {
                for (SweepPoint p : sweep) {
                    if (p.getCurrent() <= 0) {
                        return false;
                    }
                    min = Math.min(min, p.getCurrent());
                    max = Math.max(max, p.getCurrent());
                }
            }
        }
        return max > 0 && max / min > 100;
    }

    static ValueAxis currentAxis(boolean log) {
        if (!log) {
            return Charts.axis(CURRENT_LABEL);
        }
        LogAxis a = new LogAxis(CURRENT_LABEL);
        a.setBase(10);
        a.setSmallestValue(1e-6);
        a.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // whole decades: 10^-4, 10^-3, ...
        a.setMinorTickMarksVisible(true);
        a.setMinorTickCount(9);
        Charts.style(a);
        return a;
    }

    private static JFreeChart lsvChart(RunResult r) {
        boolean log = logCurrent(List.of(r));
        List<XYSeries> series = lsvSeries(r, r.getCell(), log);
        XYPlot plot = Charts.plot(Charts.collection(series), Charts.axis(POTENTIAL_LABEL), currentAxis(log),
                Charts.lines(series.size(), false));
        Double onset = r.getMetrics() == null ? null : r.getMetrics().getOnsetPotential();
        if (onset != null && Double.isFinite(onset)) {
            Charts.verticalMarker(plot, onset, String.format(Locale.ROOT, "onset %.2f V", onset));
        }
        return Charts.chart(r.getCell() + ": linear sweep", subtitle(r), plot);
    }

    // ---- impedance

    /** -Z'' against Z', one series per spectrum (the cycle after which it was taken). */
    static List<XYSeries> spectra(RunResult r) {
        TreeMap<Integer, XYSeries> byCycle = new TreeMap<>();
        for (ImpedancePoint p : r.getImpedance()) {
            if (Double.isFinite(p.getReal()) && Double.isFinite(p.getImaginary())) {
                byCycle.computeIfAbsent(p.getCycle(), c -> Charts.series("after cycle " + c)).add(p.getReal(), -p.getImaginary());
            }
        }
        return new ArrayList<>(byCycle.values());
    }

    private static JFreeChart nyquistChart(RunResult r) {
        List<XYSeries> series = spectra(r);
        NumberAxis x = Charts.axis("Z\u2032 (\u03a9 cm\u00b2)");
        NumberAxis y = Charts.axis("\u2212Z\u2033 (\u03a9 cm\u00b2)");
        x.setAutoRangeIncludesZero(true);
        y.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer renderer = Charts.lines(series.size(), true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        XYPlot plot = Charts.plot(Charts.collection(series), x, y, renderer);
        JFreeChart chart = Charts.chart(r.getCell() + ": impedance (Nyquist)", subtitle(r) + "; equal axis scales", plot);
        Charts.equalAspect(chart);
        return chart;
    }

    /** Study, protocol and status under the title. */
    static String subtitle(RunResult r) {
        String s = "study " + r.getStudy() + ", protocol " + r.getProtocol();
        if (r.getStatus() != null && r.getStatus() != org.interphase.model.results.RunStatus.COMPLETED) {
            s += ", " + r.getStatus().getLiteral().replace('_', ' ');
        }
        return s;
    }
}
