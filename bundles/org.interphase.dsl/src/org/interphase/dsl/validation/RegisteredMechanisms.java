package org.interphase.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.interphase.solver.registry.MechanismDescriptor;
import org.interphase.solver.registry.MechanismRegistry;

/**
 * The mechanisms contributed through the extension point, as the registry reads them from the
 * installed bundles' plugin.xml (the product's own mechanism bundles and any installed plug-in):
 * the language knows no mechanism id of its own. Bound once, in InterphaseRuntimeModule.
 */
public class RegisteredMechanisms implements MechanismCatalog {

    @Override
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (MechanismDescriptor d : MechanismRegistry.getDefault().all()) {
            ids.add(d.id());
        }
        return ids;
    }

    @Override
    public Optional<MechanismDescriptor> descriptor(String id) {
        return MechanismRegistry.getDefault().get(id);
    }
}
