package org.interphase.solver.cell;

import org.interphase.model.Electrolyte;

/**
 * The share of a polymer electrolyte's volume that its solvents (plasticisers, diluents: glymes, DME, an ionic
 * liquid) take, which stays amorphous when the polymer crystallises.
 * <p>
 * A small-molecule diluent does not enter the polymer's crystal lattice: below the melting point the polymer
 * crystallises from the mixture as it does alone and the diluent collects in the amorphous phase between the
 * lamellae. Lapes et al., Collect. Czech. Chem. Commun. 60 (1995) 1855 (abstract; poly(oxyethylene) with
 * low-molar-mass diluents, SAXS and DSC): "the crystallinity of poly(oxyethylene) in the mixtures remains
 * unchanged compared to that of the pure polymer", and the diluent penetrates between the lamellae. So the
 * crystalline share of the film falls with the diluent's volume share, and the amorphous phase that carries
 * the current holds at least that share; above ~1/3 (the percolation threshold of a symmetric random
 * medium, Bruggeman/Landauer) it stays continuous however far the polymer crystallises. The melting-point
 * depression a diluent also causes (Flory's diluent law, ~6 K for two tetraglymes per Li in PEO) is not in.
 * <p>
 * The share is the solvents' volume per Li (moles per Li from {@link Solvation#perLi} times molar mass over
 * density) times the salt concentration (mol/m3, which counts the polymer, salt and solvents per Li when the
 * salt is given as EO:Li, ideal mixing, {@link SaltAmount#concentration}); at most 1.
 */
final class Diluents {

    private Diluents() {
    }

    /** The volume share of the electrolyte's solvents in the polymer phase (0 without solvents), at most 1. */
    static double volumeShare(Electrolyte electrolyte, double saltConcentration) {
        return Math.min(1, Solvation.volumePerLi(electrolyte, Solvation.perLi(electrolyte)) * saltConcentration);
    }
}
