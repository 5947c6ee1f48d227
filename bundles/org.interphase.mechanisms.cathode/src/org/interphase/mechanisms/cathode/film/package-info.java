/**
 * API for mechanism authors: the cathode-electrolyte interphase film and the particle breathing that
 * the built-in cathode mechanisms (cei_growth, delamination) share with any mechanism that deposits a
 * film on a cathode or strains one (polymer_oxidation and lattice_oxygen_oxidation of
 * {@code org.interphase.mechanisms.oxidation}).
 *
 * <p>A mechanism bundle uses it through {@code Require-Bundle: org.interphase.mechanisms.cathode}.
 * Unlike the mechanism implementations in {@code org.interphase.mechanisms.cathode} (internal, they
 * are reached through the {@code org.interphase.solver.mechanisms} extension point), this package is
 * exported and follows the semantic versioning of docs/api-policy.md, version 1.0.0.
 *
 * @since 1.0
 */
package org.interphase.mechanisms.cathode.film;
