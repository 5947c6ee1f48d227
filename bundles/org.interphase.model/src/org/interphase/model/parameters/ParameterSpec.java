package org.interphase.model.parameters;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.interphase.model.MaterialRole;
import org.interphase.model.units.Dimension;

/**
 * What the language knows about one material parameter: its name as written in a
 * {@code material} block, the dimensions its value may have, the dimension of its optional
 * {@code at} condition (null when it takes none), the roles it belongs to, and the roles whose
 * materials in the shipped library must all carry it.
 */
public record ParameterSpec(String name, List<String> dimensions, String conditionDimension,
        Set<MaterialRole> roles, Set<MaterialRole> requiredFor, String description) {

    public ParameterSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(description);
        dimensions = List.copyOf(dimensions);
        roles = Set.copyOf(roles);
        requiredFor = Set.copyOf(requiredFor);
        for (String d : dimensions) {
            Dimension.named(d).orElseThrow(() -> new IllegalArgumentException("unknown dimension " + d));
        }
        if (conditionDimension != null) {
            Dimension.named(conditionDimension).orElseThrow();
        }
    }

    /** True when a value of this dimension is acceptable. */
    public boolean accepts(Dimension dimension) {
        return dimensions.stream().map(d -> Dimension.named(d).orElseThrow()).anyMatch(dimension::equals);
    }

    /** True when the parameter applies to a material with any of these roles. */
    public boolean appliesTo(Iterable<MaterialRole> materialRoles) {
        for (MaterialRole r : materialRoles) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
