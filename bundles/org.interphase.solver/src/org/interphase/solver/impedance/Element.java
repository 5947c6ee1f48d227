package org.interphase.solver.impedance;

import java.util.Objects;

import org.hipparchus.complex.Complex;

/**
 * One part of a cell's equivalent circuit: a resistance in parallel with a capacitance, per
 * geometric area (the electrolyte bulk with its geometric capacitance, an interface with its
 * charge-transfer resistance and double layer, a film). An infinite resistance is a blocking
 * interface (an inert electrode): the element is then a pure capacitor.
 *
 * @param name        what it stands for, e.g. "bulk" or "anode/electrolyte"
 * @param resistance  ohm m2 (may be infinite)
 * @param capacitance F/m2
 */
public record Element(String name, double resistance, double capacitance) {

    public Element {
        Objects.requireNonNull(name);
        if (!(resistance > 0) || !(capacitance > 0)) {
            throw new IllegalArgumentException(name + ": resistance and capacitance must be positive");
        }
    }

    /** Z = 1 / (1/R + j omega C), ohm m2. */
    public Complex impedance(double frequency) {
        double omega = 2 * Math.PI * frequency;
        Complex admittance = new Complex(Double.isInfinite(resistance) ? 0 : 1 / resistance, omega * capacitance);
        return admittance.reciprocal();
    }
}
