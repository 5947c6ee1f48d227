package org.interphase.solver.cell;

/** Physical constants (CODATA 2018 exact values) and small helpers. */
public final class Physics {

    /** Faraday constant, C/mol. */
    public static final double F = 96485.33212;

    /** Gas constant, J/(mol K). */
    public static final double R = 8.314462618;

    /** Elementary charge, C (1 eV = E J). */
    public static final double E = 1.602176634e-19;

    /** Boltzmann constant, J/K. */
    public static final double K_B = 1.380649e-23;

    private Physics() {
    }

    /** RT/F in volts. */
    public static double thermalVoltage(double temperatureK) {
        return R * temperatureK / F;
    }

    /** Arrhenius factor exp(-Ea/kB (1/T - 1/Tref)) for an activation energy in eV. */
    public static double arrhenius(double activationEnergyEv, double temperatureK, double referenceK) {
        return Math.exp(-activationEnergyEv * E / K_B * (1 / temperatureK - 1 / referenceK));
    }
}
