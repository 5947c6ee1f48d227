package org.interphase.cli.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OSGi manifest header (Require-Bundle, Import-Package, Export-Package...): clauses separated by
 * commas, each a name (or several, separated by semicolons, sharing the parameters) with
 * {@code attribute=value} and {@code directive:=value} parameters; quoted values may hold commas
 * and semicolons ({@code version="[1.0,2.0)"}).
 */
final class Header {

    /** One name of a clause with the parameters of its clause. */
    record Clause(String name, Map<String, String> attributes, Map<String, String> directives) {

        String attribute(String key) {
            return attributes.get(key);
        }

        /** {@code resolution:=optional}: the framework resolves the bundle without it. */
        boolean optional() {
            return "optional".equals(directives.get("resolution"));
        }
    }

    private Header() {
    }

    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(clause, ';')) {
                String p = part.strip();
                int directive = p.indexOf(":=");
                int attribute = p.indexOf('=');
                if (directive > 0 && directive < attribute) {
                    directives.put(p.substring(0, directive).strip(), unquote(p.substring(directive + 2)));
                } else if (attribute > 0) {
                    attributes.put(p.substring(0, attribute).strip(), unquote(p.substring(attribute + 1)));
                } else if (!p.isEmpty()) {
                    names.add(p);
                }
            }
            names.forEach(n -> clauses.add(new Clause(n, attributes, directives)));
        }
        return clauses;
    }

    /** Splits at a separator outside double quotes. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
