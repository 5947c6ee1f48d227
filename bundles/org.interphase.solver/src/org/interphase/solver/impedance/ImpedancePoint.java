package org.interphase.solver.impedance;

/**
 * One point of a spectrum, Z = real + j imaginary, per geometric area.
 *
 * @param frequency Hz
 * @param real      ohm m2
 * @param imaginary ohm m2 (negative where the cell is capacitive; Nyquist plots show -imaginary)
 */
public record ImpedancePoint(double frequency, double real, double imaginary) {
}
