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
    public static final String METRICS_HEADER = "cell,status,"
            + String.join(",", Metric.SWEEP.stream().map(Metric::field).toList());

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
                b.append(r.getCell()).append(',').append(r.getStatus().getLiteral());
                for (Metric k : Metric.SWEEP) {
                    Number v = k.of(m);
                    b.append(',').append(v == null ? "" : k.isInteger() ? v.toString() : ResultFiles.number(v.doubleValue()));
                }
                b.append('\n');
                w.write(b.toString());
            }
        }
    }

    private static String number(Double v) {
        return v == null ? "" : ResultFiles.number(v);
    }
}
