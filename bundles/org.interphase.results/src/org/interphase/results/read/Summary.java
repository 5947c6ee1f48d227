package org.interphase.results.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The values of a summary.json ({@code <study>/<cell>/summary.json}, docs/results.md).
 *
 * @param file       the file
 * @param study      the study (its simple name)
 * @param cell       the cell
 * @param protocol   the protocol, or null
 * @param status     completed, stopped, short_circuit or failed
 * @param stopReason why the run ended early, or null
 * @param metrics    every metric (gases as {@code gas_umol_cm2.H2}), NaN for null, in file order
 * @param stack      the cell's layers, cathode first; empty when the file has no stack
 * @param notes      the text of each of its notes (what a reader should know about the numbers, such as a
 *                   retention above 100 %: docs/results.md#notes), in file order; empty when it has none
 */
public record Summary(Path file, String study, String cell, String protocol, String status, String stopReason,
        Map<String, Double> metrics, List<StackLayer> stack, List<String> notes) {
}
