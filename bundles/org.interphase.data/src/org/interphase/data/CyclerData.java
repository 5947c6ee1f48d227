package org.interphase.data;

import java.nio.file.Path;
import java.util.List;

/**
 * A cycler file read completely: its records and the capacities of its cycles.
 *
 * @param file               the file read
 * @param format             its format
 * @param samples            every data record, in file order
 * @param cycles             per-cycle capacities, efficiency and retention
 * @param integratedCurrent  true when the capacities were integrated from the current (the file had no
 *                           capacity columns), false when they come from the file's capacity columns
 */
public record CyclerData(Path file, CyclerFormat format, List<Sample> samples, List<CycleCapacity> cycles,
        boolean integratedCurrent) {

    public CyclerData {
        samples = List.copyOf(samples);
        cycles = List.copyOf(cycles);
    }
}
