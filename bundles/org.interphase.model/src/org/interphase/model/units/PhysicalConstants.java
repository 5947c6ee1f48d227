package org.interphase.model.units;

/**
 * The physical constants of the whole product, in SI: CODATA 2018, the exact values of the 2019
 * SI redefinition (https://physics.nist.gov/cuu/Constants/). The engine's public API re-exports
 * them ({@code org.interphase.solver.api.Physics}); every other bundle, including those below the
 * engine (data, the language), reads them here. Conversions between units are {@link Units}'.
 *
 * @since 1.0
 */
public final class PhysicalConstants {

    /** Faraday constant N_A e, C/mol. */
    public static final double FARADAY = 96485.33212;

    /** Molar gas constant N_A k_B, J/(mol K). */
    public static final double GAS_CONSTANT = 8.314462618;

    /** Elementary charge, C (1 eV = ELEMENTARY_CHARGE J). */
    public static final double ELEMENTARY_CHARGE = 1.602176634e-19;

    /** Boltzmann constant, J/K. */
    public static final double BOLTZMANN = 1.380649e-23;

    /** Avogadro constant, 1/mol. */
    public static final double AVOGADRO = 6.02214076e23;

    /** 0 °C in kelvin (the offset of the °C unit). */
    public static final double ZERO_CELSIUS = 273.15;

    /** 25 °C in kelvin, the reference temperature of most library values and the engine's default. */
    public static final double ROOM_TEMPERATURE = 298.15;

    private PhysicalConstants() {
    }
}
