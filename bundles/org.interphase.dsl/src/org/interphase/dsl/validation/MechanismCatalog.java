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
}
