package org.interphase.results.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        return new Extra(numeric(cellFolder.resolve(MEASURED_CSV)), numeric(cellFolder.resolve(UNCERTAINTY_CSV)));
    }

    private static Table numeric(Path file) throws IOException, MalformedResultException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<String> header = Table.read(file, null, List.of()).columns();
        return Table.read(file, null, header);
    }

    /** Measured retention per cycle, as points in the colour of the simulated line. */
    public static Series measuredRetention(Table measured, String name, int colour) {
        return new Series(name, measured.numbers("cycle"), measured.numbers("capacity_retention_pct"), Plot.Style.POINTS, colour);
    }

    /**
     * Root-mean-square difference, simulated minus measured, over the cycles both have a value for;
     * NaN when they share none.
     */
    public static double rms(Series simulated, Series measured) {
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
        return n == 0 ? Double.NaN : Math.sqrt(sum / n);
    }

    /**
     * The 5th to 95th percentile band of a quantity ("retention" or "resistance") as two dashed lines
     * in the cell's colour, one legend entry. Cycles reached by fewer than half of the completed
     * samples (at least 3) are left out, as in the PNG: a band drawn from the few samples that got
     * that far would look narrower than the uncertainty is. Every completed sample has cycle 1, so
     * the largest count is the number completed.
     */
    public static List<Series> band(Table uncertainty, String quantity, String name, int colour) {
        String unit = quantity.equals("retention") ? "_pct" : "_ohm_cm2";
        double[] cycle = uncertainty.numbers("cycle");
        double[] p5 = uncertainty.numbers(quantity + "_p5" + unit);
        double[] p95 = uncertainty.numbers(quantity + "_p95" + unit);
        double[] n = uncertainty.numbers(quantity + "_n");
        double completed = 0;
        for (double k : n) {
            completed = Math.max(completed, k);
        }
        double enough = Math.max(3, Math.floor((completed + 1) / 2));
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < cycle.length; i++) {
            if (n[i] >= enough) {
                rows.add(new double[] { cycle[i], p5[i], p95[i] });
            }
        }
        double[] x = rows.stream().mapToDouble(r -> r[0]).toArray();
        String label = name + " p5\u2013p95 of " + (int) completed + " samples";
        return List.of(new Series(label, x, rows.stream().mapToDouble(r -> r[1]).toArray(), Plot.Style.DASHED, colour),
                new Series(label + " (p95)", x, rows.stream().mapToDouble(r -> r[2]).toArray(), Plot.Style.DASHED, colour, false));
    }
}
