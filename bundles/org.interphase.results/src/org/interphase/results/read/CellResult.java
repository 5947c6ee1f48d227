package org.interphase.results.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The files of one cell's run ({@code <study>/<cell>/}, docs/results.md).
 *
 * @param folder     the cell's folder
 * @param study      summary.json's study
 * @param cell       summary.json's cell
 * @param protocol   summary.json's protocol
 * @param status     completed, stopped, short_circuit or failed
 * @param stopReason why the run ended early, or null
 * @param metrics    every metric of summary.json (gases as {@code gas_umol_cm2.H2}), NaN for null, in file order
 * @param stack      the cell's layers, cathode first; empty when summary.json has no stack
 * @param notes      the text of each of summary.json's notes (docs/results.md#notes); empty when it has none
 * @param cycles     cycles.csv
 * @param trace      trace.csv
 * @param impedance  impedance.csv, or null when the run took no spectrum
 * @param lsv        lsv.csv, or null when the run had no linear sweep
 */
public record CellResult(Path folder, String study, String cell, String protocol, String status, String stopReason,
        Map<String, Double> metrics, List<StackLayer> stack, List<String> notes, Table cycles, Table trace,
        Table impedance, Table lsv) {

    /** A metric of summary.json, NaN when null or absent. */
    public double metric(String name) {
        Double v = metrics.get(name);
        return v == null ? Double.NaN : v;
    }
}
