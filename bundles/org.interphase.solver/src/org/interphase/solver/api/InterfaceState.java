package org.interphase.solver.api;

/**
 * The state the mechanisms keep on one interface, read by name: the sum of every mechanism's state
 * variable of that name, in SI units, 0 when none has it.
 *
 * @since 1.0
 */
@FunctionalInterface
public interface InterfaceState {

    /** An interface without mechanism state. */
    InterfaceState NONE = name -> 0;

    /**
     * @param stateVariable name of a state variable (e.g. cei_thickness)
     * @return the sum of that variable over the mechanisms on this interface, SI units; 0 if none has it
     */
    double get(String stateVariable);
}
