package org.interphase.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.interphase.solver.api.ParameterDeclaration;

/**
 * The mechanism ids a study may name ({@code mechanisms polymer_oxidation, ...}) and, where known,
 * the parameters each declares (for {@code mechanism id { name = value }} blocks).
 */
public interface MechanismCatalog {

    /** Known mechanism ids, in a stable order. */
    List<String> ids();

    /** The declared parameters of a mechanism; empty when the mechanism is not installed. */
    Optional<List<ParameterDeclaration>> parameters(String id);

    /**
     * Why an installed mechanism cannot be loaded ("mechanism x (from bundle) cannot be loaded: its
     * class ... could not be created"), or empty when it loads or is not installed.
     */
    default Optional<String> loadProblem(String id) {
        return Optional.empty();
    }
}
