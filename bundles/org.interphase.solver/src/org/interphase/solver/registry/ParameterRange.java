package org.interphase.solver.registry;

/**
 * The literature range of a mechanism parameter, as its contribution declares it
 * ({@code <parameter ... range="1e-9 S/cm to 1e-8 S/cm">}); sensitivity and uncertainty analyses
 * sample inside it.
 *
 * @param min the lower end, SI
 * @param max the upper end, SI
 */
public record ParameterRange(double min, double max) {
}
