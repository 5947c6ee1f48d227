package org.interphase.solver.api;

import org.interphase.model.units.PhysicalConstants;

/**
 * Physical constants (CODATA 2018 exact values of the SI redefinition, from the model's
 * {@link PhysicalConstants}) and the small formulas most mechanisms need. Use these rather than your own copies, so that every mechanism of a run agrees.
 *
 * @since 1.0
 */
public final class Physics {

    /** Faraday constant, C/mol. */
    public static final double F = PhysicalConstants.FARADAY;

    /** Molar gas constant, J/(mol K). */
    public static final double R = PhysicalConstants.GAS_CONSTANT;

    /** Elementary charge, C (1 eV = E J). */
    public static final double E = PhysicalConstants.ELEMENTARY_CHARGE;

    /** Boltzmann constant, J/K. */
    public static final double K_B = PhysicalConstants.BOLTZMANN;

    /** 25 °C in kelvin, the reference temperature of most library values. */
    public static final double ROOM_TEMPERATURE = PhysicalConstants.ROOM_TEMPERATURE;

    private Physics() {
    }

    /**
     * The thermal voltage RT/F.
     *
     * @param temperatureK temperature, K
     * @return RT/F, V (25.7 mV at 25 °C)
     */
    public static double thermalVoltage(double temperatureK) {
        return R * temperatureK / F;
    }

    /**
     * The Arrhenius factor exp(-Ea/kB (1/T - 1/Tref)): how much faster a process with this
     * activation energy runs at T than at Tref.
     *
     * @param activationEnergyEv activation energy, eV (divide a value in J by {@link #E})
     * @param temperatureK       temperature, K
     * @param referenceK         temperature at which the rate is known, K
     * @return the factor, 1 at the reference temperature
     */
    public static double arrhenius(double activationEnergyEv, double temperatureK, double referenceK) {
        return Math.exp(-activationEnergyEv * E / K_B * (1 / temperatureK - 1 / referenceK));
    }
}
