package org.interphase.results.plot;

import java.util.ArrayList;
import java.util.List;

/** Per-cycle charts: capacity retention (with the 80 % end-of-life line) and series resistance. */
public final class CyclePlots {

    public static final Plot.Axis CYCLE = new Plot.Axis("Cycle", "", false, true);
    public static final Plot.Axis RETENTION = Plot.Axis.linear("Capacity retention", "%");
    public static final Plot.Axis RESISTANCE = Plot.Axis.linear("Series resistance", "\u03a9 cm\u00b2");
    /** The end-of-life line, % of the first discharge. */
    public static final double END_OF_LIFE_PCT = 80;

    private CyclePlots() {
    }

    /** One cell's retention against cycle, named as given. */
    public static Series retention(CellData c, String name, int colour) {
        return new Series(name, c.cycle(), c.retention(), Series.lineFor(c.cycle().length), colour);
    }

    /** One cell's series resistance against cycle. */
    public static Series resistance(CellData c, String name, int colour) {
        return new Series(name, c.cycle(), c.resistance(), Series.lineFor(c.cycle().length), colour);
    }

    /** Retention of several cells, one series each, and the 80 % line. */
    public static Plot retention(String title, List<CellData> cells) {
        List<Series> s = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            s.add(retention(cells.get(i), cells.get(i).cell(), i));
        }
        return new Plot(title, CYCLE, RETENTION, s, List.of(new Plot.Marker(true, END_OF_LIFE_PCT, "80 %")), false);
    }

    /** Series resistance of several cells. */
    public static Plot resistance(String title, List<CellData> cells) {
        List<Series> s = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            s.add(resistance(cells.get(i), cells.get(i).cell(), i));
        }
        return new Plot(title, CYCLE, RESISTANCE, s, List.of(), false);
    }
}
