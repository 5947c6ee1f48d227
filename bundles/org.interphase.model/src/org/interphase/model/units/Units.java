package org.interphase.model.units;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The units the language knows and their conversion to SI. A unit is a product/quotient of the
 * atoms below, written like {@code mAh/cm2}, {@code ohm cm2} or {@code kJ/mol}: each atom is
 * multiplied in, or divided out when a {@code /} precedes it. Percentages convert to fractions
 * (20 wt% is 0.2); C-rates stay multiples of C; a lone {@code °C} converts to kelvin.
 */
public final class Units {

    private static final Map<String, Unit> ATOMS = new LinkedHashMap<>();

    static {
        Dimension area = Dimension.named("area").orElseThrow();
        Dimension volume = Dimension.named("volume").orElseThrow();
        Dimension charge = Dimension.named("charge").orElseThrow();
        Dimension voltage = Dimension.named("voltage").orElseThrow();
        Dimension resistance = Dimension.named("resistance").orElseThrow();
        Dimension conductance = resistance.pow(-1);
        Dimension capacitance = Dimension.named("capacitance").orElseThrow();
        Dimension frequency = Dimension.named("frequency").orElseThrow();
        Dimension pressure = Dimension.named("pressure").orElseThrow();
        Dimension energy = Dimension.named("energy").orElseThrow();
        Dimension molarity = Dimension.named("molarity").orElseThrow();

        atom("m", 1, Dimension.LENGTH);
        atom("cm", 1e-2, Dimension.LENGTH);
        atom("mm", 1e-3, Dimension.LENGTH);
        atom("um", 1e-6, Dimension.LENGTH);
        atom("µm", 1e-6, Dimension.LENGTH);
        atom("nm", 1e-9, Dimension.LENGTH);
        atom("m2", 1, area);
        atom("cm2", 1e-4, area);
        atom("mm2", 1e-6, area);
        atom("m3", 1, volume);
        atom("cm3", 1e-6, volume);
        atom("mL", 1e-6, volume);
        atom("L", 1e-3, volume);
        atom("kg", 1, Dimension.MASS);
        atom("g", 1e-3, Dimension.MASS);
        atom("mg", 1e-6, Dimension.MASS);
        atom("s", 1, Dimension.TIME);
        atom("ms", 1e-3, Dimension.TIME);
        atom("min", 60, Dimension.TIME);
        atom("h", 3600, Dimension.TIME);
        atom("V", 1, voltage);
        atom("mV", 1e-3, voltage);
        atom("A", 1, Dimension.CURRENT);
        atom("mA", 1e-3, Dimension.CURRENT);
        atom("uA", 1e-6, Dimension.CURRENT);
        atom("nA", 1e-9, Dimension.CURRENT);
        atom("Ah", 3600, charge);
        atom("mAh", 3.6, charge);
        atom("uAh", 3.6e-3, charge);
        atom("S", 1, conductance);
        atom("mS", 1e-3, conductance);
        atom("ohm", 1, resistance);
        atom("Ω", 1, resistance);
        atom("kohm", 1e3, resistance);
        atom("mohm", 1e-3, resistance);
        atom("F", 1, capacitance);
        atom("mF", 1e-3, capacitance);
        atom("uF", 1e-6, capacitance);
        atom("nF", 1e-9, capacitance);
        atom("Hz", 1, frequency);
        atom("mHz", 1e-3, frequency);
        atom("kHz", 1e3, frequency);
        atom("MHz", 1e6, frequency);
        atom("K", 1, Dimension.TEMPERATURE);
        ATOMS.put("°C", new Unit("°C", 1, PhysicalConstants.ZERO_CELSIUS, Dimension.TEMPERATURE));
        ATOMS.put("degC", new Unit("degC", 1, PhysicalConstants.ZERO_CELSIUS, Dimension.TEMPERATURE));
        atom("Pa", 1, pressure);
        atom("kPa", 1e3, pressure);
        atom("MPa", 1e6, pressure);
        atom("GPa", 1e9, pressure);
        atom("bar", 1e5, pressure);
        atom("J", 1, energy);
        atom("kJ", 1e3, energy);
        atom("eV", PhysicalConstants.ELEMENTARY_CHARGE, energy);
        atom("mol", 1, Dimension.AMOUNT);
        atom("mmol", 1e-3, Dimension.AMOUNT);
        atom("umol", 1e-6, Dimension.AMOUNT);
        atom("M", 1e3, molarity);
        atom("%", 1e-2, Dimension.NONE);
        atom("wt%", 1e-2, Dimension.NONE);
        atom("vol%", 1e-2, Dimension.NONE);
        atom("mol%", 1e-2, Dimension.NONE);
        atom("ppm", 1e-6, Dimension.NONE);
        atom("dec", 1, Dimension.NONE);
        atom("C", 1, Dimension.C_RATE);
    }

    /** The units people usually write for each named dimension, most common first. */
    private static final Map<String, java.util.List<String>> COMMON = Map.ofEntries(
            Map.entry("length", java.util.List.of("um", "nm", "mm", "cm", "m")),
            Map.entry("area", java.util.List.of("cm2", "mm2", "m2")),
            Map.entry("time", java.util.List.of("h", "min", "s")),
            Map.entry("voltage", java.util.List.of("V", "mV")),
            Map.entry("current", java.util.List.of("mA", "uA", "A")),
            Map.entry("current_density", java.util.List.of("mA/cm2", "uA/cm2", "A/m2")),
            Map.entry("c_rate", java.util.List.of("C")),
            Map.entry("temperature", java.util.List.of("°C", "K")),
            Map.entry("pressure", java.util.List.of("MPa", "kPa", "GPa", "bar", "Pa")),
            Map.entry("frequency", java.util.List.of("Hz", "kHz", "MHz", "mHz")),
            Map.entry("sweep_rate", java.util.List.of("mV/s", "V/s")),
            Map.entry("specific_capacity", java.util.List.of("mAh/g")),
            Map.entry("areal_capacity", java.util.List.of("mAh/cm2")),
            Map.entry("areal_mass", java.util.List.of("mg/cm2")),
            Map.entry("fraction", java.util.List.of("%", "wt%", "vol%", "mol%")),
            Map.entry("molality", java.util.List.of("mol/kg")),
            Map.entry("molarity", java.util.List.of("M")),
            Map.entry("molar_mass", java.util.List.of("g/mol", "kg/mol")),
            Map.entry("density", java.util.List.of("g/cm3")),
            Map.entry("conductivity", java.util.List.of("S/cm", "mS/cm")),
            Map.entry("area_resistance", java.util.List.of("ohm cm2")),
            Map.entry("energy", java.util.List.of("eV")),
            Map.entry("molar_energy", java.util.List.of("kJ/mol")),
            Map.entry("diffusivity", java.util.List.of("cm2/s")),
            Map.entry("velocity", java.util.List.of("um/h", "nm/h", "nm/s")),
            Map.entry("surface_energy", java.util.List.of("J/m2")),
            Map.entry("area_capacitance", java.util.List.of("uF/cm2")));

    private Units() {
    }

    /** The units usually written for a named dimension (length: um, nm, ...); empty if none. */
    public static java.util.List<String> common(String dimensionName) {
        return COMMON.getOrDefault(dimensionName, java.util.List.of());
    }

    private static void atom(String symbol, double factor, Dimension dimension) {
        ATOMS.put(symbol, new Unit(symbol, factor, 0, dimension));
    }

    /** The atom symbols, in a stable order (for content assist and documentation). */
    public static Set<String> atoms() {
        return Collections.unmodifiableSet(ATOMS.keySet());
    }

    /**
     * Parses a unit such as {@code mAh/cm2}, {@code ohm·cm2} or {@code kJ/mol}; the empty string is
     * the dimensionless unit 1. Atoms are separated by {@code /} (divide), {@code ·} or {@code *}
     * (multiply) or a space (multiply).
     */
    public static Optional<Unit> parse(String text) {
        String symbol = text == null ? "" : text.strip();
        if (symbol.isEmpty()) {
            return Optional.of(new Unit("", 1, 0, Dimension.NONE));
        }
        Unit single = ATOMS.get(symbol);
        if (single != null) {
            return Optional.of(single);
        }
        double factor = 1;
        Dimension dimension = Dimension.NONE;
        boolean divide = false;
        StringBuilder atom = new StringBuilder();
        for (int i = 0; i <= symbol.length(); i++) {
            char c = i < symbol.length() ? symbol.charAt(i) : ' ';
            if (c == '/' || c == '·' || c == '*' || Character.isWhitespace(c)) {
                if (!atom.isEmpty()) {
                    Unit u = ATOMS.get(atom.toString());
                    if (u == null || u.offset() != 0) {
                        return Optional.empty();
                    }
                    factor = divide ? factor / u.factor() : factor * u.factor();
                    dimension = divide ? dimension.divide(u.dimension()) : dimension.times(u.dimension());
                    atom.setLength(0);
                    divide = false;
                } else if (c == '/' || c == '·' || c == '*') {
                    if (i == 0 && c != '/') {
                        return Optional.empty();
                    }
                }
                if (c == '/') {
                    divide = true;
                }
            } else {
                atom.append(c);
            }
        }
        return Optional.of(new Unit(symbol, factor, 0, dimension));
    }

    /** The dimension of a unit, empty if the unit is not known. */
    public static Optional<Dimension> dimensionOf(String unit) {
        return parse(unit).map(Unit::dimension);
    }

    /** Converts a value written in the given unit to SI; NaN when the unit is not known. */
    public static double toSI(double value, String unit) {
        return parse(unit).map(u -> u.toSI(value)).orElse(Double.NaN);
    }
}
