package org.interphase.uq.cell;

import java.util.List;
import java.util.Optional;

import org.interphase.uq.Factor;

/**
 * Two mechanism parameters that are not physically independent: what is known independently is
 * one of them (the {@code per} parameter) and their ratio, so sampling draws the ratio from its own
 * range and sets the parameter to ratio x per. Drawn independently over their own ranges, the two
 * would make combinations no real material shows, and those combinations would dominate the band.
 * <p>
 * Both values stay inside their own declared ranges: the ratio is drawn from its range (its
 * marginal is exactly the ratio factor's distribution), and the {@code per} parameter from the
 * slice of its range in which ratio x per lies in the parameter's range (per's own scale,
 * log-uniform or uniform). That slice is never empty when the ratio range lies inside
 * [min / per max, max / per min], which {@link #check} asserts.
 *
 * @param mechanism the mechanism id
 * @param name      the parameter set as ratio x per
 * @param per       the parameter it is a ratio of, of the same mechanism
 * @param ratio     the ratio's range (dimensionless) and its sampling rule
 * @param source    where the ratio's range comes from, or that it is an estimate and why
 */
public record SampledRatio(String mechanism, String name, String per, Factor ratio, String source) {

    /**
     * The declared ratios. Lithium foil roughness (dendrite_growth, anode plugin.xml: amplitude 0.1 to
     * 5 um, wavelength 10 to 500 um, both estimates): the filament threshold is k A = 2 pi A /
     * wavelength = 1, so the aspect ratio A / wavelength alone decides how close a foil starts to it.
     */
    public static final List<SampledRatio> DECLARED = List.of(new SampledRatio("dendrite_growth",
            "surface roughness amplitude", "surface roughness wavelength",
            Factor.of("dendrite_growth.surface roughness amplitude / wavelength", 0.005, 0.05),
            "estimate: aspect ratio A / wavelength 0.005 to 0.05 around the nominal 1 um / 50 um = 0.02, so k A = 0.03"
                    + " to 0.31; a foil as delivered is below the filament threshold k A = 1 (Li|PEO cells cycle before"
                    + " they short; none shorts before plating), and rolled foil is far from it (no profilometry"
                    + " with both amplitude and wavelength found)"));

    /** The declared ratio that sets the given mechanism parameter, if any. */
    public static Optional<SampledRatio> of(String mechanism, String name) {
        return DECLARED.stream().filter(r -> r.mechanism.equals(mechanism) && r.name.equals(name)).findFirst();
    }

    /** The ratio's label in reports: {@code dendrite_growth.surface roughness amplitude / wavelength}. */
    public String label() {
        return ratio.name();
    }

    /**
     * The values of the parameter and its per parameter at a point of the unit square.
     *
     * @param self   the parameter's own range (SI)
     * @param perF   the per parameter's range (SI)
     * @param uRatio the point's coordinate of the ratio
     * @param uPer   the point's coordinate of the per parameter
     * @return {value, per value}, SI
     */
    public double[] values(Factor self, Factor perF, double uRatio, double uPer) {
        check(self, perF);
        double r = ratio.value(uRatio);
        double lo = Math.max(perF.min(), self.min() / r);
        double hi = Math.min(perF.max(), self.max() / r);
        double p = lo < hi ? new Factor(perF.name(), lo, hi, perF.log()).value(uPer) : lo;
        double v = Math.min(self.max(), Math.max(self.min(), r * p));
        return new double[] { v, p };
    }

    /** Fails when some ratio of the range admits no per value keeping both in their ranges. */
    public void check(Factor self, Factor perF) {
        if (ratio.min() < self.min() / perF.max() * (1 - 1e-12) || ratio.max() > self.max() / perF.min() * (1 + 1e-12)) {
            throw new IllegalStateException(label() + ": the ratio range " + ratio.min() + " to " + ratio.max()
                    + " does not fit the ranges of " + name + " and " + per);
        }
    }
}
