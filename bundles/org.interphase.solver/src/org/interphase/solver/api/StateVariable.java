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
 * @param total       true for a running total: a state that only adds up what its rate passes (a charge, an
 *                    amount of cut chains) and that no rate of any mechanism reads, so that its value changes
 *                    nothing else in the cell. The multi-rate scheme extrapolates it as the engine's own
 *                    charges and gases (bend included) and lets it limit no jump: an error in it stays in it.
 *                    Not a within-cycle state. Since 1.7.
 * @since 1.0
 */
public record StateVariable(String name, String unit, double initial, boolean withinCycle, boolean fast,
        boolean total) {

    /** The canonical constructor; name and unit must not be null; a total is neither fast nor within a cycle. */
    public StateVariable {
        Objects.requireNonNull(name);
        Objects.requireNonNull(unit);
        withinCycle |= fast;
        if (total && withinCycle) {
            throw new IllegalArgumentException(name + ": a running total is not a within-cycle state");
        }
    }

    /**
     * A state that is not a running total (the constructor of 1.0 to 1.6).
     *
     * @param name        e.g. acid
     * @param unit        SI unit, e.g. mol/m2
     * @param initial     initial value, SI
     * @param withinCycle see {@link #withinCycle()}
     * @param fast        see {@link #fast()}
     */
    public StateVariable(String name, String unit, double initial, boolean withinCycle, boolean fast) {
        this(name, unit, initial, withinCycle, fast, false);
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
        this(name, unit, initial, withinCycle, false, false);
    }

    /**
     * A state that accumulates over the run (a film, a filament, a charge).
     *
     * @param name    e.g. cei_thickness
     * @param unit    SI unit, e.g. m
     * @param initial initial value, SI
     */
    public StateVariable(String name, String unit, double initial) {
        this(name, unit, initial, false, false, false);
    }

    /**
     * A fast state (see {@link #fast()}).
     *
     * @param name    e.g. acid
     * @param unit    SI unit, e.g. mol/m2
     * @param initial initial value, SI
     */
    public static StateVariable fast(String name, String unit, double initial) {
        return new StateVariable(name, unit, initial, true, true, false);
    }

    /**
     * A running total (see {@link #total()}).
     *
     * @param name    e.g. oxidation_charge
     * @param unit    SI unit, e.g. C/m2
     * @param initial initial value, SI
     * @since 1.7
     */
    public static StateVariable total(String name, String unit, double initial) {
        return new StateVariable(name, unit, initial, false, false, true);
    }
}
