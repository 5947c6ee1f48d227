package org.interphase.testing;

import java.util.HashMap;
import java.util.Map;

import org.interphase.solver.api.Effects;

/**
 * What a mechanism's process reported, added up over the evaluations it is handed to: each effect's sum, the
 * gases also by species, and the first short circuit. A test hands a fresh one to each evaluation it looks at.
 */
public final class RecordedEffects implements Effects {

    /** Side current density, A/m2. */
    public double side;
    /** Series film resistance, ohm m2. */
    public double film;
    /** Filler interface resistance, ohm m2. */
    public double filler;
    /** Active material lost, fraction per second. */
    public double activeLoss;
    /** Lithium lost, mol/(m2 s). */
    public double lithiumLoss;
    /** Contact lost, fraction per second. */
    public double contactLoss;
    /** Every gas together, mol/(m2 s). */
    public double gas;
    /** The first short circuit's reason, or null. */
    public String shortCircuit;
    private final Map<String, Double> bySpecies = new HashMap<>();

    /** One gas's evolution, mol/(m2 s); 0 for a gas not reported. */
    public double gas(String species) {
        return bySpecies.getOrDefault(species, 0.0);
    }

    @Override
    public void sideCurrent(double currentDensity) {
        side += currentDensity;
    }

    @Override
    public void filmResistance(double ohmSquareMetre) {
        film += ohmSquareMetre;
    }

    @Override
    public void fillerInterfaceResistance(double ohmSquareMetre) {
        filler += ohmSquareMetre;
    }

    @Override
    public void activeMaterialLoss(double fractionPerSecond) {
        activeLoss += fractionPerSecond;
    }

    @Override
    public void lithiumLoss(double molPerSquareMetreSecond) {
        lithiumLoss += molPerSquareMetreSecond;
    }

    @Override
    public void contactLoss(double fractionPerSecond) {
        contactLoss += fractionPerSecond;
    }

    @Override
    public void gas(String species, double molPerSquareMetreSecond) {
        gas += molPerSquareMetreSecond;
        bySpecies.merge(species, molPerSquareMetreSecond, Double::sum);
    }

    @Override
    public void shortCircuit(String reason) {
        if (shortCircuit == null) {
            shortCircuit = reason;
        }
    }
}
