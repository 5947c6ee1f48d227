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
 * @since 1.0
 */
public record StateVariable(String name, String unit, double initial, boolean withinCycle) {

    /** The canonical constructor; name and unit must not be null. */
    public StateVariable {
        Objects.requireNonNull(name);
        Objects.requireNonNull(unit);
    }

    /**
     * A state that accumulates over the run (a film, a filament, a charge).
     *
     * @param name    e.g. cei_thickness
     * @param unit    SI unit, e.g. m
     * @param initial initial value, SI
     */
    public StateVariable(String name, String unit, double initial) {
        this(name, unit, initial, false);
    }
}
