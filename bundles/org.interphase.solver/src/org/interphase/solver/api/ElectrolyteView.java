package org.interphase.solver.api;

/**
 * Read-only view of a cell's solid polymer electrolyte as the engine models it (conductivity law of
 * the polymer, fillers and scaffold in an effective medium, salt from the EO:Li ratio), SI units.
 * Obtain it with {@link CellProperties#electrolyte(org.interphase.model.CellInterface)}; it is
 * immutable and may be kept by an {@link InterfaceProcess} for the whole run.
 *
 * @since 1.0
 */
public interface ElectrolyteView {

    /**
     * Ionic conductivity of the electrolyte film (polymer with its fillers and scaffold).
     *
     * @param temperatureK temperature, K
     * @return conductivity, S/m
     */
    double conductivity(double temperatureK);

    /**
     * The polymer's own conductivity, without fillers or scaffold.
     *
     * @param temperatureK temperature, K
     * @return conductivity, S/m
     */
    double polymerConductivity(double temperatureK);

    /**
     * Effective diffusivity of the salt in the film (the polymer's, times the Bruggeman factor of the
     * volume fillers and a scaffold leave to the salt).
     *
     * @param temperatureK temperature, K
     * @return diffusivity, m2/s
     */
    double saltDiffusivity(double temperatureK);

    /**
     * Limiting current density of the film, J* = 2 c0 F D / ((1 - t+) L).
     *
     * @param temperatureK temperature, K
     * @return current density, A/m2
     */
    double limitingCurrent(double temperatureK);

    /** @return volume fraction of ceramic fillers in the film, 0 without fillers */
    double fillerVolumeFraction();

    /** @return tortuosity of a scaffold's pores, 1 without a scaffold */
    double scaffoldTortuosity();

    /** @return thickness of the film, m */
    double thickness();

    /** @return salt concentration, mol/m3 */
    double saltConcentration();

    /** @return Li+ transference number t+ (dimensionless) */
    double transferenceNumber();

    /**
     * The film's Li+ transference number at a temperature: the polymer's, raised where Li+-conducting
     * fillers carry part of the current without anions.
     *
     * @param temperatureK temperature, K
     * @return t+ (dimensionless)
     */
    default double transferenceNumber(double temperatureK) {
        return transferenceNumber();
    }
}
