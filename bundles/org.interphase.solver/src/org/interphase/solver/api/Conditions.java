package org.interphase.solver.api;

import java.util.Objects;

/**
 * What an interface sees at one moment of a run, SI units.
 *
 * @param time           s since the start of the run
 * @param temperature    K
 * @param potential      potential of the electrode side versus Li/Li+, V
 * @param currentDensity current density through the interface per geometric area, A/m2: at a cathode
 *                       positive when the cell charges (lithium leaves the cathode), at a lithium
 *                       surface positive while lithium plates on it
 * @param delithiation   degree of delithiation of the cathode's active material (0 for electrodes
 *                       without one)
 * @param contact        fraction of the interface still in contact (1 unless a mechanism reported
 *                       contact loss)
 * @param interfaceState the state variables of every mechanism on this interface, by name (so a CEI
 *                       can passivate the surface another mechanism oxidises)
 * @since 1.0
 */
public record Conditions(double time, double temperature, double potential, double currentDensity,
        double delithiation, double contact, InterfaceState interfaceState) {

    /** The canonical constructor; {@code interfaceState} must not be null. */
    public Conditions {
        Objects.requireNonNull(interfaceState);
    }

    /**
     * Conditions of an interface in full contact on which no other mechanism keeps a state (for tests).
     *
     * @param time           s since the start of the run
     * @param temperature    K
     * @param potential      V versus Li/Li+
     * @param currentDensity A/m2
     * @param delithiation   degree of delithiation of the cathode's active material
     */
    public Conditions(double time, double temperature, double potential, double currentDensity, double delithiation) {
        this(time, temperature, potential, currentDensity, delithiation, 1, InterfaceState.NONE);
    }

    /**
     * @param name name of a state variable (e.g. cei_thickness)
     * @return its sum over the mechanisms on this interface, SI units; 0 if none has it
     */
    public double state(String name) {
        return interfaceState.get(name);
    }
}
