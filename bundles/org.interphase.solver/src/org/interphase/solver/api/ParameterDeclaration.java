package org.interphase.solver.api;

import java.util.Objects;

/**
 * A parameter a mechanism declares in its contribution.
 *
 * @param name         as written in a study's {@code mechanism id { name = value }} block
 * @param dimension    dimension name (voltage, current_density, length, ...)
 * @param defaultValue SI value used when a study does not override it
 * @param unit         the unit the default is written in, for display
 * @param description  what it means and where its default comes from
 * @since 1.0
 */
public record ParameterDeclaration(String name, String dimension, double defaultValue, String unit,
        String description) {

    /** The canonical constructor; no component may be null. */
    public ParameterDeclaration {
        Objects.requireNonNull(name);
        Objects.requireNonNull(dimension);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(description);
    }
}
