package org.interphase.solver.cell;

/**
 * How a polymer electrolyte's conductivity changes with its salt content where its VFT fits do not reach:
 * the fits are given at a few EO:Li ratios (PEO-LiTFSI: 16.7 and 25), and a cell outside them takes the
 * nearest fit times the ratio of the Nernst-Einstein conductivities, c (D+ + D-), at its own EO:Li and at
 * the fit's, from the ions' self-diffusion coefficients the library gives per EO:Li (PEO-LiTFSI: PFG-NMR at
 * 90 °C, EO:Li 7.1 to 100, Pesko et al. 2017). This assumes that the share of the Nernst-Einstein
 * conductivity that the ion correlations leave does not change between the two ratios, and carries the
 * 90 °C shape to every temperature (the rise of the glass transition with salt is not in): both estimates
 * (docs/engine.md). Beyond the self-diffusion data the factor is held at their end; the checker warns there.
 * <p>
 * The salt concentration at a ratio counts the volume of the polymer's EO units and of the salt
 * (ideal mixing, as {@link SaltAmount#concentration}).
 */
final class CompositionLaw {

    private CompositionLaw() {
    }

    /**
     * The factor on the conductivity of the nearest VFT fit at an EO:Li ratio (1 inside the fits' range,
     * without self-diffusion data or with fewer than two fits).
     *
     * @param eoVolume   volume of one mole of EO units, m3/mol
     * @param saltVolume volume of one mole of the salt, m3/mol
     */
    static double factor(MaterialData polymer, double eoLi, double eoVolume, double saltVolume) {
        double[][] fits = polymer.curve("vft prefactor");
        double[][] cation = polymer.curve("cation self diffusivity");
        double[][] anion = polymer.curve("anion self diffusivity");
        int n = cation[0].length;
        if (Double.isNaN(eoLi) || fits[0].length == 0 || n < 2 || anion[0].length != n) {
            return 1;
        }
        double low = fits[0][0];
        double high = fits[0][fits[0].length - 1];
        if (eoLi >= low && eoLi <= high) {
            return 1;
        }
        double nearest = eoLi < low ? low : high;
        return nernstEinstein(cation, anion, eoLi, eoVolume, saltVolume)
                / nernstEinstein(cation, anion, nearest, eoVolume, saltVolume);
    }

    /** c (D+ + D-) at an EO:Li ratio, the self diffusivities linear in Li/EO between the data, held beyond. */
    private static double nernstEinstein(double[][] cation, double[][] anion, double eoLi, double eoVolume,
            double saltVolume) {
        int n = cation[0].length; // sorted by ascending EO:Li
        double x = Math.max(cation[0][0], Math.min(cation[0][n - 1], eoLi));
        double sum = cation[1][n - 1] + anion[1][n - 1];
        for (int i = 1; i < n; i++) {
            if (x <= cation[0][i]) {
                double r0 = 1 / cation[0][i - 1];
                double r1 = 1 / cation[0][i];
                double f = (1 / x - r0) / (r1 - r0);
                double left = cation[1][i - 1] + anion[1][i - 1];
                double right = cation[1][i] + anion[1][i];
                sum = left + f * (right - left);
                break;
            }
        }
        return sum / (x * eoVolume + saltVolume);
    }
}
