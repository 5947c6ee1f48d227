package org.interphase.solver.cell;

import java.util.function.DoubleUnaryOperator;

import org.interphase.solver.transport.SaltProperties;

/**
 * The salt's transport properties in a polymer film whose D and t+ depend on the local concentration
 * ({@link SelfDiffusionLaw}) or whose thermodynamic factor does ({@link ThermodynamicFactorLaw}): at the
 * initial concentration the film's own values, away from it changed by the laws' factors
 * ({@link PolymerElectrolyte#saltProperties}).
 * <p>
 * The transport asks at every face of every sub-step at one temperature: {@link #at} looks up what depends
 * on the temperature once, and {@link AtTemperature#both} finds each face's place in the self-diffusion
 * table once for D and t+, starting from the previous face's (neighbouring faces have nearly the same
 * concentration). Every value is computed with the very operations of the two-argument methods.
 */
final class FilmSaltProperties implements SaltProperties {

    /** A temperature and the polymer's share of the current there (immutable, safe to share). */
    private record Share(double temperatureK, double matrix) {
    }

    /** The properties at the initial concentration: diffusivity by temperature (remembered at the last one). */
    private final SaltProperties uniform;
    private final SelfDiffusionLaw law;
    private final ThermodynamicFactorLaw thermodynamic;
    private final double c0;
    /** The polymer's own t+ at c0. */
    private final double polymerTransference;
    /** The share of the current the polymer matrix carries, by temperature (K). */
    private final DoubleUnaryOperator matrixShare;
    /** The last temperature asked for. */
    private Share last = new Share(Double.NaN, Double.NaN);

    /**
     * @param law         how D and t+ change with the concentration, null: they do not
     * @param matrixShare the share of the current the polymer matrix carries at a temperature (K)
     */
    FilmSaltProperties(SaltProperties uniform, SelfDiffusionLaw law, ThermodynamicFactorLaw thermodynamic, double c0,
            double polymerTransference, DoubleUnaryOperator matrixShare) {
        this.uniform = uniform;
        this.law = law;
        this.thermodynamic = thermodynamic;
        this.c0 = c0;
        this.polymerTransference = polymerTransference;
        this.matrixShare = matrixShare;
    }

    private double matrix(double temperatureK) {
        Share at = last;
        if (Double.doubleToRawLongBits(at.temperatureK()) != Double.doubleToRawLongBits(temperatureK)) {
            at = new Share(temperatureK, matrixShare.applyAsDouble(temperatureK));
            last = at;
        }
        return at.matrix();
    }

    @Override
    public double diffusivity(double concentration, double temperatureK) {
        double d = uniform.diffusivity(concentration, temperatureK);
        return law == null ? d : d * law.diffusivityFactor(concentration / c0);
    }

    @Override
    public double transferenceNumber(double concentration, double temperatureK) {
        double matrix = matrix(temperatureK);
        double polymer = law == null ? polymerTransference
                : polymerTransference * law.transferenceFactor(concentration / c0);
        return 1 - (1 - polymer) * matrix;
    }

    @Override
    public double thermodynamicFactor(double concentration, double temperatureK) {
        return thermodynamic.at(concentration / c0);
    }

    @Override
    public AtTemperature at(double temperatureK) {
        double d = uniform.diffusivity(c0, temperatureK);
        double matrix = matrix(temperatureK);
        return new AtTemperature() {
            @Override
            public double diffusivity(double concentration) {
                return law == null ? d : d * law.diffusivityFactor(concentration / c0);
            }

            @Override
            public double transferenceNumber(double concentration) {
                double polymer = law == null ? polymerTransference
                        : polymerTransference * law.transferenceFactor(concentration / c0);
                return 1 - (1 - polymer) * matrix;
            }

            @Override
            public double thermodynamicFactor(double concentration) {
                return thermodynamic.at(concentration / c0);
            }

            @Override
            public void both(double[] concentrations, int n, double[] diffusivity, double[] transference) {
                if (law == null) {
                    AtTemperature.super.both(concentrations, n, diffusivity, transference);
                    return;
                }
                int hint = 1;
                for (int i = 0; i < n; i++) {
                    double relative = concentrations[i] / c0;
                    hint = law.segment(relative, hint);
                    diffusivity[i] = d * law.diffusivityFactor(relative, hint);
                    transference[i] = 1 - (1 - polymerTransference * law.transferenceFactor(relative, hint)) * matrix;
                }
            }
        };
    }
}
