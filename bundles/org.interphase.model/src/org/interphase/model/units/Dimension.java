package org.interphase.model.units;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A physical dimension as exponents of the SI base units (m, kg, s, A, K, mol), plus a pseudo base
 * for C-rates, which are multiples of a cell's capacity per hour and so not convertible to SI
 * without the cell.
 */
public record Dimension(int m, int kg, int s, int a, int k, int mol, int cRate) {

    public static final Dimension NONE = new Dimension(0, 0, 0, 0, 0, 0, 0);
    public static final Dimension LENGTH = new Dimension(1, 0, 0, 0, 0, 0, 0);
    public static final Dimension MASS = new Dimension(0, 1, 0, 0, 0, 0, 0);
    public static final Dimension TIME = new Dimension(0, 0, 1, 0, 0, 0, 0);
    public static final Dimension CURRENT = new Dimension(0, 0, 0, 1, 0, 0, 0);
    public static final Dimension TEMPERATURE = new Dimension(0, 0, 0, 0, 1, 0, 0);
    public static final Dimension AMOUNT = new Dimension(0, 0, 0, 0, 0, 1, 0);
    public static final Dimension C_RATE = new Dimension(0, 0, 0, 0, 0, 0, 1);

    private static final Map<String, Dimension> NAMED = new LinkedHashMap<>();
    private static final Map<Dimension, String> NAMES = new LinkedHashMap<>();

    static {
        Dimension area = LENGTH.pow(2);
        Dimension volume = LENGTH.pow(3);
        Dimension charge = CURRENT.times(TIME);
        Dimension energy = MASS.times(area).divide(TIME.pow(2));
        Dimension voltage = energy.divide(charge);
        Dimension resistance = voltage.divide(CURRENT);
        // the first name registered for a dimension is the one used in messages
        name("dimensionless", NONE);
        name("fraction", NONE);
        name("length", LENGTH);
        name("area", area);
        name("volume", volume);
        name("mass", MASS);
        name("time", TIME);
        name("current", CURRENT);
        name("temperature", TEMPERATURE);
        name("amount", AMOUNT);
        name("c_rate", C_RATE);
        name("charge", charge);
        name("energy", energy);
        name("voltage", voltage);
        name("resistance", resistance);
        name("frequency", TIME.pow(-1));
        name("pressure", MASS.divide(LENGTH).divide(TIME.pow(2)));
        name("current_density", CURRENT.divide(area));
        name("sweep_rate", voltage.divide(TIME));
        name("specific_capacity", charge.divide(MASS));
        name("areal_capacity", charge.divide(area));
        name("areal_mass", MASS.divide(area));
        name("molality", AMOUNT.divide(MASS));
        name("molarity", AMOUNT.divide(volume));
        name("molar_mass", MASS.divide(AMOUNT));
        name("molar_energy", energy.divide(AMOUNT));
        name("molar_volume", volume.divide(AMOUNT));
        name("density", MASS.divide(volume));
        name("conductivity", resistance.times(LENGTH).pow(-1));
        name("area_resistance", resistance.times(area));
        name("capacitance", charge.divide(voltage));
        name("area_capacitance", charge.divide(voltage).divide(area));
        name("diffusivity", area.divide(TIME));
        name("velocity", LENGTH.divide(TIME));
        name("surface_energy", energy.divide(area));
    }

    private static void name(String name, Dimension dimension) {
        NAMED.put(name, dimension);
        NAMES.putIfAbsent(dimension, name);
    }

    /** The dimension with this name (length, current_density, ...), if there is one. */
    public static Optional<Dimension> named(String name) {
        return Optional.ofNullable(NAMED.get(Objects.requireNonNull(name)));
    }

    /** All dimension names, in a stable order. */
    public static Iterable<String> names() {
        return NAMED.keySet();
    }

    public Dimension times(Dimension o) {
        return new Dimension(m + o.m, kg + o.kg, s + o.s, a + o.a, k + o.k, mol + o.mol, cRate + o.cRate);
    }

    public Dimension divide(Dimension o) {
        return times(o.pow(-1));
    }

    public Dimension pow(int n) {
        return new Dimension(m * n, kg * n, s * n, a * n, k * n, mol * n, cRate * n);
    }

    /** The registered name of this dimension (current_density), if it has one. */
    public Optional<String> name() {
        return Optional.ofNullable(NAMES.get(this));
    }

    /** A readable name: "voltage", "current_density", or base-unit exponents for unnamed ones. */
    public String describe() {
        String name = NAMES.get(this);
        if (name != null) {
            return name.equals("c_rate") ? "C-rate" : name.replace('_', ' ');
        }
        StringBuilder b = new StringBuilder();
        append(b, "m", m);
        append(b, "kg", kg);
        append(b, "s", s);
        append(b, "A", a);
        append(b, "K", k);
        append(b, "mol", mol);
        append(b, "C-rate", cRate);
        return b.toString().trim();
    }

    private static void append(StringBuilder b, String base, int exponent) {
        if (exponent != 0) {
            b.append(' ').append(base);
            if (exponent != 1) {
                b.append('^').append(exponent);
            }
        }
    }
}
