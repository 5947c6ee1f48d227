package org.interphase.solver.api;

/**
 * Read-only view of a cell's solid polymer electrolyte as the engine models it (conductivity law of
 * the polymer, fillers and scaffold in an effective medium, salt from the EO:Li ratio), SI units.
 * Obtain it with {@link CellProperties#electrolyte(org.interphase.model.CellInterface)}; it may be kept
 * by an {@link InterfaceProcess} for the whole run. Its composition is fixed; its polymer phase is not:
 * during a run the view reads the crystallinity the engine moves in time (crystallisation below the
 * melting point, melting above it), so conductivity, diffusivity, limiting current and the phase methods
 * ({@link #crystallinity()}, {@link #shearModulus(double)}, ...) answer for the film as it is at the
 * moment of the evaluation. Outside a run (in a test) it is a fresh, amorphous film.
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

    /**
     * Limiting current density of the film once only a share of its salt is left (anions reduced at the lithium),
     * J* = 2 c F D(c) / ((1 - t+(c)) L) at c = share x c0; the default holds D and t+ at their values at c0.
     *
     * @param temperatureK temperature, K
     * @param saltShare    the share of the film's salt left, 0 to 1 ({@link InterfaceState#SALT_LEFT})
     * @return current density, A/m2
     * @since 1.6
     */
    default double limitingCurrent(double temperatureK, double saltShare) {
        return limitingCurrent(temperatureK) * Math.max(0, Math.min(1, saltShare));
    }

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

    /**
     * The polymer's relative crystallinity at this moment of the run: 0 amorphous (as a cell starts,
     * assembled above the melting point), 1 crystallised as far as it goes at its temperature.
     *
     * @return relative crystallinity (dimensionless)
     * @throws UnsupportedOperationException if this view does not model the polymer's phase
     * @since 1.2
     */
    default double crystallinity() {
        throw new UnsupportedOperationException("this electrolyte view does not model the polymer's phase");
    }

    /**
     * The share of the polymer's equilibrium crystallinity present now at a temperature: the relative
     * crystallinity times the crystallised share in equilibrium there (0 at and above the melting point,
     * growing to 1 over the 10 K under it), times the share fillers leave free to crystallise.
     *
     * @param temperatureK temperature, K
     * @return share between 0 (melt) and 1 (crystallised to equilibrium)
     * @throws UnsupportedOperationException if this view does not model the polymer's phase
     * @since 1.2
     */
    default double crystallineShare(double temperatureK) {
        throw new UnsupportedOperationException("this electrolyte view does not model the polymer's phase");
    }

    /**
     * The polymer's shear modulus at its present crystalline share, continuous through melting (Davies'
     * law between the melt's 'shear modulus' and the crystallised film's 'solid shear modulus'); fillers
     * are not included.
     *
     * @param temperatureK temperature, K
     * @return shear modulus, Pa
     * @throws UnsupportedOperationException if this view does not model the polymer's phase
     * @since 1.2
     */
    default double shearModulus(double temperatureK) {
        throw new UnsupportedOperationException("this electrolyte view does not model the polymer's phase");
    }

    /**
     * The factor the present crystallinity puts on the polymer's conductivity (1 amorphous, down to the
     * polymer's crystalline conductivity factor when crystallised well under its melting point).
     *
     * @param temperatureK temperature, K
     * @return factor (dimensionless, at most 1)
     * @throws UnsupportedOperationException if this view does not model the polymer's phase
     * @since 1.2
     */
    default double crystallineConductivityFactor(double temperatureK) {
        throw new UnsupportedOperationException("this electrolyte view does not model the polymer's phase");
    }

    /**
     * @return the melting point of the polymer's crystals at the cell's salt ratio (the library's
     *         'melting point at r' entries, else its 'melting point'), K; 0 when it has none
     * @throws UnsupportedOperationException if this view does not model the polymer's phase
     * @since 1.2
     */
    default double meltingPoint() {
        throw new UnsupportedOperationException("this electrolyte view does not model the polymer's phase");
    }

    /**
     * The film's bulk conductivity at this moment of the run over that with all its salt: below 1 once mechanisms
     * that reduce the salt (their 'salt consumption' on) took some out of the film, as the engine's bulk resistance
     * reads it; 1 outside a run.
     *
     * @return factor (dimensionless, at most 1)
     * @since 1.6
     */
    default double saltConductivityFactor() {
        return 1;
    }
}
