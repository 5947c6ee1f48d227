package org.interphase.solver.transport;

import org.interphase.solver.api.Physics;

/**
 * The concentration overpotential of a finite-volume salt profile between its two walls, V, positive when the salt
 * is richer at x = L: (2RT/F) integral of (1 - t+) T_f dln c from x = 0 to x = L (Newman, Electrochemical Systems,
 * ch. 12), summed over the walls and the cells' centres in turn, each step of ln c weighed at its midpoint.
 * Allocates nothing after construction.
 */
final class ConcentrationOverpotential {

    /** The walls' and cells' concentrations in turn, their midpoints and the weights there. */
    private final double[] at, mids, weights;

    ConcentrationOverpotential(int cells) {
        at = new double[cells + 2];
        mids = new double[cells + 1];
        weights = new double[cells + 1];
    }

    /** The overpotential of the profile c (cell centres from x = 0) with the walls' concentrations left and right. */
    double between(SaltProperties.AtTemperature p, double temperatureK, double[] c, double left, double right) {
        int n = c.length;
        at[0] = left;
        System.arraycopy(c, 0, at, 1, n);
        at[n + 1] = right;
        for (int k = 0; k <= n; k++) {
            mids[k] = 0.5 * (at[k] + at[k + 1]);
        }
        p.overpotentialWeights(mids, n + 1, weights);
        double sum = 0;
        for (int k = 0; k <= n; k++) {
            sum += weights[k] * lnRatio(at[k + 1], at[k]);
        }
        return 2 * Physics.thermalVoltage(temperatureK) * sum;
    }

    /**
     * ln(b/a) for positive a, b: for neighbours within 2 % of each other 2 atanh(u), u = (b - a)/(b + a), by its
     * series to u^9 (the next term is u^10/11 of the result, below the double's rounding), else Math.log.
     */
    static double lnRatio(double b, double a) {
        double u = (b - a) / (b + a);
        if (Math.abs(u) < 0.01) {
            double u2 = u * u;
            return 2 * u * (1 + u2 * (1.0 / 3 + u2 * (1.0 / 5 + u2 * (1.0 / 7 + u2 / 9))));
        }
        return Math.log(b / a);
    }
}
