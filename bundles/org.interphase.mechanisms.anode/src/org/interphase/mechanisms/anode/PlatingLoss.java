package org.interphase.mechanisms.anode;

import java.util.function.DoubleUnaryOperator;

import org.interphase.solver.api.Physics;

/**
 * The share of a plating that is never stripped back (1 - CE) at a current density and temperature, from the
 * library's value at a reference point (dead_lithium 0.2.0).
 * <p>
 * Electrodeposited lithium nuclei grow to a size proportional to 1/eta and in a number density proportional to
 * eta^3, eta the deposition overpotential (Pei et al., Nano Lett. 17 (2017) 1132, classical nucleation and
 * growth). What a plating strands, SEI on the deposit's surface and metal that loses contact where thin deposits
 * dissolve from their base (Fang et al., Nature 572 (2019) 511: the isolated metal dominates), scales with the
 * deposit's surface per volume, 1/r, so with eta: 1 - CE(J, T) = L eta(J, T) / eta(J_ref, T_ref), capped at 1,
 * eta = (2RT/F) asinh(J / (2 i0(T))) the lithium's charge-transfer overpotential with its exchange current
 * density i0(T) (as in the cell's voltage). Assumed: the deposit's size follows the charge-transfer
 * overpotential (Pei et al. nucleated on copper; lithium on lithium has no nucleation barrier), and the whole
 * loss, not only its SEI share, scales with 1/r.
 *
 * @param loss             L, the library's loss at the reference point (fraction)
 * @param referenceCurrent J_ref, A/m2
 * @param referenceKelvin  T_ref, K
 * @param exchange         i0(T), A/m2, of the temperature in K
 */
record PlatingLoss(double loss, double referenceCurrent, double referenceKelvin, DoubleUnaryOperator exchange) {

    /** The deposition overpotential eta = (2RT/F) asinh(J / (2 i0)), V. */
    static double overpotential(double current, double exchange, double kelvin) {
        return 2 * Physics.thermalVoltage(kelvin) * asinh(current / (2 * exchange));
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    /**
     * @param current the plating current density on the contacting surface, A/m2 (> 0)
     * @param kelvin  the temperature, K
     * @return the share of that plating lost, 0..1
     */
    double at(double current, double kelvin) {
        if (loss <= 0 || current <= 0) {
            return 0;
        }
        double reference = overpotential(referenceCurrent, exchange.applyAsDouble(referenceKelvin), referenceKelvin);
        return Math.min(1, loss * overpotential(current, exchange.applyAsDouble(kelvin), kelvin) / reference);
    }
}
