package org.interphase.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.interphase.solver.api.ParameterDeclaration;
import org.interphase.solver.registry.MechanismDescriptor;
import org.interphase.solver.registry.MechanismRegistry;

/**
 * The mechanisms contributed through the extension point (with their parameter declarations), and
 * the product's eight mechanism ids, which are always accepted, whether or not their bundle is
 * installed yet: running one that is not says so.
 */
public class BuiltInMechanisms implements MechanismCatalog {

    public static final List<String> IDS = List.of("polymer_oxidation", "acid_crosstalk", "cathode_surface_damage",
            "cei_growth", "delamination", "anode_reduction", "dendrite_growth", "filler_interface");

    @Override
    public List<String> ids() {
        List<String> ids = new ArrayList<>(IDS);
        for (MechanismDescriptor d : MechanismRegistry.getDefault().all()) {
            if (!ids.contains(d.id())) {
                ids.add(d.id());
            }
        }
        return ids;
    }

    @Override
    public Optional<String> loadProblem(String id) {
        return MechanismRegistry.getDefault().get(id).flatMap(MechanismDescriptor::loadWarning);
    }

    @Override
    public Optional<List<ParameterDeclaration>> parameters(String id) {
        return MechanismRegistry.getDefault().get(id).map(MechanismDescriptor::parameters);
    }
}
