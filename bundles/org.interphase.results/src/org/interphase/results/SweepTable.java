package org.interphase.results;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.model.results.Metrics;
import org.interphase.model.results.RunResult;

/** sweep.csv: the varied values of each point, then the cell and its metrics (docs/results.md). */
public final class SweepTable {

    /** The metric columns after the varied values. */
    public static final String METRICS_HEADER = "cell,status,cycles_completed,capacity_retention_pct,cycles_to_80pct,"
            + "mean_coulombic_efficiency_pct,final_resistance_ohm_cm2,onset_potential_V,time_to_short_h,"
            + "ionic_conductivity_S_cm";

    /**
     * One row.
     *
     * @param values the varied values, SI-free: as written, in the column's unit
     * @param result the run
     */
    public record Row(List<Double> values, RunResult result) {
    }

    private SweepTable() {
    }

    /**
     * @param columns one name per variation, e.g. LagpLco.cathode.coating.thickness_nm
     */
    public static void write(Path folder, List<String> columns, List<Row> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(folder.resolve("sweep.csv"), StandardCharsets.UTF_8)) {
            w.write(String.join(",", columns) + (columns.isEmpty() ? "" : ",") + METRICS_HEADER + "\n");
            for (Row row : rows) {
                StringBuilder b = new StringBuilder();
                for (double v : row.values()) {
                    b.append(number(v)).append(',');
                }
                RunResult r = row.result();
                Metrics m = r.getMetrics();
                b.append(r.getCell()).append(',').append(r.getStatus().getLiteral()).append(',')
                        .append(m.getCyclesCompleted() == null ? "" : m.getCyclesCompleted()).append(',')
                        .append(number(m.getCapacityRetention())).append(',')
                        .append(m.getCyclesTo80pct() == null ? "" : m.getCyclesTo80pct()).append(',')
                        .append(number(m.getMeanCoulombicEfficiency())).append(',')
                        .append(number(m.getFinalResistance())).append(',')
                        .append(number(m.getOnsetPotential())).append(',')
                        .append(number(m.getTimeToShort())).append(',')
                        .append(number(m.getIonicConductivity())).append('\n');
                w.write(b.toString());
            }
        }
    }

    private static String number(Double v) {
        return v == null ? "" : ResultFiles.number(v);
    }
}
