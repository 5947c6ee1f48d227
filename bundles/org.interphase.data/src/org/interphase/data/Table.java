package org.interphase.data;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The header and the data rows of a delimited text table, each row with its line in the file; read
 * with Commons CSV. A row with fewer or more fields than the header is an error at its line.
 */
final class Table {

    record Row(int line, String[] fields) {
    }

    final List<String> header;
    final int headerLine;
    final List<Row> rows;
    final char delimiter;

    private Table(List<String> header, int headerLine, List<Row> rows, char delimiter) {
        this.header = header;
        this.headerLine = headerLine;
        this.rows = rows;
        this.delimiter = delimiter;
    }

    /**
     * Reads the table whose header is line {@code headerLine} (1-based) of {@code text}; the delimiter
     * is guessed from the header line (tab, semicolon, else comma).
     */
    static Table read(Path file, String text, int headerLine) throws DataFormatException {
        int[] lineStarts = lineStarts(text);
        if (headerLine > lineStarts.length) {
            throw new DataFormatException(file, lineStarts.length, "the file ends before its column header (line "
                    + headerLine + ")");
        }
        int start = lineStarts[headerLine - 1];
        int end = text.indexOf('\n', start);
        String first = text.substring(start, end < 0 ? text.length() : end);
        char delimiter = first.indexOf('\t') >= 0 ? '\t' : first.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text.substring(start)))) {
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, start + (int) record.getCharacterPosition());
                List<String> fields = new ArrayList<>(record.toList());
                if (header == null) {
                    // EC-Lab and some spreadsheets end every line with a delimiter: drop empty trailing names
                    while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
                        fields.remove(fields.size() - 1);
                    }
                    header = List.copyOf(fields);
                    continue;
                }
                while (fields.size() > header.size() && fields.get(fields.size() - 1).isEmpty()) {
                    fields.remove(fields.size() - 1);
                }
                if (fields.size() != header.size()) {
                    throw new DataFormatException(file, line, "the row has " + fields.size() + " field"
                            + (fields.size() == 1 ? "" : "s") + ", the header " + header.size()
                            + (fields.size() < header.size() ? " (a truncated line?)" : ""));
                }
                rows.add(new Row(line, fields.toArray(String[]::new)));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports an unclosed quote as an (Unchecked)IOException naming the position
            throw new DataFormatException(file, 0, "not a readable table: " + e.getMessage());
        }
        if (header == null || header.isEmpty()) {
            throw new DataFormatException(file, headerLine, "no column header");
        }
        return new Table(header, headerLine, rows, delimiter);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, int position) {
        int i = Arrays.binarySearch(lineStarts, position);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** Index of the first header name that matches one of the names, compared by {@link #key}; -1 if none. */
    int column(List<String> names) {
        for (String name : names) {
            for (int i = 0; i < header.size(); i++) {
                if (key(header.get(i)).equals(key(name))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A column name compared without case, blanks and underscores (Test_Time(s) = Test Time (s)). */
    static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_]", "");
    }
}
