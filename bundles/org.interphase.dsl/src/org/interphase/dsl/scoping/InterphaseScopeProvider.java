package org.interphase.dsl.scoping;

/**
 * Scoping of the cell language: everything is resolved by {@link PackageImportScopeProvider}
 * (packages, imports, the implicit material library).
 */
public class InterphaseScopeProvider extends AbstractInterphaseScopeProvider {
}
