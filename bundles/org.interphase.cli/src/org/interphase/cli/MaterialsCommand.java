package org.interphase.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.interphase.dsl.validation.Dimensions;
import org.interphase.dsl.validation.Suggestions;
import org.interphase.dsl.workspace.CellWorkspace;
import org.interphase.model.Material;
import org.interphase.model.MaterialRole;
import org.interphase.model.Parameter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interphase materials [NAME]}: the built-in library, or one material with every value and source. */
@Command(name = "materials", mixinStandardHelpOptions = true, description = """
        Lists the built-in material library; with NAME, shows that material's parameters, \
        including those inherited through 'based on', each with its unit, range and source.""")
final class MaterialsCommand extends InterphaseCommand {

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "a material name, e.g. LCO")
    private String name;

    @Override
    Integer run(PrintWriter out, PrintWriter err) {
        CellWorkspace workspace = new CellWorkspace();
        workspace.resolveAll();
        List<Material> materials = workspace.libraryMaterials();
        if (name == null) {
            list(materials, out);
            return 0;
        }
        Optional<Material> found = materials.stream().filter(m -> m.getName().equals(name)).findFirst();
        if (found.isEmpty()) {
            found = materials.stream().filter(m -> m.getName().equalsIgnoreCase(name)).findFirst();
        }
        if (found.isEmpty()) {
            err.println("interphase: no material '" + name + "' in the library"
                    + Suggestions.didYouMean(name, materials.stream().map(Material::getName).toList())
                    + " (interphase materials lists them all)");
            return Interphase.EXIT_INPUT_ERRORS;
        }
        show(found.get(), out);
        return 0;
    }

    private static void list(List<Material> materials, PrintWriter out) {
        int width = materials.stream().mapToInt(m -> m.getName().length()).max().orElse(4) + 2;
        int roleWidth = materials.stream().mapToInt(m -> roles(m).length()).max().orElse(5) + 2;
        out.println(pad("NAME", width) + pad("ROLES", roleWidth) + "DESCRIPTION");
        for (Material m : materials) {
            out.println(pad(m.getName(), width) + pad(roles(m), roleWidth)
                    + (m.getDescription() == null ? "" : m.getDescription()));
        }
        out.println(materials.size() + " materials; 'interphase materials NAME' shows values and sources");
    }

    private static void show(Material material, PrintWriter out) {
        out.println(material.getName() + " (" + roles(material) + ")"
                + (material.getBasedOn() != null ? ", based on " + material.getBasedOn().getName() : ""));
        if (material.getDescription() != null) {
            out.println("  " + material.getDescription());
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        Set<Material> seen = new HashSet<>();
        for (Material m = material; m != null && !m.eIsProxy() && seen.add(m); m = m.getBasedOn()) {
            for (Parameter p : m.getParameters()) {
                String key = p.getName() + (p.getCondition() == null ? "" : " at " + Dimensions.shown(p.getCondition()));
                rows.putIfAbsent(key, new Row(key, p, m == material ? null : m.getName()));
            }
        }
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(9) + 2;
        List<Row> sorted = new ArrayList<>(rows.values());
        for (Row row : sorted) {
            Parameter p = row.parameter();
            String value = Dimensions.shown(p.getValue());
            String range = p.getMin() != null && p.getMax() != null
                    ? "  [" + Dimensions.shown(p.getMin()) + " to " + Dimensions.shown(p.getMax()) + "]" : "";
            out.println("  " + pad(row.key(), width) + value + range);
            String source = p.getSource() == null ? "no source given" : p.getSource();
            out.println("  " + pad("", width) + "source: " + source
                    + (row.inheritedFrom() == null ? "" : " (from " + row.inheritedFrom() + ")"));
        }
    }

    private record Row(String key, Parameter parameter, String inheritedFrom) {
    }

    private static String roles(Material m) {
        return m.getRoles().stream().map(MaterialRole::getLiteral).collect(Collectors.joining(", "));
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
