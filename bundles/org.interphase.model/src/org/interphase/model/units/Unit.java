package org.interphase.model.units;

import java.util.Objects;

/**
 * A parsed unit: converts a value written in it to SI by {@code value * factor + offset}.
 *
 * @param symbol    the unit as written (mAh/cm2)
 * @param factor    multiplier to SI
 * @param offset    added after scaling (only for absolute temperatures such as °C)
 * @param dimension what the unit measures
 */
public record Unit(String symbol, double factor, double offset, Dimension dimension) {

    public Unit {
        Objects.requireNonNull(symbol);
        Objects.requireNonNull(dimension);
    }

    public double toSI(double value) {
        return value * factor + offset;
    }

    public double fromSI(double si) {
        return (si - offset) / factor;
    }
}
