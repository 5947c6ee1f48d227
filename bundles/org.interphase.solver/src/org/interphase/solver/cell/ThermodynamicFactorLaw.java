package org.interphase.solver.cell;

/**
 * The thermodynamic factor T_f = 1 + dln(gamma)/dln(m) of the salt in a polymer against the local salt
 * concentration: from the polymer's 'thermodynamic factor at r' entries (r the EO:Li ratio they belong to),
 * linear in Li/EO between them and held at the end values beyond; a plain 'thermodynamic factor' is a
 * constant; without either the solution is ideal (1). The concentration overpotential of the transient
 * transport weighs each step of ln c with it ({@link org.interphase.solver.transport.SaltTransport#overpotential}).
 * <p>
 * Like {@link SelfDiffusionLaw} the polymer holds still while the salt moves, so the local Li/EO is r0 c / c0.
 */
final class ThermodynamicFactorLaw {

    private final double[] ratio; // Li/EO, ascending
    private final double[] factor;
    private final double r0;

    private ThermodynamicFactorLaw(double[] ratio, double[] factor, double r0) {
        this.ratio = ratio;
        this.factor = factor;
        this.r0 = r0;
    }

    /** The law of a polymer at an initial EO:Li ratio (NaN or a constant: the first or plain value). */
    static ThermodynamicFactorLaw of(MaterialData polymer, double eoLi0) {
        double[][] points = polymer.curve("thermodynamic factor");
        int n = points[0].length;
        if (n == 0) {
            double constant = polymer.optional("thermodynamic factor").orElse(1.0);
            if (!(constant > 0)) {
                throw new CellModelException("material " + polymer.name() + ": the thermodynamic factor must be positive");
            }
            return new ThermodynamicFactorLaw(new double[] { 0 }, new double[] { constant }, 0);
        }
        double[] ratio = new double[n];
        double[] factor = new double[n];
        for (int i = 0; i < n; i++) {
            int j = n - 1 - i; // ascending EO:Li = descending Li/EO
            if (!(points[0][j] > 0) || !(points[1][j] > 0)) {
                throw new CellModelException("material " + polymer.name()
                        + ": 'thermodynamic factor at r' needs a positive EO:Li ratio r and a positive value");
            }
            ratio[i] = 1 / points[0][j];
            factor[i] = points[1][j];
        }
        return new ThermodynamicFactorLaw(ratio, factor, Double.isNaN(eoLi0) ? ratio[0] : 1 / eoLi0);
    }

    /** Whether T_f is the same at every concentration. */
    boolean isConstant() {
        return factor.length == 1;
    }

    /** T_f at a local concentration, relative concentration c / c0 given. */
    double at(double relativeConcentration) {
        return SelfDiffusionLaw.interpolate(ratio, factor, r0 * relativeConcentration);
    }

    /** Where a relative concentration falls in the table ({@link SelfDiffusionLaw#segment(double, int)}), from a hint. */
    int segment(double relativeConcentration, int hint) {
        return SelfDiffusionLaw.segment(ratio, r0 * relativeConcentration, hint);
    }

    /** {@link #at(double)} with the concentration's {@link #segment} known (the same operations). */
    double at(double relativeConcentration, int segment) {
        return SelfDiffusionLaw.at(ratio, factor, r0 * relativeConcentration, segment);
    }
}
