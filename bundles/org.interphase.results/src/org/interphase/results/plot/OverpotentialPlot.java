package org.interphase.results.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.interphase.model.units.Units;

/**
 * Plating and stripping of a Li|Li cell: the voltage against time in hours, each step's end voltage
 * held over the step; a long trace (above {@link #ENVELOPE_ABOVE} points) as the highest and lowest
 * voltage of each cycle, since hundreds of 1 h steps drawn one by one fill the plot solid.
 */
public final class OverpotentialPlot {

    public static final Plot.Axis TIME = Plot.Axis.linear("Time", "h");
    public static final Plot.Axis VOLTAGE = Plot.Axis.linear("Cell voltage", "V");
    /** Steps of a symmetric Li|Li cell. */
    public static final List<String> PLATE_STRIP = List.of("plate", "strip");
    /** Above this many trace points a plating/stripping plot shows each cycle's extremes instead. */
    public static final int ENVELOPE_ABOVE = 400;

    private OverpotentialPlot() {
    }

    /** Whether a cell's trace has plating or stripping steps. */
    public static boolean has(CellData c) {
        for (String s : c.trace().step()) {
            if (PLATE_STRIP.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of these traces is long enough to be drawn as an envelope. */
    public static boolean envelope(List<CellData> cells) {
        return cells.stream().anyMatch(c -> c.trace().time().length > ENVELOPE_ABOVE);
    }

    /** The trace of one cell, or its envelope (two series in its colour: highest, then lowest). */
    public static List<Series> series(CellData c, String name, boolean envelope, int colour) {
        VoltageProfiles.Trace t = c.trace();
        if (!envelope) {
            double[] h = new double[t.time().length];
            for (int i = 0; i < h.length; i++) {
                h[i] = t.time()[i] / Units.SECONDS_PER_HOUR;
            }
            return List.of(new Series(name, h, t.voltage(), Plot.Style.STEP, colour));
        }
        TreeMap<Integer, double[]> byCycle = new TreeMap<>(); // max, min, end time
        for (int i = 0; i < t.time().length; i++) {
            if (Double.isFinite(t.voltage()[i])) {
                double[] e = byCycle.computeIfAbsent(t.cycle()[i],
                        k -> new double[] { Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0 });
                e[0] = Math.max(e[0], t.voltage()[i]);
                e[1] = Math.min(e[1], t.voltage()[i]);
                e[2] = Math.max(e[2], t.time()[i] / Units.SECONDS_PER_HOUR);
            }
        }
        double[] x = byCycle.values().stream().mapToDouble(e -> e[2]).toArray();
        double[] hi = byCycle.values().stream().mapToDouble(e -> e[0]).toArray();
        double[] lo = byCycle.values().stream().mapToDouble(e -> e[1]).toArray();
        return List.of(new Series(name, x, hi, Plot.Style.LINE, colour), new Series(name + " (lowest)", x, lo, Plot.Style.LINE, colour, false));
    }

    /** The plating and stripping of the cells that have it; a line at 0 V. */
    public static Plot of(String title, List<CellData> cells) {
        List<CellData> plated = cells.stream().filter(OverpotentialPlot::has).toList();
        boolean envelope = envelope(plated);
        List<Series> s = new ArrayList<>();
        for (int i = 0; i < plated.size(); i++) {
            s.addAll(series(plated.get(i), plated.get(i).cell(), envelope, i));
        }
        return new Plot(title, TIME, VOLTAGE, s, List.of(new Plot.Marker(true, 0, "")), false);
    }

    /** The note under the title of an envelope plot, else empty. */
    public static String note(List<CellData> cells) {
        return envelope(cells.stream().filter(OverpotentialPlot::has).toList()) ? "highest and lowest voltage of each cycle" : "";
    }
}
