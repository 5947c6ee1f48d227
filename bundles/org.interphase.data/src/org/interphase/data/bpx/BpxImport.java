package org.interphase.data.bpx;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.interphase.model.units.PhysicalConstants;
import org.interphase.model.units.Units;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The positive electrode of a BPX file as a cathode material of the cell language: theoretical capacity
 * from the maximum concentration and the density, the OCP as 'open circuit voltage at X %' points (X the
 * delithiated fraction, 1 - stoichiometry), solid diffusivity and particle radius, the practical capacity
 * of the stoichiometry window at the upper cut-off, and what Interphase's own export put under
 * "User-defined" (density, exchange current density, catalytic activity).
 */
public final class BpxImport {

    /**
     * @param name        the material's name
     * @param packageName package of the written file, or null
     * @param basedOn     a library material to inherit what BPX does not carry, or null
     * @param density     kg/m3 when the file gives none, or null
     */
    public record Options(String name, String packageName, String basedOn, Double density) {
    }

    /**
     * The material text, the parameters the engine needs that it lacks (empty when complete), and
     * the file's State / Degradation (null when it has none).
     */
    public record Result(String text, List<String> missing, BpxDegradation degradation) {
    }

    private BpxImport() {
    }

    public static JsonNode parse(Path file) throws BpxException, IOException {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var l = e.getLocation();
            throw new BpxException(file + (l == null ? "" : ":" + l.getLineNr() + ":" + l.getColumnNr()) + ": not valid JSON: "
                    + e.getOriginalMessage());
        }
    }

    public static Result material(Path file, JsonNode root, Options o) throws BpxException {
        if (!o.name().matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new BpxException("'" + o.name() + "' is not a material name (letters, digits, _; not starting with a digit)");
        }
        String version = version(file, root);
        JsonNode p = root.path("Parameterisation");
        JsonNode user = p.path("User-defined");
        JsonNode pos = section(p, "Positive electrode");
        JsonNode cell = section(p, "Cell");
        if (pos.has("Particle")) {
            throw new BpxException(file + ": the positive electrode is a blend of several materials (\"Particle\");"
                    + " this version imports a single material only");
        }
        if (!pos.isObject()) {
            throw new BpxException(file + ": no \"Parameterisation\" / \"Positive electrode\" section");
        }
        String title = root.path("Header").path("Title").asText(file.getFileName().toString());
        BpxDegradation degradation = BpxDegradation.read(file, root);
        List<String> lines = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        double cmax = number(file, pos, "Maximum concentration [mol.m-3]");
        double density = o.density() != null ? o.density() : number(file, user, "Positive electrode density [kg.m-3]");
        String densitySource = o.density() != null ? "interphase import-bpx --density" : "BPX User-defined: Positive electrode density [kg.m-3]";
        if (Double.isNaN(cmax)) {
            throw new BpxException(file + ": the positive electrode has no \"Maximum concentration [mol.m-3]\"");
        }
        if (Double.isNaN(density)) {
            throw new BpxException(file + ": BPX carries no electrode material density, and this file has no User-defined"
                    + " \"Positive electrode density [kg.m-3]\": give it with --density (g/cm3)");
        }
        double theoretical = cmax * PhysicalConstants.FARADAY / density; // C/kg
        lines.add(param("theoretical capacity", null, num(theoretical / Units.SECONDS_PER_HOUR) + " mAh/g",
                "BPX: Maximum concentration " + num(cmax) + " mol/m3 x F / density"));
        double xmin = number(file, pos, "Minimum stoichiometry");
        double xmax = number(file, pos, "Maximum stoichiometry");
        double upper = number(file, cell, "Upper voltage cut-off [V]");
        if (!Double.isNaN(xmin) && !Double.isNaN(xmax) && !Double.isNaN(upper)) {
            lines.add(param("specific capacity", num(upper) + " V", num((xmax - xmin) * theoretical / Units.SECONDS_PER_HOUR) + " mAh/g",
                    "BPX: (Maximum - Minimum stoichiometry) x theoretical capacity, at the Upper voltage cut-off"));
        } else {
            missing.add("specific capacity");
        }
        for (var e : ocp(file, pos.path("OCP [V]"), xmin, xmax).entrySet()) {
            lines.add(param("open circuit voltage", num(e.getKey()) + " %", num(e.getValue()) + " V",
                    "BPX: OCP [V] at x = " + num(1 - e.getKey() / 100)));
        }
        lines.add(param("density", null, num(density / 1000) + " g/cm3", densitySource));
        double d = number(file, pos, "Diffusivity [m2.s-1]");
        if (!Double.isNaN(d)) {
            lines.add(param("solid diffusivity", null, num(d * Units.CM2_PER_M2) + " cm2/s", "BPX: Diffusivity [m2.s-1]"));
        } else {
            missing.add("solid diffusivity");
        }
        double r = number(file, pos, "Particle radius [m]");
        if (!Double.isNaN(r)) {
            lines.add(param("particle radius", null, num(r * 1e6) + " um", "BPX: Particle radius [m]"));
        } else {
            missing.add("particle radius");
        }
        double i0 = number(file, user, "Positive electrode exchange current density [A.m-2]");
        if (!Double.isNaN(i0)) {
            lines.add(param("exchange current density", null, num(i0 / 10) + " mA/cm2",
                    "BPX User-defined: Positive electrode exchange current density [A.m-2]"));
        } else {
            missing.add("exchange current density");
        }
        double activity = number(file, user, "Positive electrode catalytic activity");
        if (!Double.isNaN(activity)) {
            lines.add(param("catalytic activity", null, num(activity), "BPX User-defined: Positive electrode catalytic activity"));
        }
        StringBuilder b = new StringBuilder();
        b.append("// Imported by 'interphase import-bpx' from ").append(file.getFileName()).append(" (BPX ")
                .append(version).append("): the positive electrode of '")
                .append(title.replace('\n', ' ')).append("'.\n");
        if (degradation != null) {
            b.append("// BPX State / Degradation: ").append(degradation.describe())
                    .append(degradation.fresh() ? " (a fresh cell).\n" : ". The material is that of the fresh electrode.\n");
        }
        if (o.packageName() != null) {
            b.append("package ").append(o.packageName()).append("\n");
        }
        b.append("\nmaterial ").append(o.name()).append(" : cathode");
        if (o.basedOn() != null) {
            b.append(" based on ").append(o.basedOn());
        }
        b.append(" {\n    description \"positive electrode of ").append(escape(title)).append(", imported from BPX\"\n");
        lines.forEach(l -> b.append("    ").append(l).append('\n'));
        b.append("}\n");
        return new Result(b.toString(), o.basedOn() != null ? List.of() : List.copyOf(missing), degradation);
    }

    /**
     * The header's version: 0.x (a number, as 0.4 wrote it, or a string) or 1.x ("1.1.0"); a later major
     * version is refused, since its fields may mean something else.
     */
    static String version(Path file, JsonNode root) throws BpxException {
        JsonNode v = root.path("Header").path("BPX");
        String text = v.isNumber() ? v.asText() : v.isTextual() ? v.asText().strip() : "";
        if (!text.matches("\\d+(\\.\\d+){0,2}")) {
            throw new BpxException(file + ": the header has no BPX version (\"Header\": {\"BPX\": \"1.1.0\"})");
        }
        int major = Integer.parseInt(text.substring(0, (text + ".").indexOf('.')));
        if (major > 1) {
            throw new BpxException(file + ": BPX " + text + " is newer than this version reads (0.x and 1.x)");
        }
        return text;
    }

    /**
     * A standard section, or (as export-bpx writes a section the cell gives only in part, since BPX 1.x
     * requires every field of a section it is given) the User-defined group "NAME (incomplete)".
     */
    private static JsonNode section(JsonNode p, String name) {
        JsonNode s = p.path(name);
        return s.isObject() ? s : p.path("User-defined").path(name + BpxExport.INCOMPLETE);
    }

    /** OCP points by delithiated fraction (%), from a table {x, y} or an expression in x. */
    private static TreeMap<Double, Double> ocp(Path file, JsonNode ocp, double xmin, double xmax) throws BpxException {
        TreeMap<Double, Double> points = new TreeMap<>();
        if (ocp.isObject() && ocp.path("x").isArray() && ocp.path("y").isArray()) {
            JsonNode xs = ocp.path("x");
            JsonNode ys = ocp.path("y");
            if (xs.size() != ys.size() || xs.size() < 2) {
                throw new BpxException(file + ": the positive electrode's OCP table needs as many x as y values, at least 2");
            }
            for (int i = 0; i < xs.size(); i++) {
                double x = xs.get(i).asDouble(Double.NaN);
                double y = ys.get(i).asDouble(Double.NaN);
                if (x >= 0 && x <= 1 && Double.isFinite(y)) {
                    points.put(round(100 * (1 - x)), y);
                }
            }
        } else if (ocp.isTextual()) {
            double lo = Double.isNaN(xmin) ? 0 : xmin;
            double hi = Double.isNaN(xmax) ? 1 : xmax;
            for (int i = 0; i <= 20; i++) {
                double x = hi - (hi - lo) * i / 20;
                try {
                    double y = Expression.evaluate(ocp.asText(), x);
                    if (Double.isFinite(y)) {
                        points.put(round(100 * (1 - x)), y);
                    }
                } catch (IllegalArgumentException e) {
                    throw new BpxException(file + ": positive electrode OCP [V]: " + e.getMessage());
                }
            }
        } else {
            throw new BpxException(file + ": the positive electrode has no \"OCP [V]\" (a table {\"x\": [...], \"y\": [...]} or an expression in x)");
        }
        if (points.size() < 2) {
            throw new BpxException(file + ": the positive electrode's OCP has fewer than 2 points with x between 0 and 1");
        }
        return points;
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.10g", v));
    }

    private static double number(Path file, JsonNode node, String key) throws BpxException {
        JsonNode v = node.path(key);
        if (v.isMissingNode() || v.isNull()) {
            return Double.NaN;
        }
        if (!v.isNumber()) {
            throw new BpxException(file + ": \"" + key + "\" is " + (v.isTextual() ? "a function" : "not a number")
                    + "; this version imports it as a constant only");
        }
        return v.asDouble();
    }

    private static String param(String name, String at, String value, String source) {
        return name + (at == null ? "" : " at " + at) + " = " + value + "  source \"" + escape(source) + "\"";
    }

    /** A number as the language reads it: plain digits, ten significant figures, an exponent when far from 1. */
    static String num(double v) {
        BigDecimal d = new BigDecimal(String.format(Locale.ROOT, "%.10g", v)).stripTrailingZeros();
        double a = Math.abs(v);
        return a != 0 && (a < 1e-4 || a >= 1e7) ? d.toString().replace("E+", "e").replace("E", "e") : d.toPlainString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ');
    }
}
