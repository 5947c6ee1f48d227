package org.interphase.solver.cell;

/**
 * How the salt diffusivity and the cation transference number of a polymer electrolyte change with
 * the local salt concentration, from the ions' self-diffusion coefficients (PFG-NMR) measured at
 * several EO:Li ratios (for PEO-LiTFSI: Pesko et al., J. Electrochem. Soc. 164 (2017) E3569, Fig. 1).
 * For uncorrelated ions (Nernst-Hartley) the salt diffusivity is 2 D+ D- / (D+ + D-) and t+ is
 * D+ / (D+ + D-). The engine keeps the library's salt diffusivity and t+ as the values at the cell's
 * own composition and takes from these data only the factor by which each changes when the local
 * concentration moves away from it (linear in r between the measured ratios, held at the end values
 * beyond them): the measured correlations (negative t+0 of Pesko et al.) and the
 * thermodynamic factor are not in (docs/engine.md).
 * <p>
 * The polymer holds still while the salt moves (the transport's reference frame), so the EO per volume
 * stays that of the initial state: the local Li/EO ratio is r0 c / c0. The transport asks at every
 * face of every substep, so the factors are tabulated once and interpolated without a logarithm.
 */
final class SelfDiffusionLaw {

    private final double[] ratio; // Li/EO, ascending
    /** Salt diffusivity and t+ at each measured ratio, relative to their values at r0. */
    private final double[] salt;
    private final double[] transference;
    /** D+ + D- at each measured ratio, relative to the value at r0 (the Nernst-Einstein conductivity's mobility). */
    private final double[] mobility;
    private final double r0;

    private SelfDiffusionLaw(double[] ratio, double[] salt, double[] transference, double[] mobility, double r0) {
        this.ratio = ratio;
        this.r0 = r0;
        double salt0 = interpolate(ratio, salt, r0);
        double transference0 = interpolate(ratio, transference, r0);
        double mobility0 = interpolate(ratio, mobility, r0);
        this.salt = new double[salt.length];
        this.transference = new double[transference.length];
        this.mobility = new double[mobility.length];
        for (int i = 0; i < salt.length; i++) {
            this.salt[i] = salt[i] / salt0;
            this.transference[i] = transference[i] / transference0;
            this.mobility[i] = mobility[i] / mobility0;
        }
    }

    /**
     * The law of a polymer at an initial EO:Li ratio, or null when the library gives no self-diffusion
     * data for it (then transport properties do not depend on the concentration).
     */
    static SelfDiffusionLaw of(MaterialData polymer, double eoLi0) {
        double[][] cation = polymer.curve("cation self diffusivity");
        double[][] anion = polymer.curve("anion self diffusivity");
        if (cation[0].length == 0 && anion[0].length == 0) {
            return null;
        }
        if (cation[0].length != anion[0].length || cation[0].length < 2) {
            throw new CellModelException("material " + polymer.name()
                    + ": cation and anion self diffusivities must be given at the same EO:Li ratios, at least two");
        }
        int n = cation[0].length;
        double[] ratio = new double[n];
        double[] salt = new double[n];
        double[] transference = new double[n];
        double[] mobility = new double[n];
        for (int i = 0; i < n; i++) {
            int j = n - 1 - i; // ascending EO:Li = descending Li/EO
            if (cation[0][j] != anion[0][j] || !(cation[0][j] > 0)) {
                throw new CellModelException("material " + polymer.name()
                        + ": cation and anion self diffusivities must be given at the same EO:Li ratios");
            }
            double plus = cation[1][j];
            double minus = anion[1][j];
            ratio[i] = 1 / cation[0][j];
            salt[i] = 2 * plus * minus / (plus + minus);
            transference[i] = plus / (plus + minus);
            mobility[i] = plus + minus;
        }
        return new SelfDiffusionLaw(ratio, salt, transference, mobility, 1 / eoLi0);
    }

    /** Salt diffusivity at a local concentration, relative to that at the initial one (c / c0 given). */
    double diffusivityFactor(double relativeConcentration) {
        return interpolate(ratio, salt, r0 * relativeConcentration);
    }

    /**
     * The Nernst-Einstein conductivity c (D+ + D-) at a uniform concentration, relative to that at the initial one
     * (c / c0 given): the film's conductivity once salt has left it (the ion correlations' share assumed unchanged,
     * as in {@link CompositionLaw}).
     */
    double conductivityFactor(double relativeConcentration) {
        return relativeConcentration * interpolate(ratio, mobility, r0 * relativeConcentration);
    }

    /** Cation transference number at a local concentration, relative to that at the initial one. */
    double transferenceFactor(double relativeConcentration) {
        return interpolate(ratio, transference, r0 * relativeConcentration);
    }

    /**
     * Where a local concentration (c / c0) falls in the table, for {@link #diffusivityFactor(double, int)} and
     * {@link #transferenceFactor(double, int)}: 0 below its first ratio, its length above its last, else the
     * smallest i with r <= ratio[i] (the point {@link #interpolate} finds), searched from a hint.
     */
    int segment(double relativeConcentration, int hint) {
        return segment(ratio, r0 * relativeConcentration, hint);
    }

    /** {@link #segment(double, int)} of r in a table of ratios (ascending). */
    static int segment(double[] ratio, double r, int hint) {
        int n = ratio.length;
        if (!(r > ratio[0])) {
            return 0;
        }
        if (r >= ratio[n - 1]) {
            return n;
        }
        int i = Math.max(1, Math.min(hint, n - 1));
        while (r > ratio[i]) {
            i++;
        }
        while (i > 1 && r <= ratio[i - 1]) {
            i--;
        }
        return i;
    }

    /** {@link #diffusivityFactor(double)} with the concentration's {@link #segment} known. */
    double diffusivityFactor(double relativeConcentration, int segment) {
        return at(salt, r0 * relativeConcentration, segment);
    }

    /** {@link #transferenceFactor(double)} with the concentration's {@link #segment} known. */
    double transferenceFactor(double relativeConcentration, int segment) {
        return at(transference, r0 * relativeConcentration, segment);
    }

    /**
     * Where r0 c / c0 lies in its {@link #segment}, (r - r_i-1) / (r_i - r_i-1), for {@link #diffusivityAt} and
     * {@link #transferenceAt}: the fraction {@link #diffusivityFactor(double, int)} and
     * {@link #transferenceFactor(double, int)} each compute, computed once (0 outside the table, where the end
     * values hold and no fraction is used).
     */
    double fraction(double relativeConcentration, int segment) {
        if (segment == 0 || segment == ratio.length) {
            return 0;
        }
        double r = r0 * relativeConcentration;
        return (r - ratio[segment - 1]) / (ratio[segment] - ratio[segment - 1]);
    }

    /** {@link #diffusivityFactor(double, int)} from the segment's {@link #fraction} (the same operations). */
    double diffusivityAt(int segment, double fraction) {
        return blend(salt, segment, fraction);
    }

    /** {@link #transferenceFactor(double, int)} from the segment's {@link #fraction} (the same operations). */
    double transferenceAt(int segment, double fraction) {
        return blend(transference, segment, fraction);
    }

    private double blend(double[] y, int segment, double f) {
        if (segment == 0) {
            return y[0];
        }
        if (segment == ratio.length) {
            return y[ratio.length - 1];
        }
        return y[segment - 1] + f * (y[segment] - y[segment - 1]);
    }

    /** y at r in a segment, with the operations of {@link #interpolate}. */
    private double at(double[] y, double r, int segment) {
        return at(ratio, y, r, segment);
    }

    /** y at r in a segment of a table (ratio ascending), with the operations of {@link #interpolate}. */
    static double at(double[] ratio, double[] y, double r, int segment) {
        if (segment == 0) {
            return y[0];
        }
        if (segment == ratio.length) {
            return y[ratio.length - 1];
        }
        int i = segment;
        double f = (r - ratio[i - 1]) / (ratio[i] - ratio[i - 1]);
        return y[i - 1] + f * (y[i] - y[i - 1]);
    }

    /** y at r, linear between the points of ratio (ascending), held at the end values beyond them. */
    static double interpolate(double[] ratio, double[] y, double r) {
        int n = ratio.length;
        if (!(r > ratio[0])) {
            return y[0];
        }
        if (r >= ratio[n - 1]) {
            return y[n - 1];
        }
        int i = 1;
        while (r > ratio[i]) {
            i++;
        }
        double f = (r - ratio[i - 1]) / (ratio[i] - ratio[i - 1]);
        return y[i - 1] + f * (y[i] - y[i - 1]);
    }
}
