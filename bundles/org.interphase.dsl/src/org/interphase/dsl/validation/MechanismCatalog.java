package org.interphase.dsl.validation;

import java.util.List;

/**
 * The mechanism ids a study may name ({@code mechanisms polymer_oxidation, ...}). Bound in the
 * runtime module; the solver bundles bind their extension-point registry instead.
 */
public interface MechanismCatalog {

    /** Known mechanism ids, in a stable order. */
    List<String> ids();
}
