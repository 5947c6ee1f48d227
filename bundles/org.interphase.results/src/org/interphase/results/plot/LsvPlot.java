package org.interphase.results.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Linear sweep voltammetry: current density against potential, one series per sweep (a new sweep
 * starts where the potential turns back), on a log current axis when every current is positive and
 * they span more than two decades (an oxidation current rising from the double-layer background).
 */
public final class LsvPlot {

    public static final Plot.Axis POTENTIAL = Plot.Axis.linear("Potential", "V vs Li/Li\u207a");
    public static final String CURRENT = "Current density";
    public static final String CURRENT_UNIT = "\u00b5A cm\u207b\u00b2";

    private LsvPlot() {
    }

    /** The sweeps of one cell: runs of point indices along which the potential moves one way. */
    public static List<int[]> sweeps(double[] potential, double[] current) {
        List<int[]> sweeps = new ArrayList<>();
        List<Integer> now = new ArrayList<>();
        double direction = 0;
        for (int i = 0; i < potential.length; i++) {
            if (!Double.isFinite(potential[i]) || !Double.isFinite(current[i])) {
                continue;
            }
            if (!now.isEmpty()) {
                double step = Math.signum(potential[i] - potential[now.get(now.size() - 1)]);
                if (direction == 0) {
                    direction = step;
                } else if (step != direction) {
                    sweeps.add(now.stream().mapToInt(Integer::intValue).toArray());
                    now = new ArrayList<>();
                    direction = 0;
                }
            }
            now.add(i);
        }
        sweeps.add(now.stream().mapToInt(Integer::intValue).toArray());
        sweeps.removeIf(s -> s.length < 2);
        return sweeps;
    }

    /** Whether the current axis of these cells' sweeps is logarithmic (see the class comment). */
    public static boolean logCurrent(List<CellData> cells) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (CellData c : cells) {
            for (int[] sweep : sweeps(c.potential(), c.current())) {
                for (int i : sweep) {
                    if (c.current()[i] <= 0) {
                        return false;
                    }
                    min = Math.min(min, c.current()[i]);
                    max = Math.max(max, c.current()[i]);
                }
            }
        }
        return max > 0 && max / min > 100;
    }

    /** One cell's sweeps, named by the cell, then "sweep n" when there are several; no point at or below zero on a log axis. */
    public static List<Series> series(CellData c, String name, boolean log, int colour) {
        List<int[]> sweeps = sweeps(c.potential(), c.current());
        List<Series> series = new ArrayList<>();
        for (int k = 0; k < sweeps.size(); k++) {
            int[] idx = java.util.Arrays.stream(sweeps.get(k)).filter(i -> !log || c.current()[i] > 0).toArray();
            double[] x = java.util.Arrays.stream(idx).mapToDouble(i -> c.potential()[i]).toArray();
            double[] y = java.util.Arrays.stream(idx).mapToDouble(i -> c.current()[i]).toArray();
            series.add(new Series(sweeps.size() == 1 ? name : name + " sweep " + (k + 1), x, y, Plot.Style.LINE, colour + k));
        }
        return series;
    }

    /** Whether a cell has a sweep to draw. */
    public static boolean has(CellData c) {
        return !sweeps(c.potential(), c.current()).isEmpty();
    }

    /** The sweeps of several cells; the onset line when one cell is drawn and has one. */
    public static Plot of(String title, List<CellData> cells) {
        List<CellData> swept = cells.stream().filter(LsvPlot::has).toList();
        boolean log = logCurrent(swept);
        List<Series> s = new ArrayList<>();
        for (CellData c : swept) {
            s.addAll(series(c, c.cell(), log, s.size()));
        }
        List<Plot.Marker> markers = new ArrayList<>();
        if (cells.size() == 1 && Double.isFinite(cells.get(0).onset())) {
            double onset = cells.get(0).onset();
            markers.add(new Plot.Marker(false, onset, String.format(Locale.ROOT, "onset %.2f V", onset)));
        }
        return new Plot(title, POTENTIAL, new Plot.Axis(CURRENT, CURRENT_UNIT, log, false), s, markers, false);
    }
}
