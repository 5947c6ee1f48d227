package org.interphase.results.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * A filled area between a lower and an upper bound per x (the 5th to 95th percentile of the
 * uncertainty samples per cycle), drawn translucent in the colour of its line, behind the lines,
 * with the median as a thin line when there is one. The PNG writer (report, JFreeChart) and the
 * result editor (ui.results, SWTChart) draw it alike.
 *
 * @param name   the legend entry
 * @param x      x values
 * @param lower  the lower bound at each x
 * @param middle the median at each x, or empty (no middle line)
 * @param upper  the upper bound at each x
 * @param colour the palette index of the line the band belongs to
 */
public record Band(String name, double[] x, double[] lower, double[] middle, double[] upper, int colour) {

    public Band {
        if (lower.length != x.length || upper.length != x.length || (middle.length != 0 && middle.length != x.length)) {
            throw new IllegalArgumentException(name + ": bounds of " + lower.length + " and " + upper.length + " values for "
                    + x.length + " x values");
        }
    }

    /** The number of x values. */
    public int size() {
        return x.length;
    }

    /**
     * The fewest samples a cycle must have for its percentiles to be drawn: half of the completed
     * samples, at least 3. A band drawn from the few samples that got that far would look narrower
     * than the uncertainty is.
     */
    public static int enough(int completed) {
        return Math.max(3, (completed + 1) / 2);
    }

    /**
     * The 5th to 95th percentile band of a quantity per cycle, of the cycles that enough samples
     * reached ({@link #enough}); a cycle whose bounds are not finite is left out.
     *
     * @param n         the number of samples that reached each cycle
     * @param completed the number of samples that completed
     */
    public static Band percentiles(String name, double[] cycle, double[] p5, double[] p50, double[] p95, double[] n,
            int completed, int colour) {
        int min = enough(completed);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < cycle.length; i++) {
            if (n[i] >= min && Double.isFinite(cycle[i]) && Double.isFinite(p5[i]) && Double.isFinite(p95[i])) {
                rows.add(new double[] { cycle[i], p5[i], p50[i], p95[i] });
            }
        }
        return new Band(name, column(rows, 0), column(rows, 1), column(rows, 2), column(rows, 3), colour);
    }

    private static double[] column(List<double[]> rows, int k) {
        return rows.stream().mapToDouble(r -> r[k]).toArray();
    }

    /** The highest finite upper bound, or NaN for an empty band. */
    public double top() {
        double top = Double.NaN;
        for (double v : upper) {
            if (Double.isFinite(v) && !(v <= top)) {
                top = v;
            }
        }
        return top;
    }
}
