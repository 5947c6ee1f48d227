package org.interphase.mechanisms.oxidation;

import java.util.Arrays;

import org.interphase.model.Coating;
import org.interphase.model.CoatingScope;
import org.interphase.model.Electrode;
import org.interphase.model.Material;
import org.interphase.solver.api.CellProperties;

/**
 * What an electrode's coatings, all of them, leave of a surface (the active particles', or the carbon black's,
 * which only a coating on the finished electrode covers). Each coating closes its share c_i of the surface
 * ({@link OxidationKinetics#coverage}), laid independently of the others, so the surface splits into patches,
 * one per set K of the coatings over it, of weight prod_K c_i prod_(not K) (1 - c_i); the bare share is
 * prod (1 - c_i). Electrons cross a patch as prod_K exp(-d_i / lambda_i) (the coatings' tunnelling barriers
 * in series), a diffusing species crosses sum_K d_i of coating on top of whatever else lies there (layers of
 * equal diffusivity in series). One coating: 1 - c bare, c under d.
 */
final class CoatingCover {

    /** No coating: the whole surface bare. */
    static final CoatingCover NONE = new CoatingCover(new double[] { 1 }, new double[] { 0 }, 0, null);

    /** Each patch's share of the surface; patch 0 is the bare one. */
    private final double[] weights;
    /** The thickness of coating over each patch, m. */
    private final double[] depths;
    private final double tunnelling;
    /** A coating material without a tunnelling length, if any (then {@link #tunnelling()} refuses). */
    private final String untunnelled;

    private CoatingCover(double[] weights, double[] depths, double tunnelling, String untunnelled) {
        this.weights = weights;
        this.depths = depths;
        this.tunnelling = tunnelling;
        this.untunnelled = untunnelled;
    }

    /**
     * @param electrode the coated electrode
     * @param closure   polymer_oxidation's coating closure thickness, m
     * @param carbon    whether the surface is the carbon black's (only coatings of scope electrode cover it)
     */
    static CoatingCover of(Electrode electrode, double closure, boolean carbon) {
        double[] weights = { 1 };
        double[] depths = { 0 };
        double covered = 0;
        String untunnelled = null;
        for (Coating coating : electrode.getCoatings()) {
            if (carbon && coating.getScope() != CoatingScope.ELECTRODE) {
                continue;
            }
            double c = OxidationKinetics.coverage(coating, closure);
            double d = thickness(coating);
            double lambda = CellProperties.value(coating.getMaterial(), "tunnelling length").orElse(Double.NaN);
            if (Double.isNaN(lambda) && untunnelled == null) {
                untunnelled = name(coating.getMaterial());
            }
            double barrier = Math.exp(-d / lambda);
            // every patch so far splits into its share left open by this coating and its share under it
            covered = covered * (1 - c + c * barrier) + weights[0] * c * barrier;
            int n = weights.length;
            weights = Arrays.copyOf(weights, 2 * n);
            depths = Arrays.copyOf(depths, 2 * n);
            for (int k = 0; k < n; k++) {
                weights[n + k] = weights[k] * c;
                depths[n + k] = depths[k] + d;
                weights[k] = weights[k] * (1 - c);
            }
        }
        return new CoatingCover(weights, depths, covered, untunnelled);
    }

    private static double thickness(Coating coating) {
        return coating.getThickness() == null ? 0 : coating.getThickness().getSi();
    }

    private static String name(Material m) {
        return m == null ? "the coating" : m.getName();
    }

    /** The share of the surface no coating covers. */
    double exposed() {
        return weights[0];
    }

    /** What the covered patches pass, per unit of the surface: sum of their weights times their barriers. */
    double tunnelling() {
        if (untunnelled != null) {
            throw new IllegalStateException("polymer_oxidation needs 'tunnelling length' of " + untunnelled);
        }
        return tunnelling;
    }

    /**
     * The mean of 1 / (B + d_K) over the surface, per m: what a species diffusing through a layer B present
     * everywhere, and through the coatings of each patch besides, carries relative to D times its driving
     * difference (Fick's law through layers of equal diffusivity in series, patches in parallel).
     *
     * @param barrier the layer B under and over the coatings, m (> 0)
     */
    double meanInverseBarrier(double barrier) {
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += weights[k] / (barrier + depths[k]);
        }
        return sum;
    }
}
