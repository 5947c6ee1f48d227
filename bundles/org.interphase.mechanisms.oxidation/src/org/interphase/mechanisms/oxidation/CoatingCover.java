package org.interphase.mechanisms.oxidation;

import org.interphase.model.Coating;
import org.interphase.model.CoatingScope;
import org.interphase.model.Electrode;
import org.interphase.model.Material;
import org.interphase.solver.api.CellProperties;

/**
 * What an electrode's coatings, all of them, leave of a surface (the active particles', or the carbon black's,
 * which only a coating on the finished electrode covers). Each coating closes its share c_i of the surface
 * ({@link OxidationKinetics#coverage}), laid independently of the others, so the bare share is
 * prod (1 - c_i), and a patch under a set K of the coatings, of weight prod_K c_i prod_(not K) (1 - c_i),
 * passes electrons as prod_K exp(-d_i / lambda_i) (the coatings' tunnelling barriers in series). One coating:
 * 1 - c bare, c under exp(-d / lambda).
 */
final class CoatingCover {

    /** No coating: the whole surface bare. */
    static final CoatingCover NONE = new CoatingCover(1, 0);

    private final double exposed;
    private final double tunnelling;

    private CoatingCover(double exposed, double tunnelling) {
        this.exposed = exposed;
        this.tunnelling = tunnelling;
    }

    /**
     * @param electrode the coated electrode
     * @param closure   polymer_oxidation's coating closure thickness, m
     * @param carbon    whether the surface is the carbon black's (only coatings of scope electrode cover it)
     */
    static CoatingCover of(Electrode electrode, double closure, boolean carbon) {
        double bare = 1;
        double covered = 0;
        for (Coating coating : electrode.getCoatings()) {
            if (carbon && coating.getScope() != CoatingScope.ELECTRODE) {
                continue;
            }
            double c = OxidationKinetics.coverage(coating, closure);
            double barrier = Math.exp(-thickness(coating) / tunnellingLength(coating.getMaterial()));
            // every patch so far splits into its share left open by this coating and its share under it
            covered = covered * (1 - c + c * barrier) + bare * c * barrier;
            bare = bare * (1 - c);
        }
        return new CoatingCover(bare, covered);
    }

    private static double thickness(Coating coating) {
        return coating.getThickness() == null ? 0 : coating.getThickness().getSi();
    }

    private static double tunnellingLength(Material m) {
        return CellProperties.value(m, "tunnelling length").orElseThrow(() -> new IllegalStateException(
                "polymer_oxidation needs 'tunnelling length' of " + m.getName()));
    }

    /** The share of the surface no coating covers. */
    double exposed() {
        return exposed;
    }

    /** What the covered patches pass, per unit of the surface: sum of their weights times their barriers. */
    double tunnelling() {
        return tunnelling;
    }
}
