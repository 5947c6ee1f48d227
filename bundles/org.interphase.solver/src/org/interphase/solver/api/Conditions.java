package org.interphase.solver.api;

/**
 * What an interface sees at one moment of a run, SI units.
 *
 * @param time           s since the start of the run
 * @param temperature    K
 * @param potential      potential of the electrode side versus Li/Li+, V
 * @param currentDensity current density through the interface per geometric area, A/m2, positive
 *                       when the cell charges (lithium leaves the cathode)
 * @param delithiation   degree of delithiation of the cathode's active material (0 for electrodes
 *                       without one)
 */
public record Conditions(double time, double temperature, double potential, double currentDensity,
        double delithiation) {
}
