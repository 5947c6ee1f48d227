package org.interphase.results.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.interphase.results.read.MalformedResultException;
import org.interphase.results.read.Table;

/**
 * What is drawn over a cell's simulated lines: the measured cycles that {@code compare with data}
 * wrote beside them (measured.csv) with the RMS difference in retention, and the uncertainty band
 * (uncertainty.csv, written when the study asks for {@code uncertainty N samples}).
 */
public final class Overlays {

    /** The measured cycles beside a compared cell's results. */
    public static final String MEASURED_CSV = "measured.csv";
    /** The per-cycle percentiles beside a cell's results with uncertainty. */
    public static final String UNCERTAINTY_CSV = "uncertainty.csv";

    /** The columns of uncertainty.csv, in order (the uncertainty run writes them, the editors read them). */
    public static final List<String> UNCERTAINTY_COLUMNS = List.of("cycle", "retention_p5_pct", "retention_p50_pct",
            "retention_p95_pct", "retention_n", "resistance_p5_ohm_cm2", "resistance_p50_ohm_cm2", "resistance_p95_ohm_cm2",
            "resistance_n");
    /** The columns of measured.csv, in order ({@code compare with data} writes them). */
    public static final List<String> MEASURED_COLUMNS = List.of("cycle", "charge_capacity_mAh_cm2",
            "discharge_capacity_mAh_cm2", "coulombic_efficiency_pct", "capacity_retention_pct");

    private Overlays() {
    }

    /**
     * A cell's measured cycles and uncertainty, each null when the folder has none.
     *
     * @param measured    measured.csv: cycle, capacity_retention_pct, ...
     * @param uncertainty uncertainty.csv: cycle, retention_p5_pct, ..., resistance_n
     */
    public record Extra(Table measured, Table uncertainty) {
    }

    /** Reads measured.csv and uncertainty.csv of a cell folder, when there. */
    public static Extra read(Path cellFolder) throws IOException, MalformedResultException {
        return new Extra(numeric(cellFolder.resolve(MEASURED_CSV), MEASURED_COLUMNS),
                numeric(cellFolder.resolve(UNCERTAINTY_CSV), UNCERTAINTY_COLUMNS));
    }

    /** A file of these columns, all numbers, or null when there is none; else a located error. */
    private static Table numeric(Path file, List<String> columns) throws IOException, MalformedResultException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return Table.read(file, columns, columns);
    }

    /** Measured retention per cycle, as points in the colour of the simulated line. */
    public static Series measuredRetention(Table measured, String name, int colour) {
        return new Series(name, measured.numbers("cycle"), measured.numbers("capacity_retention_pct"), Plot.Style.POINTS, colour);
    }

    /**
     * A root-mean-square difference, simulated minus measured, over the x values both have.
     *
     * @param points the x values both have
     * @param rms    the RMS difference, NaN when they share none
     */
    public record Difference(int points, double rms) {
    }

    /**
     * The root-mean-square difference, simulated minus measured, over the x values (cycles) both
     * have: the one definition, for the RMS that {@code compare with data} prints and draws in
     * retention.png and that the comparison editor names in its legend.
     */
    public static Difference difference(Series simulated, Series measured) {
        Map<Double, Double> sim = new HashMap<>();
        for (int i = 0; i < simulated.size(); i++) {
            sim.put(simulated.x()[i], simulated.y()[i]);
        }
        double sum = 0;
        int n = 0;
        for (int i = 0; i < measured.size(); i++) {
            Double s = sim.get(measured.x()[i]);
            if (s != null) {
                sum += (s - measured.y()[i]) * (s - measured.y()[i]);
                n++;
            }
        }
        return new Difference(n, n == 0 ? Double.NaN : Math.sqrt(sum / n));
    }

    /** The RMS of {@link #difference}, NaN when the series share no x value. */
    public static double rms(Series simulated, Series measured) {
        return difference(simulated, measured).rms();
    }

    /**
     * The 5th to 95th percentile band of a quantity ("retention" or "resistance") per cycle, from
     * uncertainty.csv, in the cell's colour: {@link Band#percentiles} (the cycles enough samples
     * reached). Every completed sample has cycle 1, so the largest count is the number completed.
     */
    public static Band band(Table uncertainty, String quantity, String name, int colour) {
        String unit = quantity.equals("retention") ? "_pct" : "_ohm_cm2";
        double[] n = uncertainty.numbers(quantity + "_n");
        double completed = 0;
        for (double k : n) {
            completed = Math.max(completed, k);
        }
        return Band.percentiles(name + " p5\u2013p95 of " + (int) completed + " samples", uncertainty.numbers("cycle"),
                uncertainty.numbers(quantity + "_p5" + unit), uncertainty.numbers(quantity + "_p50" + unit),
                uncertainty.numbers(quantity + "_p95" + unit), n, (int) completed, colour);
    }
}
