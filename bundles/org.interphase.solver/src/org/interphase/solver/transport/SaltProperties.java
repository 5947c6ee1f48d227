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

    /**
     * The properties at one temperature as they are now, as functions of the concentration alone: the
     * transport asks at every face of every sub-step at one temperature, so what depends on the temperature
     * (and on the film's state: its crystallinity changes at one temperature, issue 12) is looked up once per
     * advance, not per face. Each value is exactly the two-argument method's at the time it was taken.
     */
    interface AtTemperature {

        /**
         * Whether another snapshot answers exactly as this one at every concentration (the transport then
         * keeps the matrix it made with it); by default only this one itself.
         */
        default boolean sameAs(AtTemperature other) {
            return other == this;
        }

        /** Salt diffusion coefficient, m2/s, at a concentration (mol/m3). */
        double diffusivity(double concentration);

        /** Cation transference number t+. */
        double transferenceNumber(double concentration);

        /** Thermodynamic factor 1 + dln(gamma)/dln(c). */
        double thermodynamicFactor(double concentration);

        /**
         * D and t+ at each of n concentrations (the transport's faces, neighbours of similar concentration
         * in turn), into the arrays given.
         */
        default void both(double[] concentrations, int n, double[] diffusivity, double[] transference) {
            for (int i = 0; i < n; i++) {
                diffusivity[i] = diffusivity(concentrations[i]);
                transference[i] = transferenceNumber(concentrations[i]);
            }
        }

        /**
         * The concentration overpotential's weight (1 - t+) T_f at each of n concentrations (neighbours of similar
         * concentration in turn), into the array given; each exactly (1 - transferenceNumber(c)) * thermodynamicFactor(c).
         */
        default void overpotentialWeights(double[] concentrations, int n, double[] weight) {
            for (int i = 0; i < n; i++) {
                weight[i] = (1 - transferenceNumber(concentrations[i])) * thermodynamicFactor(concentrations[i]);
            }
        }
    }

    /**
     * These properties at one temperature (K) as they are now; by default the two-argument methods at that
     * temperature, which then depend on the concentration and the temperature alone.
     */
    default AtTemperature at(double temperatureK) {
        return new Fixed(this, temperatureK);
    }

    /** {@link #at} of properties that are functions of the concentration and the temperature alone. */
    record Fixed(SaltProperties all, double temperatureK) implements AtTemperature {

        @Override
        public double diffusivity(double concentration) {
            return all.diffusivity(concentration, temperatureK);
        }

        @Override
        public double transferenceNumber(double concentration) {
            return all.transferenceNumber(concentration, temperatureK);
        }

        @Override
        public double thermodynamicFactor(double concentration) {
            return all.thermodynamicFactor(concentration, temperatureK);
        }

        @Override
        public boolean sameAs(AtTemperature other) {
            return other instanceof Fixed f && f.all == all
                    && Double.doubleToRawLongBits(f.temperatureK) == Double.doubleToRawLongBits(temperatureK);
        }
    }

    /** Properties that do not depend on the concentration (a diffusivity law in temperature only). */
    static SaltProperties of(DoubleUnaryOperator diffusivityAtTemperature, double transferenceNumber,
            double thermodynamicFactor) {
        return of(diffusivityAtTemperature, t -> transferenceNumber, thermodynamicFactor);
    }

    /**
     * Properties that depend on the temperature only (diffusivity and transference number laws). The laws
     * are asked anew each time, never remembered by temperature: a film's laws also read its crystallinity,
     * which changes at one temperature (isothermal crystallisation, melting); the transport asks once per
     * advance ({@link #at}).
     */
    static SaltProperties of(DoubleUnaryOperator diffusivity, DoubleUnaryOperator transference,
            double thermodynamicFactor) {
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

            @Override
            public AtTemperature at(double temperatureK) {
                return new Uniform(this, diffusivity.applyAsDouble(temperatureK), transference.applyAsDouble(temperatureK),
                        thermodynamicFactor);
            }
        };
    }

    /** {@link #at} of properties that do not depend on the concentration: their values then. */
    record Uniform(SaltProperties owner, double d, double t, double factor) implements AtTemperature {

        @Override
        public double diffusivity(double concentration) {
            return d;
        }

        @Override
        public double transferenceNumber(double concentration) {
            return t;
        }

        @Override
        public double thermodynamicFactor(double concentration) {
            return factor;
        }

        @Override
        public boolean sameAs(AtTemperature other) {
            return other instanceof Uniform u && u.owner == owner && Double.doubleToRawLongBits(u.d) == Double.doubleToRawLongBits(d)
                    && Double.doubleToRawLongBits(u.t) == Double.doubleToRawLongBits(t);
        }
    }
}
