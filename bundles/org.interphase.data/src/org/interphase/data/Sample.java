package org.interphase.data;

/**
 * One record of a cycler file, in SI units.
 *
 * @param line    1-based line of the file the record was read from
 * @param time    test time, s
 * @param voltage cell voltage, V
 * @param current current, A, positive on charge
 * @param cycle   the cycle the importer assigned the record to (1, 2, ...; 0 before the first cycle that passed current)
 */
public record Sample(int line, double time, double voltage, double current, int cycle) {
}
