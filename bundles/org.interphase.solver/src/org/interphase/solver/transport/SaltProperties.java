package org.interphase.solver.transport;

/**
 * The transport properties of a binary salt in a polymer as concentrated-solution theory needs them
 * (Newman, Electrochemical Systems, ch. 12-14): the salt diffusion coefficient D, the cation
 * transference number t+ with respect to the polymer, and the thermodynamic factor
 * 1 + dln(gamma)/dln(c). Each may depend on the local salt concentration and the temperature.
 */
public interface SaltProperties {

    /** Salt diffusion coefficient, m2/s, at a concentration (mol/m3) and temperature (K). */
    double diffusivity(double concentration, double temperatureK);

    /** Cation transference number t+ (dimensionless). */
    double transferenceNumber(double concentration, double temperatureK);

    /** Thermodynamic factor 1 + dln(gamma)/dln(c) (1 for an ideal solution). */
    double thermodynamicFactor(double concentration, double temperatureK);

    /** Properties that do not depend on the concentration (a diffusivity law in temperature only). */
    static SaltProperties of(java.util.function.DoubleUnaryOperator diffusivityAtTemperature, double transferenceNumber,
            double thermodynamicFactor) {
        return of(diffusivityAtTemperature, t -> transferenceNumber, thermodynamicFactor);
    }

    /** Properties that depend on the temperature only (diffusivity and transference number laws). */
    static SaltProperties of(java.util.function.DoubleUnaryOperator diffusivityAtTemperature,
            java.util.function.DoubleUnaryOperator transferenceAtTemperature, double thermodynamicFactor) {
        /** A temperature and a law's value there: one immutable pair, safe to share between threads. */
        record AtTemperature(double temperatureK, double value) {
        }
        return new SaltProperties() {
            /**
             * The last temperature asked for and each law's value there: the transport asks at every
             * face of every substep at one temperature. The diffusivity law (a conductivity ratio and
             * a volume fraction) was a seventh of a cycling run's time, and the transference number
             * (the matrix conductivity and the fillers' current share) half of it (JFR, 2026-12-06).
             * Compared bit for bit, so the value returned is exactly the law's.
             */
            private AtTemperature diffusivity = new AtTemperature(Double.NaN, Double.NaN);
            private AtTemperature transference = new AtTemperature(Double.NaN, Double.NaN);

            @Override
            public double diffusivity(double concentration, double temperatureK) {
                AtTemperature at = diffusivity;
                if (Double.doubleToRawLongBits(at.temperatureK()) != Double.doubleToRawLongBits(temperatureK)) {
                    at = new AtTemperature(temperatureK, diffusivityAtTemperature.applyAsDouble(temperatureK));
                    diffusivity = at;
                }
                return at.value();
            }

            @Override
            public double transferenceNumber(double concentration, double temperatureK) {
                AtTemperature at = transference;
                if (Double.doubleToRawLongBits(at.temperatureK()) != Double.doubleToRawLongBits(temperatureK)) {
                    at = new AtTemperature(temperatureK, transferenceAtTemperature.applyAsDouble(temperatureK));
                    transference = at;
                }
                return at.value();
            }

            @Override
            public double thermodynamicFactor(double concentration, double temperatureK) {
                return thermodynamicFactor;
            }
        };
    }
}
