package org.interphase.solver.api;

import java.util.Objects;

/**
 * A state variable of a mechanism on an interface.
 *
 * @param name    e.g. cei_thickness
 * @param unit    SI unit, e.g. m
 * @param initial initial value, SI
 */
public record StateVariable(String name, String unit, double initial) {

    public StateVariable {
        Objects.requireNonNull(name);
        Objects.requireNonNull(unit);
    }
}
