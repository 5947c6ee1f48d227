package org.interphase.solver.cell;

/**
 * The shear modulus of a semicrystalline polymer from the share of its equilibrium crystallinity it has
 * reached, by Davies' law for a two-phase composite of co-continuous phases, G^(1/5) = sum phi_i G_i^(1/5)
 * (W. E. A. Davies, J. Phys. D: Appl. Phys. 4 (1971) 1176; the rule used for the moduli of semicrystalline
 * polymers, whose crystalline lamellae and amorphous layers both span the material).
 * <p>
 * The phases are the melt (amorphous; the polymer's 'shear modulus') and the crystals. The library gives
 * the crystallised film's modulus ('solid shear modulus', the film at its equilibrium crystalline fraction
 * phi_eq) rather than the crystals'; with the crystalline volume fraction phi = phi_eq s, s the share of
 * the equilibrium crystallinity reached, Davies' law becomes G^(1/5) = (1 - s) G_melt^(1/5) + s G_solid^(1/5),
 * in which phi_eq cancels: no crystalline fraction or crystal modulus is needed. It is continuous through
 * melting (s goes to 0 at the melting point), where the former switch jumped 333x for PEO.
 */
final class PolymerModulus {

    private final double meltRoot;
    private final double solidRoot;

    private PolymerModulus(double melt, double solid) {
        this.meltRoot = Math.pow(melt, 0.2);
        this.solidRoot = Math.pow(solid, 0.2);
    }

    /**
     * The polymer's melt modulus ('shear modulus', 1 MPa without one: the mechanisms' former default) and
     * its crystallised film's ('solid shear modulus', the melt's without one).
     */
    static PolymerModulus of(MaterialData polymer) {
        double melt = polymer.optional("shear modulus").orElse(1e6);
        double solid = polymer.optional("solid shear modulus").orElse(melt);
        if (!(melt > 0 && solid > 0)) {
            throw new CellModelException("material " + polymer.name() + ": its shear moduli must be positive");
        }
        return new PolymerModulus(melt, solid);
    }

    /** The shear modulus, Pa, at a share s (0 melt, 1 crystallised to equilibrium) of the crystallinity. */
    double at(double share) {
        double s = Math.max(0, Math.min(1, share));
        return Math.pow((1 - s) * meltRoot + s * solidRoot, 5);
    }
}
