package org.interphase.dsl.validation;

import java.util.List;

/** The eight interfacial mechanisms of the product (see docs/language.md). */
public class BuiltInMechanisms implements MechanismCatalog {

    public static final List<String> IDS = List.of("polymer_oxidation", "acid_crosstalk", "cathode_surface_damage",
            "cei_growth", "delamination", "anode_reduction", "dendrite_growth", "filler_interface");

    @Override
    public List<String> ids() {
        return IDS;
    }
}
