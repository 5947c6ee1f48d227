package org.interphase.results.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Impedance spectra as a Nyquist plot: -Z'' against Z', one series per spectrum, equal axis scales. */
public final class NyquistPlot {

    public static final Plot.Axis REAL = Plot.Axis.linear("Z\u2032", "\u03a9 cm\u00b2");
    public static final Plot.Axis IMAGINARY = Plot.Axis.linear("\u2212Z\u2033", "\u03a9 cm\u00b2");

    private NyquistPlot() {
    }

    /** One cell's spectra by the cycle after which each was taken, named "{prefix}after cycle n". */
    public static List<Series> series(CellData c, String prefix, int colour) {
        TreeMap<Integer, List<Integer>> byCycle = new TreeMap<>();
        for (int i = 0; i < c.spectrum().length; i++) {
            byCycle.computeIfAbsent((int) c.spectrum()[i], k -> new ArrayList<>()).add(i);
        }
        List<Series> s = new ArrayList<>();
        for (var e : byCycle.entrySet()) {
            double[] x = e.getValue().stream().mapToDouble(i -> c.zReal()[i]).toArray();
            double[] y = e.getValue().stream().mapToDouble(i -> -c.zImag()[i]).toArray();
            s.add(new Series(prefix + "after cycle " + e.getKey(), x, y, Plot.Style.LINE_AND_POINTS, colour + s.size()));
        }
        return s;
    }

    /** The spectra of several cells ("cell after cycle n" when more than one cell is drawn). */
    public static Plot of(String title, List<CellData> cells) {
        List<Series> s = new ArrayList<>();
        for (CellData c : cells) {
            s.addAll(series(c, cells.size() == 1 ? "" : c.cell() + " ", s.size()));
        }
        return new Plot(title, REAL, IMAGINARY, s, List.of(), true);
    }
}
