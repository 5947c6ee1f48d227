package org.interphase.solver.transport;

import java.util.function.DoubleUnaryOperator;

/**
 * A law of temperature remembered at the last temperature asked for: the transport asks at every
 * face of every substep at one temperature. The diffusivity law (a conductivity ratio and a volume
 * fraction) was a seventh of a cycling run's time, and the transference number (the matrix
 * conductivity and the fillers' current share) half of it (JFR, 2026-12-06). The temperature is
 * compared bit for bit, so the value returned is exactly the law's; the temperature and its value
 * are one immutable pair, safe to share between threads.
 */
final class LastTemperature implements DoubleUnaryOperator {

    private record At(double temperatureK, double value) {
    }

    private final DoubleUnaryOperator law;
    private At last = new At(Double.NaN, Double.NaN);

    LastTemperature(DoubleUnaryOperator law) {
        this.law = law;
    }

    @Override
    public double applyAsDouble(double temperatureK) {
        At at = last;
        if (Double.doubleToRawLongBits(at.temperatureK()) != Double.doubleToRawLongBits(temperatureK)) {
            at = new At(temperatureK, law.applyAsDouble(temperatureK));
            last = at;
        }
        return at.value();
    }
}
