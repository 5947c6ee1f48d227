package org.interphase.data;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a cycler file (Battery Data Format CSV, BioLogic .mpt, Arbin or Neware CSV; the format is
 * recognised from the file's header) and derives per-cycle capacities. All or nothing: either every
 * record is read, or a {@link DataFormatException} names the file and line of the first problem.
 */
public final class CyclerDataReader {

    private static final Pattern HEADER_LINES = Pattern.compile("Nb header lines\\s*:\\s*(\\d+)", Pattern.CASE_INSENSITIVE);

    private CyclerDataReader() {
    }

    /** Reads a cycler file; the format is recognised from its header. */
    public static CyclerData read(Path file) throws DataFormatException, IOException {
        String text = decode(file, Files.readAllBytes(file));
        int headerLine = 1;
        CyclerFormat format;
        Matcher m = HEADER_LINES.matcher(text.substring(0, Math.min(text.length(), 2000)));
        if (text.startsWith("EC-Lab ASCII FILE") || m.find()) {
            if (!m.find(0)) {
                throw new DataFormatException(file, 2, "a BioLogic export without its 'Nb header lines : N' line");
            }
            headerLine = Integer.parseInt(m.group(1));
            format = CyclerFormat.BIOLOGIC;
        } else {
            format = null;
        }
        Table table = Table.read(file, text, headerLine);
        if (format == null) {
            format = recognise(file, table);
        }
        return read(file, format, table);
    }

    private static String decode(Path file, byte[] bytes) throws DataFormatException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // EC-Lab and older cycler software write Windows-1252 (°C, µ)
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new DataFormatException(file, 0, "the file is empty");
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static CyclerFormat recognise(Path file, Table table) throws DataFormatException {
        for (CyclerFormat f : List.of(CyclerFormat.BDF, CyclerFormat.ARBIN, CyclerFormat.NEWARE)) {
            if (table.column(Columns.of(f).time().names()) >= 0) {
                return f;
            }
        }
        throw new DataFormatException(file, table.headerLine, "not a cycler export this version reads: no time column "
                + "(Battery Data Format 'Test Time / s', Arbin 'Test_Time(s)', Neware 'Total Time', or a BioLogic .mpt)");
    }

    private static CyclerData read(Path file, CyclerFormat format, Table table) throws DataFormatException {
        Columns.Spec spec = Columns.of(format);
        int time = required(file, format, table, spec.time());
        int voltage = required(file, format, table, spec.voltage());
        int current = required(file, format, table, spec.current());
        int cycle = table.column(spec.cycle().names());
        int charge = table.column(spec.charge().names());
        int discharge = table.column(spec.discharge().names());
        int stepType = table.column(spec.stepType().names());
        boolean capacities = charge >= 0 && discharge >= 0;
        if (table.rows.isEmpty()) {
            throw new DataFormatException(file, table.headerLine, "no data rows after the column header");
        }
        // numbers with a decimal comma: only where the comma does not separate the fields
        boolean decimalComma = table.delimiter != ',';
        int n = table.rows.size();
        double[] t = new double[n];
        double[] v = new double[n];
        double[] i = new double[n];
        int[] fileCycle = cycle >= 0 ? new int[n] : null;
        double[] qc = capacities ? new double[n] : null;
        double[] qd = capacities ? new double[n] : null;
        for (int k = 0; k < n; k++) {
            Table.Row row = table.rows.get(k);
            Reader r = new Reader(file, table, row, decimalComma);
            t[k] = format == CyclerFormat.NEWARE ? r.duration(time) : r.number(time) * factor(table, spec.time(), time);
            v[k] = r.number(voltage);
            i[k] = r.number(current) * factor(table, spec.current(), current);
            if (stepType >= 0) {
                String type = row.fields()[stepType].toLowerCase(Locale.ROOT);
                // Neware writes the current unsigned in some versions: the step type gives the sign
                i[k] = type.contains("dchg") ? -Math.abs(i[k]) : type.contains("chg") ? Math.abs(i[k]) : i[k];
            }
            if (fileCycle != null) {
                double c = r.number(cycle);
                if (c != Math.rint(c) || c < 0) {
                    throw r.error(cycle, "is not a cycle number (a whole number, 0 or more)");
                }
                fileCycle[k] = (int) c;
            }
            if (capacities) {
                qc[k] = r.number(charge) * factor(table, spec.charge(), charge);
                qd[k] = r.number(discharge) * factor(table, spec.discharge(), discharge);
            }
            if (k > 0 && t[k] < t[k - 1]) {
                throw r.error(time, "goes back in time (the row before is at " + fmt(t[k - 1]) + " s)");
            }
        }
        int[] lines = table.rows.stream().mapToInt(Table.Row::line).toArray();
        Cycles.Result derived = Cycles.derive(t, i, fileCycle, qc, qd);
        List<Sample> samples = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            samples.add(new Sample(lines[k], t[k], v[k], i[k], derived.cycleOfRow()[k]));
        }
        return new CyclerData(file, format, samples, derived.cycles(), !capacities);
    }

    private static int required(Path file, CyclerFormat format, Table table, Columns.Choice choice)
            throws DataFormatException {
        int c = table.column(choice.names());
        if (c < 0) {
            throw new DataFormatException(file, table.headerLine, "missing column '" + choice.names().get(0) + "' ("
                    + format.label() + (choice.names().size() > 1 ? "; also read: " + String.join(", ",
                            choice.names().subList(1, choice.names().size())) : "") + ")");
        }
        return c;
    }

    private static double factor(Table table, Columns.Choice choice, int column) {
        String key = Table.key(table.header.get(column));
        for (int k = 0; k < choice.names().size(); k++) {
            if (Table.key(choice.names().get(k)).equals(key)) {
                return choice.factors().get(k);
            }
        }
        return 1;
    }

    static String fmt(double x) {
        return String.format(Locale.ROOT, "%.6g", x);
    }

    /** Reads the fields of one row, with errors located at its line and named by column. */
    private record Reader(Path file, Table table, Table.Row row, boolean decimalComma) {

        double number(int column) throws DataFormatException {
            String s = row.fields()[column];
            if (s.isEmpty()) {
                throw error(column, "is empty");
            }
            String plain = decimalComma ? s.replace(',', '.') : s;
            try {
                double x = Double.parseDouble(plain);
                if (!Double.isFinite(x) || !plain.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?")) {
                    throw new NumberFormatException();
                }
                return x;
            } catch (NumberFormatException e) {
                throw error(column, "'" + s + "' is not a number");
            }
        }

        /** A duration written as seconds, or as [d-]h:mm:ss[.fff] (Neware). */
        double duration(int column) throws DataFormatException {
            String s = row.fields()[column];
            if (!s.contains(":")) {
                return number(column);
            }
            Matcher m = Pattern.compile("(?:(\\d+)-)?(\\d+):(\\d{1,2}):(\\d{1,2}(?:[.,]\\d+)?)").matcher(s);
            if (!m.matches()) {
                throw error(column, "'" + s + "' is not a duration (h:mm:ss or seconds)");
            }
            double days = m.group(1) == null ? 0 : Double.parseDouble(m.group(1));
            return days * 86400 + Double.parseDouble(m.group(2)) * 3600 + Double.parseDouble(m.group(3)) * 60
                    + Double.parseDouble(m.group(4).replace(',', '.'));
        }

        DataFormatException error(int column, String problem) {
            return new DataFormatException(file, row.line(), "column '" + table.header.get(column) + "': " + problem);
        }
    }
}
