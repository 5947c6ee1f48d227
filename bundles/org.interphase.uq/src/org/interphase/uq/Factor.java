package org.interphase.uq;

import java.util.Objects;

/**
 * An uncertain input with its range, and how a point of the unit interval maps onto it.
 * <p>
 * The rule: a range whose ends are both positive and at least a factor of ten apart ({@code max >=
 * 10 min}, one decade or more) is sampled log-uniformly, so that each decade is as likely as the
 * next (rate constants, conductivities, diffusivities); any other range is sampled uniformly.
 *
 * @param name what the input is, for reports
 * @param min  the lower end, in the unit the caller works in (SI for cell parameters)
 * @param max  the upper end, greater than min
 * @param log  true when sampled log-uniformly
 */
public record Factor(String name, double min, double max, boolean log) {

    /** A range at least this wide (max/min) and positive is sampled log-uniformly. */
    public static final double DECADE = 10.0;

    public Factor {
        Objects.requireNonNull(name);
        if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException(name + ": the range " + min + " to " + max + " is empty or not finite");
        }
        if (log && !(min > 0)) {
            throw new IllegalArgumentException(name + ": a log-uniform range must be positive");
        }
    }

    /** A factor over {@code [min, max]}, log-uniform or uniform by the rule of this class. */
    public static Factor of(String name, double min, double max) {
        // a relative tolerance: 1e-9 S/cm to 1e-8 S/cm is 1e-7 to 1e-6 S/m in SI, and 10 * 1e-7 > 1e-6 in doubles
        return new Factor(name, min, max, min > 0 && max >= DECADE * min * (1 - 1e-12));
    }

    /** The value at a point u of [0, 1]: the inverse of the factor's distribution function. */
    public double value(double u) {
        if (log) {
            return Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min)));
        }
        return min + u * (max - min);
    }

    /** The point of [0, 1] at which the factor takes a value (the distribution function). */
    public double unit(double value) {
        if (log) {
            return (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min));
        }
        return (value - min) / (max - min);
    }
}
