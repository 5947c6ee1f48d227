package org.interphase.solver.cell;

/**
 * Open-circuit voltage versus degree of delithiation x (fraction of the theoretical capacity
 * extracted), linear between the material's points and held at the end values outside them.
 * Linear keeps the curve monotone, as measured OCVs are; a spline could overshoot between points.
 */
public final class OcvCurve {

    private final double[] x;
    private final double[] u;

    OcvCurve(double[] x, double[] u) {
        if (x.length < 2) {
            throw new CellModelException("an OCV curve needs at least two points");
        }
        this.x = x.clone();
        this.u = u.clone();
    }

    /** OCV in V at delithiation x. */
    public double at(double delithiation) {
        if (delithiation <= x[0]) {
            return u[0];
        }
        for (int i = 1; i < x.length; i++) {
            if (delithiation <= x[i]) {
                return u[i - 1] + (delithiation - x[i - 1]) / (x[i] - x[i - 1]) * (u[i] - u[i - 1]);
            }
        }
        return u[u.length - 1];
    }

    /**
     * The delithiation at which the OCV equals a voltage (the inverse of {@link #at}); the curve's
     * ends outside its range, the lowest x of a flat stretch on it.
     */
    public double delithiationAt(double voltage) {
        if (voltage <= u[0]) {
            return x[0];
        }
        for (int i = 1; i < x.length; i++) {
            if (voltage <= u[i]) {
                return u[i] == u[i - 1] ? x[i - 1] : x[i - 1] + (voltage - u[i - 1]) / (u[i] - u[i - 1]) * (x[i] - x[i - 1]);
            }
        }
        return x[x.length - 1];
    }

    /** Lowest delithiation of the curve (the discharged end). */
    public double minDelithiation() {
        return x[0];
    }

    /** Highest delithiation the curve describes (the material is not charged beyond it). */
    public double maxDelithiation() {
        return x[x.length - 1];
    }
}
