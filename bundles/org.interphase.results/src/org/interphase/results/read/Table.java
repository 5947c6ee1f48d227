package org.interphase.results.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file of the results (docs/results.md): a header line of column names, then rows of as many
 * fields, numbers written with {@code Locale.ROOT}; an empty field means "not applicable" and reads
 * as {@code NaN}. No quoting: the result files never need it.
 */
public final class Table {

    private final Path file;
    private final List<String> columns;
    private final List<String[]> rows;

    private Table(Path file, List<String> columns, List<String[]> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * Reads a CSV file.
     *
     * @param expected the header the file must start with (its leading columns, in order), or
     *                 null to accept any header
     * @param numeric  columns whose fields must be numbers (or empty)
     */
    public static Table read(Path file, List<String> expected, List<String> numeric)
            throws IOException, MalformedResultException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new MalformedResultException(file, 1, "no header line");
        }
        List<String> columns = List.of(lines.get(0).split(",", -1));
        if (expected != null) {
            if (columns.size() < expected.size() || !columns.subList(0, expected.size()).equals(expected)) {
                throw new MalformedResultException(file, 1,
                        "the header is '" + lines.get(0) + "', expected '" + String.join(",", expected) + "'");
            }
        }
        List<Integer> numericIndex = new ArrayList<>();
        for (String n : numeric) {
            int i = columns.indexOf(n);
            if (i < 0) {
                throw new MalformedResultException(file, 1, "no column '" + n + "' in the header");
            }
            numericIndex.add(i);
        }
        List<String[]> rows = new ArrayList<>();
        for (int l = 1; l < lines.size(); l++) {
            String line = lines.get(l);
            if (line.isEmpty() && l == lines.size() - 1) {
                break;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != columns.size()) {
                throw new MalformedResultException(file, l + 1,
                        fields.length + " fields, the header has " + columns.size());
            }
            for (int i : numericIndex) {
                String f = fields[i];
                if (!f.isEmpty()) {
                    try {
                        double v = Double.parseDouble(f);
                        if (!Double.isFinite(v)) {
                            throw new NumberFormatException();
                        }
                    } catch (NumberFormatException e) {
                        throw new MalformedResultException(file, l + 1,
                                "'" + f + "' in column '" + columns.get(i) + "' is not a number");
                    }
                }
            }
            rows.add(fields);
        }
        return new Table(file, columns, Collections.unmodifiableList(rows));
    }

    public Path file() {
        return file;
    }

    public List<String> columns() {
        return columns;
    }

    public int size() {
        return rows.size();
    }

    public boolean has(String column) {
        return columns.contains(column);
    }

    private int index(String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column '" + column + "' in " + file);
        }
        return i;
    }

    /** A column's numbers; NaN where the field is empty. */
    public double[] numbers(String column) {
        int i = index(column);
        double[] v = new double[rows.size()];
        for (int r = 0; r < v.length; r++) {
            String f = rows.get(r)[i];
            v[r] = f.isEmpty() ? Double.NaN : Double.parseDouble(f);
        }
        return v;
    }

    /** A column's fields as written. */
    public String[] texts(String column) {
        int i = index(column);
        String[] v = new String[rows.size()];
        for (int r = 0; r < v.length; r++) {
            v[r] = rows.get(r)[i];
        }
        return v;
    }

    /** One field as written. */
    public String text(int row, String column) {
        return rows.get(row)[index(column)];
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%d rows)", file, rows.size());
    }
}
