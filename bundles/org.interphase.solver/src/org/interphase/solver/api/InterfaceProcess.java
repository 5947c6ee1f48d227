package org.interphase.solver.api;

import java.util.List;

/**
 * A mechanism at work on one interface during a run: state variables (integrated by the engine
 * together with the cell) and, at given conditions, their rates and the mechanism's effects on
 * the cell.
 */
public interface InterfaceProcess {

    /** The state variables, in the order of the arrays passed to {@link #evaluate}; may be empty. */
    List<StateVariable> state();

    /**
     * Rates of the state variables and effects on the cell at these conditions.
     *
     * @param conditions what the interface sees now
     * @param state      current values of {@link #state()}, SI units
     * @param rates      to fill: d(state)/dt, SI units per second
     * @param effects    to report side currents, film resistances, losses, gas and events to
     */
    void evaluate(Conditions conditions, double[] state, double[] rates, Effects effects);
}
