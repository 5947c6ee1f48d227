package org.interphase.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.interphase.solver.api.ParameterDeclaration;
import org.interphase.solver.registry.MechanismDescriptor;

/**
 * The mechanism ids a study may name ({@code mechanisms polymer_oxidation, ...}) and, where known,
 * the parameters each declares (for {@code mechanism id { name = value }} blocks). The validator,
 * content assist and the hovers get it from the language's injector (one binding).
 */
public interface MechanismCatalog {

    /** Known mechanism ids, in a stable order. */
    List<String> ids();

    /** An installed mechanism: name, version, bundle, parameters; empty when it is not installed. */
    Optional<MechanismDescriptor> descriptor(String id);

    /** The declared parameters of a mechanism; empty when the mechanism is not installed. */
    default Optional<List<ParameterDeclaration>> parameters(String id) {
        return descriptor(id).map(MechanismDescriptor::parameters);
    }

    /**
     * Why an installed mechanism cannot be loaded ("mechanism x (from bundle) cannot be loaded: its
     * class ... could not be created"), or empty when it loads or is not installed.
     */
    default Optional<String> loadProblem(String id) {
        return descriptor(id).flatMap(MechanismDescriptor::loadWarning);
    }
}
