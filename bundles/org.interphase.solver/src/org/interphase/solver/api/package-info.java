/**
 * The public API of Interphase Workbench's simulation engine for degradation-mechanism plug-ins,
 * version 1.3.0 (semantic versioning, see docs/api-policy.md).
 *
 * <p>A plug-in is a bundle that contributes to the extension point
 * {@code org.interphase.solver.mechanisms} (schema {@code schema/mechanisms.exsd}: id, name, class,
 * interface it applies to, version, description and parameters with units, defaults and sources)
 * and implements {@link org.interphase.solver.api.Mechanism}. At run time the engine creates one
 * {@link org.interphase.solver.api.InterfaceProcess} per interface and run, integrates its
 * {@link org.interphase.solver.api.StateVariable}s with the cell and sums what it reports to
 * {@link org.interphase.solver.api.Effects}. {@link org.interphase.solver.api.CellProperties} and
 * {@link org.interphase.solver.api.Physics} give what a mechanism needs to know about the cell and
 * the constants; the cell itself is read through the model's interfaces in
 * {@code org.interphase.model}.
 *
 * <p>Every other package of the engine bundle is internal ({@code x-friends}) and may change in any
 * release. The tutorial is docs/extending.md.
 *
 * @since 1.0
 */
package org.interphase.solver.api;
