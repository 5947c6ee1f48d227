package org.interphase.solver.transport;

import java.util.function.DoubleUnaryOperator;

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
    static SaltProperties of(DoubleUnaryOperator diffusivityAtTemperature, double transferenceNumber,
            double thermodynamicFactor) {
        return of(diffusivityAtTemperature, t -> transferenceNumber, thermodynamicFactor);
    }

    /** Properties that depend on the temperature only (diffusivity and transference number laws). */
    static SaltProperties of(DoubleUnaryOperator diffusivityAtTemperature,
            DoubleUnaryOperator transferenceAtTemperature, double thermodynamicFactor) {
        DoubleUnaryOperator diffusivity = new LastTemperature(diffusivityAtTemperature);
        DoubleUnaryOperator transference = new LastTemperature(transferenceAtTemperature);
        return new SaltProperties() {
            @Override
            public double diffusivity(double concentration, double temperatureK) {
                return diffusivity.applyAsDouble(temperatureK);
            }

            @Override
            public double transferenceNumber(double concentration, double temperatureK) {
                return transference.applyAsDouble(temperatureK);
            }

            @Override
            public double thermodynamicFactor(double concentration, double temperatureK) {
                return thermodynamicFactor;
            }
        };
    }
}
