package org.interphase.solver.cell;

/**
 * The terminal voltage of a cell and its parts, in V: V = OCV(surface) + ohmic + both charge
 * transfers + concentration. Overpotentials carry the sign of the current (positive on charge).
 */
public record Polarisation(double ocv, double ohmic, double cathodeChargeTransfer, double anodeChargeTransfer,
        double concentration) {

    public double voltage() {
        return ocv + ohmic + cathodeChargeTransfer + anodeChargeTransfer + concentration;
    }
}
