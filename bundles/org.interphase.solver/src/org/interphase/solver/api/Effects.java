package org.interphase.solver.api;

/**
 * Where a mechanism reports what it does to the cell. Every method may be called any number of
 * times during one evaluation; contributions add up. Rates are per geometric area, SI units. Every
 * value must be finite: a NaN or infinite value fails the run with a message naming the mechanism.
 * Implemented by the engine; plug-ins call it, they do not implement it.
 *
 * @since 1.0
 */
public interface Effects {

    /** A faradaic side current at this interface, A/m2: positive for an oxidation at the cathode. */
    void sideCurrent(double currentDensity);

    /** An area-specific resistance this mechanism puts in series, ohm m2. */
    void filmResistance(double ohmSquareMetre);

    /**
     * A resistance on the filler/polymer interfaces (an interphase grown on the particles), ohm m2 of
     * particle surface; it enters the composite's effective medium, not the series resistance.
     */
    void fillerInterfaceResistance(double ohmSquareMetre);

    /** Loss of cyclable active material, as a fraction of the initial amount per second. */
    void activeMaterialLoss(double fractionPerSecond);

    /** Loss of lithium inventory, mol/(m2 s). */
    void lithiumLoss(double molPerSquareMetreSecond);

    /** Loss of contact area, as a fraction of the geometric area per second. */
    void contactLoss(double fractionPerSecond);

    /** Gas evolved, mol/(m2 s), for a species such as H2, CH4 or CO. */
    void gas(String species, double molPerSquareMetreSecond);

    /** The cell has short-circuited (dendrite through the electrolyte); the reason is shown to users. */
    void shortCircuit(String reason);
}
