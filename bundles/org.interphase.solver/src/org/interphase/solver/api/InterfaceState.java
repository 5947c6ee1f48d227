package org.interphase.solver.api;

/**
 * The state the mechanisms keep on one interface, read by name: the sum of every mechanism's state
 * variable of that name, in SI units, 0 when none has it.
 */
@FunctionalInterface
public interface InterfaceState {

    /** An interface without mechanism state. */
    InterfaceState NONE = name -> 0;

    double get(String stateVariable);
}
