package org.interphase.dsl.validation;

import java.util.Map;
import java.util.Optional;

import org.interphase.model.Quantity;
import org.interphase.model.units.Dimension;

/**
 * The widest values each kind of quantity can take in a cell that exists (issue 14): a number
 * beyond them (thickness 1e300 um, a rate of 1e9 C) or one that is not finite (1e400) is a located
 * error naming the range, never a run that prints a charge starting at 5.9e21 V. The bounds are
 * deliberately generous, orders of magnitude beyond real cells, so that nothing a laboratory can
 * make is refused; plausibility warnings (faster than 20 C) stay in
 * {@link QuantityValidator}.
 */
final class PhysicalRanges {

    /** Lowest and highest magnitude in SI (absolute value), with the range as shown in messages. */
    record Range(double min, double max, String shown) {
    }

    /** By dimension name; SI units (m, m2, Pa, C/m2, kg/m2, kg/mol, mol/kg, mol/m3, A/m2, A, V, s, V/s, Hz, K). */
    private static final Map<String, Range> RANGES = Map.ofEntries(
            // one atom to a centimetre: electrode, film and foil thicknesses are nm to mm
            Map.entry("length", new Range(1e-10, 1e-2, "0.1 nm to 1 cm")),
            // a square metre is beyond the largest pouch cell
            Map.entry("area", new Range(0, 1, "up to 1 m2")),
            Map.entry("pressure", new Range(0, 1e9, "up to 1 GPa")),
            // 100 mAh/cm2 = 3.6e6 C/m2, ten times the thickest electrodes made
            Map.entry("areal_capacity", new Range(0, 3.6e6, "up to 100 mAh/cm2")),
            Map.entry("areal_mass", new Range(0, 10, "up to 1 g/cm2")),
            // 1e7 g/mol: the longest PEO chains sold are 8e6 g/mol
            Map.entry("molar_mass", new Range(0, 1e4, "up to 10,000,000 g/mol")),
            Map.entry("molality", new Range(0, 100, "up to 100 mol/kg")),
            Map.entry("molarity", new Range(0, 1e5, "up to 100 mol/L")),
            Map.entry("current_density", new Range(0, 1e6, "up to 100 A/cm2")),
            Map.entry("current", new Range(0, 1e3, "up to 1000 A")),
            Map.entry("voltage", new Range(0, 10, "-10 V to 10 V")),
            // the engine runs one step for at most 1e8 s
            Map.entry("time", new Range(0, 1e8, "up to 1e8 s (about 3 years)")),
            Map.entry("sweep_rate", new Range(0, 10, "up to 10 V/s")),
            Map.entry("frequency", new Range(1e-6, 1e9, "1 uHz to 1 GHz")),
            Map.entry("temperature", new Range(0, 1000, "up to 1000 K (727 °C)")));

    /** A C-rate above this is no rate any cell is charged at (1000 C: a full charge in 3.6 s). */
    static final double MAX_C_RATE = 1000;

    /** The largest number a cell file can hold: the ratio's and the counts' values. */
    static final double MAX_RATIO = 1e4;

    private PhysicalRanges() {
    }

    /**
     * @param what the property as named in messages ("thickness")
     * @return a message when the quantity is not finite or beyond the range of its kind
     */
    static Optional<String> problem(Quantity q, String what) {
        Dimension d = Dimensions.of(q);
        String name = d == null ? null : d.name().orElse(null);
        if ("C".equals(q.getUnit())) {
            double c = Math.abs(q.getMagnitude());
            if (!Double.isFinite(c) || c > MAX_C_RATE) {
                return Optional.of(what + " " + Dimensions.shown(q) + " is no C-rate a cell can run at (up to "
                        + (int) MAX_C_RATE + " C, a full charge in 3.6 s)");
            }
            return Optional.empty();
        }
        Range r = name == null ? null : RANGES.get(name);
        double si = q.getSi();
        if (!Double.isFinite(q.getMagnitude()) || !Double.isFinite(si)) {
            return Optional.of(what + " " + Dimensions.shown(q) + " is not a finite number"
                    + (r == null ? "" : " (" + what + " lies in " + r.shown() + ")"));
        }
        if (r == null) {
            return Optional.empty();
        }
        double magnitude = Math.abs(si);
        if (magnitude > r.max() || (si != 0 && magnitude < r.min())) {
            return Optional.of(what + " " + Dimensions.shown(q) + " is outside what any cell has (" + r.shown() + ")");
        }
        return Optional.empty();
    }
}
