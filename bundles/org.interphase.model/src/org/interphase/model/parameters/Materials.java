package org.interphase.model.parameters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.interphase.model.Material;
import org.interphase.model.Parameter;

/**
 * Parameter look-up through 'based on': a material's own value wins over the one it inherits.
 */
public final class Materials {

    private Materials() {
    }

    /** The value of an unconditioned parameter (no 'at'), own or inherited. */
    public static Optional<Parameter> find(Material material, String name) {
        for (Material m : lineage(material)) {
            for (Parameter p : m.getParameters()) {
                if (p.getName().equals(name) && p.getCondition() == null) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * All points of a parameter that takes a condition (an OCV curve, capacities at cut-offs), from
     * the nearest material in the lineage that defines any, sorted by condition.
     */
    public static List<Parameter> curve(Material material, String name) {
        for (Material m : lineage(material)) {
            List<Parameter> points = m.getParameters().stream()
                    .filter(p -> p.getName().equals(name) && p.getCondition() != null)
                    .sorted((a, b) -> Double.compare(a.getCondition().getSi(), b.getCondition().getSi())).toList();
            if (!points.isEmpty()) {
                return points;
            }
        }
        return List.of();
    }

    /** Every parameter the material has, own first, inherited ones it does not override after. */
    public static List<Parameter> effective(Material material) {
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        for (Material m : lineage(material)) {
            for (Parameter p : m.getParameters()) {
                String key = p.getName() + (p.getCondition() == null ? "" : "@" + p.getCondition().getSi());
                byKey.putIfAbsent(key, p);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** The material, what it is based on, and so on (stops at cycles and unresolved references). */
    public static List<Material> lineage(Material material) {
        List<Material> chain = new ArrayList<>();
        Set<Material> seen = new HashSet<>();
        for (Material m = material; m != null && !m.eIsProxy() && seen.add(m); m = m.getBasedOn()) {
            chain.add(m);
        }
        return chain;
    }
}
