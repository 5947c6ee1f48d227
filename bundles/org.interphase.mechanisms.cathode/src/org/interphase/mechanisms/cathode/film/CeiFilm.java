package org.interphase.mechanisms.cathode.film;

import org.interphase.solver.api.Physics;

/**
 * A cathode-electrolyte interphase on a real surface: the one implementation of the CEI film of
 * cei_growth (salt- and additive-derived) and of polymer_oxidation (the polymer's own oxidation
 * products). A film of volume V_e per mole of electrons that deposit it on a real surface a per
 * geometric area grows as dd/dt = V_e i / (F a) for a depositing current density i per geometric area,
 * and conducts Li+ at sigma: d / (sigma a) in series per geometric area.
 *
 * @param volumePerElectron film volume per mole of electrons that build it, m3/mol
 * @param conductivity      Li+ conductivity of the film, S/m
 * @param area              real surface it covers per geometric area, m2/m2
 */
public record CeiFilm(double volumePerElectron, double conductivity, double area) {

    /** @return dd/dt, m/s, for a depositing current density per geometric area, A/m2 */
    public double growth(double depositingCurrent) {
        return volumePerElectron * depositingCurrent / (Physics.F * area);
    }

    /** @return the current density per geometric area, A/m2, that builds the film at dd/dt (m/s) */
    public double current(double growth) {
        return Physics.F * area * growth / volumePerElectron;
    }

    /** @return the film's area-specific resistance per geometric area at a thickness (m), ohm m2 */
    public double resistance(double thickness) {
        return thickness / (conductivity * area);
    }
}
