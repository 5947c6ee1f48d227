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
 * on the temperature and on the film's state once per advance, and {@link AtTemperature#both} finds each face's
 * place in the self-diffusion table once for D and t+, starting from the previous face's (neighbouring faces
 * have nearly the same concentration). Every value is computed with the very operations of the two-argument
 * methods. Nothing is remembered by temperature: the film's crystallinity, which the laws read, changes at one
 * temperature (isothermal crystallisation below the melting point, melting above it), so a value kept by
 * temperature alone was silently the crystallinity's of its first use (issue 12).
 */
final class FilmSaltProperties implements SaltProperties {

    /** The properties at the initial concentration: diffusivity by temperature (remembered at the last one). */
    private final SaltProperties uniform;
    private final SelfDiffusionLaw law;
    private final ThermodynamicFactorLaw thermodynamic;
    private final double c0;
    /** The polymer's own t+ at c0. */
    private final double polymerTransference;
    /** The share of the current the polymer matrix carries, by temperature (K), at the film's state now. */
    private final DoubleUnaryOperator matrixShare;

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

    @Override
    public double diffusivity(double concentration, double temperatureK) {
        double d = uniform.diffusivity(concentration, temperatureK);
        return law == null ? d : d * law.diffusivityFactor(concentration / c0);
    }

    @Override
    public double transferenceNumber(double concentration, double temperatureK) {
        double matrix = matrixShare.applyAsDouble(temperatureK);
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
        return new Now(uniform.diffusivity(c0, temperatureK), matrixShare.applyAsDouble(temperatureK));
    }

    /** The properties at one temperature and the film's state then: its D at c0 and the matrix's current share. */
    private final class Now implements AtTemperature {

        private final double d;
        private final double matrix;

        Now(double d, double matrix) {
            this.d = d;
            this.matrix = matrix;
        }

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
                double fraction = law.fraction(relative, hint);
                diffusivity[i] = d * law.diffusivityAt(hint, fraction);
                transference[i] = 1 - (1 - polymerTransference * law.transferenceAt(hint, fraction)) * matrix;
            }
        }

        @Override
        public void overpotentialWeights(double[] concentrations, int n, double[] weight) {
            int hint = 1;
            int factorHint = 1;
            for (int i = 0; i < n; i++) {
                double relative = concentrations[i] / c0;
                double polymer = polymerTransference;
                if (law != null) {
                    hint = law.segment(relative, hint);
                    polymer = polymerTransference * law.transferenceFactor(relative, hint);
                }
                factorHint = thermodynamic.segment(relative, factorHint);
                weight[i] = (1 - (1 - (1 - polymer) * matrix)) * thermodynamic.at(relative, factorHint);
            }
        }

        @Override
        public boolean sameAs(AtTemperature other) {
            return other instanceof Now now && now.owner() == FilmSaltProperties.this
                    && Double.doubleToRawLongBits(now.d) == Double.doubleToRawLongBits(d)
                    && Double.doubleToRawLongBits(now.matrix) == Double.doubleToRawLongBits(matrix);
        }

        private FilmSaltProperties owner() {
            return FilmSaltProperties.this;
        }
    }
}
