package org.interphase.results.plot;

/**
 * The colours of a heat map ({@link SweepPlot.Grid}), for the PNG writer and the result editor
 * alike: a sequential scale (viridis: dark for the lowest, yellow for the highest, readable in grey
 * and with the common colour-vision deficiencies), grey where no point has a value.
 */
public final class HeatScale {

    /** viridis at 0, 0.25, 0.5, 0.75, 1 (matplotlib's colormap). */
    private static final int[][] SCALE = { { 68, 1, 84 }, { 59, 82, 139 }, { 33, 145, 140 }, { 94, 201, 98 },
            { 253, 231, 37 } };
    /** The colour of a pair without a value. */
    public static final int[] NO_VALUE = { 200, 200, 200 };

    private HeatScale() {
    }

    /** Red, green and blue (0-255) of a value between the lowest and the highest of the map. */
    public static int[] rgb(double value, double lo, double hi) {
        if (!Double.isFinite(value)) {
            return NO_VALUE.clone();
        }
        double t = hi > lo ? (value - lo) / (hi - lo) : 0.5;
        t = Math.max(0, Math.min(1, t)) * (SCALE.length - 1);
        int i = Math.min((int) t, SCALE.length - 2);
        double f = t - i;
        int[] a = SCALE[i];
        int[] b = SCALE[i + 1];
        int[] c = new int[3];
        for (int k = 0; k < 3; k++) {
            c[k] = (int) Math.round(a[k] + f * (b[k] - a[k]));
        }
        return c;
    }

    /** The lowest and highest finite value of a grid ({NaN, NaN} when it has none). */
    public static double[] range(SweepPlot.Grid grid) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : grid.values()) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return hi >= lo ? new double[] { lo, hi } : new double[] { Double.NaN, Double.NaN };
    }

    /** Whether a colour is dark enough for white text on it (luma below 140 of 255). */
    public static boolean dark(int[] rgb) {
        return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] < 140;
    }
}
