package org.interphase.solver.api;

/**
 * Read-only view of a cell's composite cathode as the engine models it (a single particle with the
 * loading, OCV curve and particle size of its active material), SI units. Obtain it with
 * {@link CellProperties#cathode(org.interphase.model.CellInterface)}; it is immutable.
 *
 * @since 1.0
 */
public interface CathodeView {

    /** @return name of the active material, as in the library (LCO, NCM811, ...) */
    String material();

    /** @return charge if all lithium were extracted from the active material, C per m2 of electrode */
    double theoreticalCapacity();

    /** @return the capacity the loading names (1 C is this per hour), C per m2 of electrode */
    double nominalCapacity();

    /** @return mass of active material per geometric area of electrode, kg/m2 */
    double activeMass();

    /**
     * @return surface of the active particles per geometric area of electrode (spheres: 3 m / (rho r)),
     *         m2/m2: where surface reactions and films actually sit
     */
    double surfaceArea();

    /**
     * @return real surface of the electrode's carbon black per geometric area of electrode (its mass, from
     *         the 'carbon' fraction of the composite, times the BET surface of Super P, 62 m2/g), m2/m2; 0
     *         without carbon
     */
    double carbonSurfaceArea();
}
