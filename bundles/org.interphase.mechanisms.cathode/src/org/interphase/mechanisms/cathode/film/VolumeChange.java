package org.interphase.mechanisms.cathode.film;

/**
 * How a cathode's particles breathe: the library's "volume change" curve (delithiation, dV/V) that
 * delamination debonds them by and that cracks the CEI films on them.
 */
public final class VolumeChange {

    private VolumeChange() {
    }

    /**
     * d(volume change)/d(delithiation) at a delithiation: the slope of its segment, or of the end segment beyond.
     *
     * @param x  delithiation of the curve's points, ascending, at least two
     * @param dv volume change dV/V at those points
     * @param v  the delithiation to read the slope at
     * @return the slope, per unit of delithiation
     */
    public static double slope(double[] x, double[] dv, double v) {
        for (int i = 1; i < x.length; i++) {
            if (v <= x[i] || i == x.length - 1) {
                return (dv[i] - dv[i - 1]) / (x[i] - x[i - 1]);
            }
        }
        return 0;
    }
}
