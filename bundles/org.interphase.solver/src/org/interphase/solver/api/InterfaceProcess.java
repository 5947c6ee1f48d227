package org.interphase.solver.api;

import java.util.List;
import java.util.Objects;

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
 * <p>Most processes are written with {@link #of}: the state variables and the evaluation as a lambda.
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

    /**
     * What a process does at one moment: {@link InterfaceProcess#evaluate} as a function, for {@link #of}.
     *
     * @since 1.3
     */
    @FunctionalInterface
    interface Evaluation {

        /**
         * Rates of the state variables and effects on the cell at these conditions, as
         * {@link InterfaceProcess#evaluate}.
         *
         * @param conditions what the interface sees now
         * @param state      current values of the state variables, SI units
         * @param rates      to fill: d(state)/dt, SI units per second
         * @param effects    to report side currents, film resistances, losses, gas and events to
         */
        void evaluate(Conditions conditions, double[] state, double[] rates, Effects effects);
    }

    /**
     * A process with these state variables that evaluates as {@code evaluation}: what a mechanism's
     * {@link Mechanism#create} returns, with what does not depend on the conditions computed before.
     *
     * @param state      the state variables, in the order of the arrays {@code evaluation} receives;
     *                   may be empty
     * @param evaluation the rates and effects at given conditions
     * @return a process whose {@link #state()} is always the same copy of {@code state}
     * @since 1.3
     */
    static InterfaceProcess of(List<StateVariable> state, Evaluation evaluation) {
        List<StateVariable> variables = List.copyOf(state);
        Objects.requireNonNull(evaluation);
        return new InterfaceProcess() {
            @Override
            public List<StateVariable> state() {
                return variables;
            }

            @Override
            public void evaluate(Conditions conditions, double[] values, double[] rates, Effects effects) {
                evaluation.evaluate(conditions, values, rates, effects);
            }
        };
    }

    /**
     * A process with one state variable that evaluates as {@code evaluation}.
     *
     * @param state      the state variable, {@code state[0]} of the arrays {@code evaluation} receives
     * @param evaluation the rates and effects at given conditions
     * @return {@code of(List.of(state), evaluation)}
     * @since 1.3
     */
    static InterfaceProcess of(StateVariable state, Evaluation evaluation) {
        return of(List.of(state), evaluation);
    }
}
