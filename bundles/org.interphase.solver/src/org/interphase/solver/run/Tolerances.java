package org.interphase.solver.run;

import java.util.List;

/**
 * Absolute error tolerances of the integrated states, per state from its unit: the runners' states
 * span nanometre films (1e-9 m), mol/m2 of gas, C/m2 of charge and fractions of one, so one absolute
 * tolerance either ignores the films (1e-9 m is a whole nanometre) or strangles the charges.
 */
final class Tolerances {

    /** Fractions and other dimensionless states. */
    static final double FRACTION = 1e-9;
    /** Charges per area, C/m2 (a cycle moves ~1e4). */
    static final double CHARGE = 1e-6;
    /** Amounts per area, mol/m2 (gas, lithium consumed). */
    static final double AMOUNT = 1e-15;
    /** Lengths, m: 1e-6 nm. */
    static final double LENGTH = 1e-15;

    private Tolerances() {
    }

    /** The tolerance of a state in a unit (SI unit string as mechanisms declare it). */
    static double of(String unit) {
        return switch (unit.trim()) {
            case "m" -> LENGTH;
            case "mol/m2", "mol/m^2" -> AMOUNT;
            case "C/m2", "C/m^2" -> CHARGE;
            case "s" -> 1e-6;
            case "", "1", "-" -> FRACTION;
            default -> 1e-12;
        };
    }

    /** Absolute tolerances of {@link Simulation}'s state vector of n states. */
    static double[] simulation(int n, List<ActiveMechanism> mechanisms) {
        double[] absolute = new double[n];
        absolute[Simulation.X] = FRACTION;
        absolute[Simulation.ACTIVE] = FRACTION;
        absolute[Simulation.CONTACT] = FRACTION;
        absolute[Simulation.SIDE_CHARGE] = CHARGE;
        absolute[Simulation.APPLIED_CHARGE] = CHARGE;
        absolute[Simulation.LITHIUM_LOST] = AMOUNT;
        java.util.Arrays.fill(absolute, Simulation.GAS, Simulation.FIXED, AMOUNT);
        mechanisms(absolute, mechanisms, ActiveMechanism::offset);
        return absolute;
    }

    /**
     * How much looser the tolerances of a within-cycle mechanism state are (see
     * {@link org.interphase.solver.api.StateVariable#withinCycle()}): such a state returns to its start every
     * cycle and acts on the run only through the rates it drives, which are integrated into states with
     * their own tolerances. At the cycling runner's 1e-9 the acid of acid_crosstalk (a few tens of seconds
     * to leave the film) chose the step size of nearly every step of the benchmark cell; at 1e-6 the cell
     * takes 64 % fewer evaluations and its retention moves by 3e-8 point (docs/engine.md, Benchmarks).
     */
    static final double WITHIN_CYCLE_FACTOR = 1e3;

    /**
     * Relative tolerance of the cycling runner's states. 1e-9 until 2026-12-07; at 1e-6 the 1000-cycle benchmark
     * cell, every cycle simulated, takes 30 % fewer steps and its retention after 1000 cycles moves by 7e-6
     * point, its gases by 6e-7 of their amount (docs/engine.md, Benchmarks): the step is set by the stability
     * of the explicit method on the acid of acid_crosstalk (about 70 s to leave the film; 92 % of the step-size
     * choices), not by the accuracy of the slow states.
     */
    static final double RELATIVE = 1e-6;

    /**
     * Absolute and relative tolerances of {@link Simulation}'s state vector: {@link #simulation} and the
     * relative tolerance given, both {@link #WITHIN_CYCLE_FACTOR} looser for within-cycle mechanism states.
     *
     * @return {absolute, relative}
     */
    static double[][] cycling(int n, List<ActiveMechanism> mechanisms, double relativeTolerance) {
        double[] absolute = simulation(n, mechanisms);
        double[] relative = uniform(n, relativeTolerance);
        for (ActiveMechanism m : mechanisms) {
            for (int k = 0; k < m.size(); k++) {
                if (m.state().get(k).withinCycle()) {
                    absolute[m.offset() + k] *= WITHIN_CYCLE_FACTOR;
                    relative[m.offset() + k] *= WITHIN_CYCLE_FACTOR;
                }
            }
        }
        return new double[][] { absolute, relative };
    }

    /** The same tolerance for n states. */
    static double[] uniform(int n, double tolerance) {
        double[] t = new double[n];
        java.util.Arrays.fill(t, tolerance);
        return t;
    }

    /** Fills the mechanisms' part of an absolute-tolerance vector, from an offset on. */
    static void mechanisms(double[] absolute, List<ActiveMechanism> mechanisms, java.util.function.ToIntFunction<ActiveMechanism> offset) {
        for (ActiveMechanism m : mechanisms) {
            for (int k = 0; k < m.size(); k++) {
                absolute[offset.applyAsInt(m) + k] = of(m.state().get(k).unit());
            }
        }
    }
}
