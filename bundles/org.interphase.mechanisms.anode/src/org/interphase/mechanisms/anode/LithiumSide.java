package org.interphase.mechanisms.anode;

import java.util.Optional;

import org.interphase.model.CellInterface;
import org.interphase.model.Material;
import org.interphase.solver.api.CellProperties;

/** What the lithium-side mechanisms of this bundle ask of an interface: lithium against a polymer that has a given property. */
final class LithiumSide {

    private LithiumSide() {
    }

    /** The state in which a mechanism counts the salt (anions, each with its Li+) it reduced, mol/m2: the engine drains it from the film. */
    static final String SALT_REDUCED = "salt_reduced";

    /** Whether the study lets the anion's reduction take salt out of the film ("salt consumption" 1; 0, the default, not adopted). */
    static boolean consumesSalt(org.interphase.solver.api.ParameterValues p) {
        return p.get("salt consumption") > 0;
    }

    /**
     * Salt reduced per lithium bound in the SEI: the anion's share of the SEI's lithium (the rest from the polymer)
     * over the electrons each anion reduced takes (one lithium each): a / n_e.
     */
    static double saltPerSeiLithium(org.interphase.solver.api.ParameterValues p) {
        return p.get("anion share of sei lithium") / p.get("electrons per anion reduced");
    }

    /** The polymer of the interface's electrolyte, empty when there is none or it is unresolved. */
    static Optional<Material> polymer(CellInterface where) {
        if (where.getElectrolyte() == null || where.getElectrolyte().getPolymer() == null) {
            return Optional.empty();
        }
        Material m = where.getElectrolyte().getPolymer().getMaterial();
        return m == null || m.eIsProxy() ? Optional.empty() : Optional.of(m);
    }

    /** Lithium against a polymer that gives {@code property} in the library. */
    static boolean lithiumAgainstPolymerWith(CellInterface where, String property) {
        return CellProperties.isLithium(where.getElectrode())
                && polymer(where).flatMap(p -> CellProperties.value(p, property)).isPresent();
    }

    /**
     * A lithium-side property of the electrolyte's salts, mixed as the anions reach the lithium: each salt weighs
     * with its molar share of the anions, x_i ({@link CellProperties#saltShares}), a salt that gives none with
     * {@code otherwise} (NaN: left out, the others' shares renormalised); empty when no salt gives it. The
     * assumption (docs/engine.md, "Several salts"): every anion is reduced at the lithium in proportion to its
     * share, into its own domains of the SEI, side by side (Peled's mosaic SEI, J. Electrochem. Soc. 144 (1997)
     * L208), so a share-weighted mean of what each salt's SEI does; one salt, or one salt split into several
     * entries, as written once.
     */
    static Optional<Double> saltMean(CellInterface where, String property, double otherwise) {
        if (where.getElectrolyte() == null || where.getElectrolyte().getSalts().isEmpty()) {
            return Optional.empty();
        }
        return CellProperties.saltMean(where.getElectrolyte(), property, otherwise);
    }

    /** Whether any of the electrolyte's salts gives a lithium-side property in the library. */
    static boolean anySaltWith(CellInterface where, String property) {
        return where.getElectrolyte() != null && where.getElectrolyte().getSalts().stream()
                .anyMatch(s -> CellProperties.value(s.getMaterial(), property).isPresent());
    }
}
