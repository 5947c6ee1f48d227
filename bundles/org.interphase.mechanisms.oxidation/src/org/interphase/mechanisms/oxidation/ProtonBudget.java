package org.interphase.mechanisms.oxidation;

import org.interphase.model.CellInterface;
import org.interphase.model.MaterialRole;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.Physics;

/**
 * The one budget of the protons that polymer oxidation releases (issue 12: "cathode damage ignores the acid
 * inventory"), shared by cathode_surface_damage and acid_crosstalk so that each proton is consumed once.
 * <p>
 * The oxidation releases y protons per electron (the salt's acid yield, HTFSI from LiTFSI: about one), at
 * the surface where it runs, in the polymer that fills the composite cathode's pores. There the acid meets
 * the exposed oxide first, the nearest base: a share s = f (1 - coverage) of it dissolves the oxide where it
 * is released (cathode_surface_damage: four protons per formula unit, LiCoO2 + 4 H+ -> Li+ + Co3+ + 2 H2O,
 * Amatucci et al., Solid State Ionics 83 (1996) 167), f being cathode_surface_damage's "acid attacking the
 * cathode" (an estimate, 0.1-1) and (1 - coverage) the share of the particles the coatings leave bare
 * (prod (1 - cov_i) over several coatings, as the oxidation sees them: {@link CoatingCover}). The rest,
 * 1 - s, enters the electrolyte's acid inventory h (acid_crosstalk), which leaves it by diffusion to the
 * lithium. An electrode without an oxide (steel, platinum: the onset sweeps) consumes none: s = 0.
 * <p>
 * The partition holds whether or not the study models the damage: the oxide consumes its share of the acid
 * physically; a study without cathode_surface_damage only leaves out what that does to the oxide.
 *
 * @param kinetics         polymer_oxidation's rate, as the study runs it
 * @param protonsPerCharge protons released per coulomb of oxidation, mol/C (y / F)
 * @param toOxide          the share s of the released protons the exposed oxide consumes
 */
record ProtonBudget(OxidationKinetics kinetics, double protonsPerCharge, double toOxide) {

    /**
     * @param where the cathode-side interface
     * @param own   the values of the mechanism asking (cathode_surface_damage's or acid_crosstalk's)
     */
    static ProtonBudget of(CellInterface where, ParameterValues own) {
        ParameterValues oxidation = CathodeSurfaceDamage.oxidation(own);
        return new ProtonBudget(OxidationKinetics.of(where, oxidation), AcidCrosstalk.acidYield(where) / Physics.F,
                oxideShare(where, damage(own), oxidation));
    }

    /** The share of the released acid that the exposed oxide consumes where it is released. */
    static double oxideShare(CellInterface where, ParameterValues damage, ParameterValues oxidation) {
        if (where.getElectrode() == null || where.getElectrode().getMaterial() == null
                || !where.getElectrode().getMaterial().getRoles().contains(MaterialRole.CATHODE)) {
            return 0;
        }
        // the share of the particles every coating together leaves bare, as the oxidation sees them
        double exposed = CoatingCover.of(where.getElectrode(), oxidation.get("coating closure thickness"), false)
                .exposed();
        return damage.get("acid attacking the cathode") * exposed;
    }

    /** cathode_surface_damage's values in this study (its declared defaults where the caller gives no access). */
    static ParameterValues damage(ParameterValues own) {
        return OtherMechanism.values(own, "cathode_surface_damage", "the acid's proton budget");
    }

    /**
     * Protons released per second and geometric area, mol/(m2 s), at these conditions: y per electron of the
     * charge polymer_oxidation counts, its current through the particles' film where it is intact and through
     * its cracks where they are open (state cei_cracked_fraction), and through the carbon black's film.
     */
    double released(Conditions c) {
        OxidationKinetics.Currents i = kinetics.throughCrackedFilm(c.potential(), c.temperature(), c.delithiation(),
                c.state(PolymerOxidation.CEI), c.state(PolymerOxidation.CRACKED), c.state(PolymerOxidation.CARBON_CEI));
        return protonsPerCharge * (i.particles() + i.carbon());
    }

    /** The share 1 - s of the released protons that enters the electrolyte's acid inventory. */
    double toElectrolyte() {
        return 1 - toOxide;
    }
}
