package org.interphase.solver.api;

import java.util.Objects;

/**
 * A state variable of a mechanism on an interface.
 *
 * @param name        e.g. cei_thickness
 * @param unit        SI unit, e.g. m
 * @param initial     initial value, SI
 * @param withinCycle true for a state that comes back to about where it started every cycle (a
 *                    depletion clock, what was plated since the last strip): the multi-rate scheme
 *                    neither extrapolates it across cycles nor lets it limit its jumps
 * @param fast        true for a state that relaxes within seconds to minutes, linearly: its rate is a
 *                    source that does not depend on it (nor on another fast state) minus the state
 *                    over a relaxation time, {@code dh/dt = P - h / tau} (an acid inventory that
 *                    diffuses away). The cycling engine integrates it exponentially over each step
 *                    (exact for a source that is linear in time), so its relaxation does not set the
 *                    step of the explicit integrator; the Li|Li runner integrates it as any other
 *                    state. A fast state is a within-cycle state.
 * @since 1.0
 */
public record StateVariable(String name, String unit, double initial, boolean withinCycle, boolean fast) {

    /** The canonical constructor; name and unit must not be null. */
    public StateVariable {
        Objects.requireNonNull(name);
        Objects.requireNonNull(unit);
        withinCycle |= fast;
    }

    /**
     * A state that is not fast.
     *
     * @param name        e.g. cei_thickness
     * @param unit        SI unit, e.g. m
     * @param initial     initial value, SI
     * @param withinCycle see {@link #withinCycle()}
     */
    public StateVariable(String name, String unit, double initial, boolean withinCycle) {
        this(name, unit, initial, withinCycle, false);
    }

    /**
     * A state that accumulates over the run (a film, a filament, a charge).
     *
     * @param name    e.g. cei_thickness
     * @param unit    SI unit, e.g. m
     * @param initial initial value, SI
     */
    public StateVariable(String name, String unit, double initial) {
        this(name, unit, initial, false, false);
    }

    /**
     * A fast state (see {@link #fast()}).
     *
     * @param name    e.g. acid
     * @param unit    SI unit, e.g. mol/m2
     * @param initial initial value, SI
     */
    public static StateVariable fast(String name, String unit, double initial) {
        return new StateVariable(name, unit, initial, true, true);
    }
}
