package org.interphase.solver.api;

/**
 * The state the mechanisms keep on one interface, read by name: the sum of every mechanism's state
 * variable of that name, in SI units, 0 when none has it.
 *
 * @since 1.0
 */
@FunctionalInterface
public interface InterfaceState {

    /**
     * Not a mechanism's state but the engine's: the salt concentration in the electrolyte at this
     * interface's electrode, mol/m3, from the engine's transient salt transport. 0 where the engine
     * keeps no salt profile (as {@link #NONE} answers), so a mechanism treats 0 as "unknown".
     *
     * @since 1.1
     */
    String SALT_AT_SURFACE = "salt_at_surface";

    /**
     * Not a mechanism's state but the engine's: the share of the film's salt still in it, 1 until mechanisms reduce
     * salt (their state salt_reduced, behind the anode mechanisms' 'salt consumption'), 0 where the engine keeps no
     * salt profile (as {@link #NONE} answers), so a mechanism treats 0 as "unknown".
     *
     * @since 1.6
     */
    String SALT_LEFT = "salt_left";

    /** An interface without mechanism state. */
    InterfaceState NONE = name -> 0;

    /**
     * @param stateVariable name of a state variable (e.g. cei_thickness)
     * @return the sum of that variable over the mechanisms on this interface, SI units; 0 if none has it
     */
    double get(String stateVariable);
}
