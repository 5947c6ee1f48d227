package org.interphase.mechanisms.anode;

import java.util.Optional;

import org.interphase.model.CellInterface;
import org.interphase.model.Material;
import org.interphase.model.Salt;
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
     * A lithium-side property of the electrolyte's salts: the first salt (in the order the cell lists them)
     * whose library entry gives it; empty when none does.
     */
    static Optional<Double> saltValue(CellInterface where, String property) {
        if (where.getElectrolyte() == null) {
            return Optional.empty();
        }
        for (Salt salt : where.getElectrolyte().getSalts()) {
            Material m = salt.getMaterial();
            if (m != null && !m.eIsProxy()) {
                Optional<Double> v = CellProperties.value(m, property);
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        return Optional.empty();
    }
}
