package org.interphase.data;

/**
 * What one measured cycle gives.
 *
 * @param cycle                1, 2, ... in file order of the cycles that passed current
 * @param charge               charge capacity, Ah
 * @param discharge            discharge capacity, Ah
 * @param coulombicEfficiency  discharge over charge, %; NaN when the cycle did not charge
 * @param retention            discharge over the first cycle's discharge, %; NaN before the first discharge
 */
public record CycleCapacity(int cycle, double charge, double discharge, double coulombicEfficiency, double retention) {
}
