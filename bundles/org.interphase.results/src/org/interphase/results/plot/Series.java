package org.interphase.results.plot;

import java.util.Arrays;

/**
 * The points of one series, only those whose x and y are both finite (a missing value in a CSV file
 * is NaN and is never drawn).
 *
 * @param name   the legend entry
 * @param x      x values
 * @param y      y values, as many as x
 * @param style  how it is drawn
 * @param colour the palette index: series that belong together (one cycle's charge and discharge,
 *               one result's simulated and measured retention) share it
 * @param legend listed in the legend (the second line of an envelope or a band is not)
 */
public record Series(String name, double[] x, double[] y, Plot.Style style, int colour, boolean legend) {

    /** A series listed in the legend. */
    public Series(String name, double[] x, double[] y, Plot.Style style, int colour) {
        this(name, x, y, style, colour, true);
    }

    public Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException(name + ": " + x.length + " x values, " + y.length + " y values");
        }
        int n = 0;
        double[] xs = new double[x.length];
        double[] ys = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                xs[n] = x[i];
                ys[n] = y[i];
                n++;
            }
        }
        x = Arrays.copyOf(xs, n);
        y = Arrays.copyOf(ys, n);
    }

    /** The number of points drawn. */
    public int size() {
        return x.length;
    }

    /** The same points under another name and colour. */
    public Series as(String newName, int newColour) {
        return new Series(newName, x, y, style, newColour, legend);
    }

    /** Sparse data gets a symbol at each point: fewer than 30 points on a line. */
    static Plot.Style lineFor(int points) {
        return points < 30 ? Plot.Style.LINE_AND_POINTS : Plot.Style.LINE;
    }
}
