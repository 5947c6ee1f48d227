package org.interphase.solver.api;

import java.util.List;

/**
 * A mechanism at work on one interface during a run: state variables (integrated by the engine
 * together with the cell) and, at given conditions, their rates and the mechanism's effects on
 * the cell.
 *
 * <p>The engine calls {@link #evaluate} thousands of times per simulated cycle, from one thread per
 * run: keep it fast (microseconds), free of I/O and allocation-light, and compute everything that does
 * not depend on the conditions in {@link Mechanism#create}. Make it a function of its arguments only
 * (no state kept between calls): the engine needs the same moment several times for its event
 * functions and answers the repeats from the first evaluation instead of calling again. An
 * evaluation that throws, reports a NaN or infinite value, takes longer than 2 s or never returns
 * fails its run (only that one) with a message naming the mechanism and the cause.
 *
 * @since 1.0
 */
public interface InterfaceProcess {

    /**
     * @return the state variables, in the order of the arrays passed to {@link #evaluate}; may be
     *         empty; the same list every time
     */
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
