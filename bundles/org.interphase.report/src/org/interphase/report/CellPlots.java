package org.interphase.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.interphase.model.results.RunResult;
import org.interphase.results.plot.ChartKind;
import org.interphase.results.plot.CellData;
import org.interphase.results.plot.CyclePlots;
import org.interphase.results.plot.LsvPlot;
import org.interphase.results.plot.NyquistPlot;
import org.interphase.results.plot.OverpotentialPlot;
import org.interphase.results.plot.Plot;
import org.interphase.results.plot.VoltagePlot;
import org.interphase.results.plot.VoltageProfiles;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;

/**
 * The plots of one run, drawn from its {@link RunResult} (docs/results.md): only those its data
 * supports, each an 800 x 500 PNG in the run's folder. What each plot holds is the plot model's
 * ({@link org.interphase.results.plot}), shared with the workbench's result editor; this class only
 * names the files and draws them with JFreeChart.
 */
public final class CellPlots {

    static final String CAPACITY_LABEL = CyclePlots.RETENTION.title();
    static final String RESISTANCE_LABEL = CyclePlots.RESISTANCE.title();
    static final String POTENTIAL_LABEL = LsvPlot.POTENTIAL.title();
    static final String CURRENT_LABEL = LsvPlot.CURRENT + " (" + LsvPlot.CURRENT_UNIT + ")";
    static final String TIME_LABEL = OverpotentialPlot.TIME.title();
    static final String CELL_VOLTAGE_LABEL = VoltagePlot.VOLTAGE.title();

    private CellPlots() {
    }

    /** The file names of the plots that apply to this run's data, in a fixed order ({@link ChartKind#file}). */
    public static List<String> images(RunResult r) {
        return kinds(r).stream().map(ChartKind::file).toList();
    }

    /** The charts that apply to this run's data, in a fixed order. */
    static List<ChartKind> kinds(RunResult r) {
        CellData c = CellData.of(r);
        List<ChartKind> kinds = new ArrayList<>();
        if (hasRetention(r)) {
            kinds.add(ChartKind.RETENTION);
        }
        if (!voltageProfiles(r).isEmpty()) {
            kinds.add(ChartKind.VOLTAGE);
        }
        if (resistance(r).getItemCount() >= 2) {
            kinds.add(ChartKind.RESISTANCE);
        }
        if (LsvPlot.has(c)) {
            kinds.add(ChartKind.LSV);
        }
        if (OverpotentialPlot.has(c)) {
            kinds.add(ChartKind.OVERPOTENTIAL);
        }
        if (c.spectrum().length > 0 && NyquistPlot.of("", List.of(c)).hasData()) {
            kinds.add(ChartKind.NYQUIST);
        }
        return kinds;
    }

    /** The plot model of one of this run's charts. */
    static Plot plot(RunResult r, ChartKind kind) {
        CellData c = CellData.of(r);
        List<CellData> one = List.of(c);
        String cell = r.getCell();
        return switch (kind) {
            case RETENTION -> CyclePlots.retention(cell + ": capacity retention", one);
            case VOLTAGE -> VoltagePlot.of(cell + ": voltage profiles", c);
            case RESISTANCE -> CyclePlots.resistance(cell + ": series resistance", one);
            case LSV -> LsvPlot.of(cell + ": linear sweep", one);
            case OVERPOTENTIAL -> OverpotentialPlot.of(cell + ": Li plating and stripping", one);
            case NYQUIST -> NyquistPlot.of(cell + ": impedance (Nyquist)", one);
        };
    }

    /** The charts that apply, by file name. */
    public static Map<String, JFreeChart> charts(RunResult r) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        for (ChartKind kind : kinds(r)) {
            Plot p = plot(r, kind);
            String note = switch (kind) {
                case VOLTAGE -> p.series().stream().allMatch(s -> s.style() == Plot.Style.POINTS)
                        ? "; the trace holds step ends only: start and end of each step" : "";
                case OVERPOTENTIAL -> OverpotentialPlot.note(List.of(CellData.of(r))).isEmpty() ? ""
                        : "; " + OverpotentialPlot.note(List.of(CellData.of(r)));
                case NYQUIST -> "; equal axis scales";
                default -> "";
            };
            charts.put(kind.file(), Charts.render(p, subtitle(r) + note));
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

    static boolean hasRetention(RunResult r) {
        return r.getMetrics() != null && r.getMetrics().getCapacityRetention() != null && retention(r, r.getCell()).getItemCount() >= 2;
    }

    /** Retention (%) per cycle. */
    static XYSeries retention(RunResult r, String key) {
        return Charts.xy(CyclePlots.retention(CellData.of(r), key, 0));
    }

    /** Series resistance (ohm cm2) at the end of each cycle. */
    static XYSeries resistance(RunResult r) {
        return Charts.xy(CyclePlots.resistance(CellData.of(r), r.getCell(), 0));
    }

    /** A voltage profile: one direction of one cycle, and whether it has points inside its steps. */
    record Profile(int cycle, String direction, XYSeries series, boolean stepEndsOnly) {
    }

    /** The voltage profiles of the chosen cycles ({@link VoltageProfiles}: the one definition). */
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

    /** Study, protocol and status under the title. */
    static String subtitle(RunResult r) {
        String s = "study " + r.getStudy() + ", protocol " + r.getProtocol();
        if (r.getStatus() != null && r.getStatus() != org.interphase.model.results.RunStatus.COMPLETED) {
            s += ", " + r.getStatus().getLiteral().replace('_', ' ');
        }
        return s;
    }
}
