package org.interphase.results.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Voltage profiles against capacity ({@link VoltageProfiles}): one colour per cycle, the charge
 * solid and the discharge dashed; points only for a trace of step ends, where a line would pretend
 * to know the shape.
 */
public final class VoltagePlot {

    public static final Plot.Axis CAPACITY = Plot.Axis.linear("Capacity", "mAh cm\u207b\u00b2");
    public static final Plot.Axis VOLTAGE = Plot.Axis.linear("Cell voltage", "V");
    public static final Plot.Axis DQDV = Plot.Axis.linear("dQ/dV", "mAh cm\u207b\u00b2 V\u207b\u00b9");

    private VoltagePlot() {
    }

    /** The series of these profiles, named "{prefix}cycle n charge", a colour per cycle from {@code colour}. */
    public static List<Series> series(List<VoltageProfiles.Profile> profiles, String prefix, int colour) {
        List<Integer> cycles = profiles.stream().map(VoltageProfiles.Profile::cycle).distinct().toList();
        List<Series> s = new ArrayList<>();
        for (VoltageProfiles.Profile p : profiles) {
            Plot.Style style = p.stepEndsOnly() ? Plot.Style.POINTS
                    : p.direction().equals("discharge") ? Plot.Style.DASHED : Plot.Style.LINE;
            s.add(new Series(prefix + "cycle " + p.cycle() + " " + p.direction(), p.capacity(), p.voltage(), style,
                    colour + cycles.indexOf(p.cycle())));
        }
        return s;
    }

    /** One cell's profiles at the chosen cycles (the first, a middle and the last). */
    public static Plot of(String title, CellData c) {
        return new Plot(title, CAPACITY, VOLTAGE, series(VoltageProfiles.chosen(c.trace(), c.capacities()), "", 0), List.of(), false);
    }

    /**
     * Differential capacity dQ/dV of a profile, by central differences of capacity over voltage
     * (forward and backward at the ends); points where the voltage does not change are left out,
     * since dQ/dV is undefined there. x is the voltage, y the magnitude of dQ/dV.
     */
    public static Series dqdv(VoltageProfiles.Profile p, String name, int colour) {
        double[] q = p.capacity();
        double[] v = p.voltage();
        List<double[]> xy = new ArrayList<>();
        for (int i = 0; i < q.length; i++) {
            int a = Math.max(0, i - 1);
            int b = Math.min(q.length - 1, i + 1);
            double dv = v[b] - v[a];
            if (b > a && Math.abs(dv) > 1e-9) {
                xy.add(new double[] { v[i], Math.abs((q[b] - q[a]) / dv) });
            }
        }
        return new Series(name, xy.stream().mapToDouble(d -> d[0]).toArray(), xy.stream().mapToDouble(d -> d[1]).toArray(),
                p.direction().equals("discharge") ? Plot.Style.DASHED : Plot.Style.LINE, colour);
    }
}
