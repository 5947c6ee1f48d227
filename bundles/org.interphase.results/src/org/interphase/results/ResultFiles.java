package org.interphase.results;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.interphase.model.Cell;
import org.interphase.model.results.CycleRecord;
import org.interphase.model.results.GasAmounts;
import org.interphase.model.results.ImpedancePoint;
import org.interphase.model.results.LibraryFile;
import org.interphase.model.results.MechanismVersion;
import org.interphase.model.results.Metrics;
import org.interphase.model.results.ParameterValue;
import org.interphase.model.results.Provenance;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.TracePoint;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The files of one run (docs/results.md): summary.json, cycles.csv, trace.csv and, when spectra
 * were taken, impedance.csv. Written into a folder of its own.
 * <p>
 * The same run gives the same bytes on every machine: fields and rows in a fixed order (mechanisms
 * and parameters sorted by name), numbers with six significant digits, {@code \n} line ends, UTF-8,
 * and nothing that depends on the time, the machine or the folder the run was started from.
 */
public final class ResultFiles {

    /** The columns of cycles.csv, in order. */
    public static final String CYCLES_HEADER = "cycle,charge_capacity_mAh_cm2,discharge_capacity_mAh_cm2,"
            + "capacity_retention_pct,coulombic_efficiency_pct,resistance_ohm_cm2,side_charge_mAh_cm2,"
            + "cei_thickness_nm,sei_thickness_nm,contact_area_pct";

    public static final String TRACE_HEADER = "time_s,voltage_V,current_mA_cm2,temperature_K,cycle,step";

    public static final String IMPEDANCE_HEADER = "cycle,frequency_Hz,z_real_ohm_cm2,z_imag_ohm_cm2";

    public static final String LSV_HEADER = "potential_V,current_uA_cm2";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Indented JSON with "\n" line ends whatever the platform's separator (Jackson's default is the platform's). */
    private static final ObjectWriter JSON_WRITER = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ResultFiles() {
    }

    /** The names of the files {@link #write} writes for a run, in the order of docs/results.md. */
    public static List<String> files(RunResult result) {
        List<String> names = new ArrayList<>(List.of("summary.json", "cycles.csv", "trace.csv"));
        if (!result.getImpedance().isEmpty()) {
            names.add("impedance.csv");
        }
        if (!result.getSweep().isEmpty()) {
            names.add("lsv.csv");
        }
        return names;
    }

    /** Writes the run's files into a folder (which must exist), without the cell's stack ({@code "stack": null}). */
    public static void write(RunResult result, Path folder) throws IOException {
        write(result, null, folder);
    }

    /**
     * Writes the run's files into a folder (which must exist).
     *
     * @param cell the cell that ran, for the {@code stack} of summary.json; null when not known
     */
    public static void write(RunResult result, Cell cell, Path folder) throws IOException {
        writeJson(summary(result, cell), folder.resolve("summary.json"));
        try (Writer w = Files.newBufferedWriter(folder.resolve("cycles.csv"), StandardCharsets.UTF_8)) {
            w.write(CYCLES_HEADER + "\n");
            for (CycleRecord c : result.getCycles()) {
                w.write(row(c.getCycle(), c.getChargeCapacity(), c.getDischargeCapacity(), c.getCapacityRetention(),
                        c.getCoulombicEfficiency(), c.getResistance(), c.getSideCharge(), c.getCeiThickness(),
                        c.getSeiThickness(), c.getContactArea()));
            }
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve("trace.csv"), StandardCharsets.UTF_8)) {
            w.write(TRACE_HEADER + "\n");
            for (TracePoint t : result.getTrace()) {
                w.write(number(t.getTime()) + "," + number(t.getVoltage()) + "," + number(t.getCurrent()) + ","
                        + number(t.getTemperature()) + "," + t.getCycle() + "," + t.getStep() + "\n");
            }
        }
        writeSweep(result, folder);
        if (!result.getImpedance().isEmpty()) {
            try (Writer w = Files.newBufferedWriter(folder.resolve("impedance.csv"), StandardCharsets.UTF_8)) {
                w.write(IMPEDANCE_HEADER + "\n");
                for (ImpedancePoint p : result.getImpedance()) {
                    w.write(p.getCycle() + "," + number(p.getFrequency()) + "," + number(p.getReal()) + ","
                            + number(p.getImaginary()) + "\n");
                }
            }
        }
    }

    /**
     * timing.json: how long the run took ({@code solver_wall_time_s}, the engine alone, without
     * writing files and plots). Kept out of summary.json so that the data files of two runs of the
     * same input are byte-identical; this file is not.
     */
    public static void writeTiming(double seconds, Path folder) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("solver_wall_time_s", Math.round(seconds * 1000) / 1000.0);
        writeJson(n, folder.resolve(TIMING));
    }

    /** The name of the timing file beside the data files (not part of {@link #files}). */
    public static final String TIMING = "timing.json";

    /** Writes a JSON tree as the result files do: indented, "\n" line ends, UTF-8, a final line end. */
    public static void writeJson(ObjectNode node, Path file) throws IOException {
        Files.writeString(file, JSON_WRITER.writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
    }

    private static void writeSweep(RunResult result, Path folder) throws IOException {
        if (result.getSweep().isEmpty()) {
            return;
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve("lsv.csv"), StandardCharsets.UTF_8)) {
            w.write(LSV_HEADER + "\n");
            for (var p : result.getSweep()) {
                w.write(number(p.getPotential()) + "," + number(p.getCurrent()) + "\n");
            }
        }
    }

    /** summary.json without the cell's stack ({@code "stack": null}). */
    public static ObjectNode summary(RunResult r) {
        return summary(r, null);
    }

    /**
     * summary.json: exactly study, cell, protocol, mechanisms, status, stop_reason, metrics, notes,
     * provenance, stack.
     *
     * @param cell the cell that ran, for {@link StackSection the stack}; null writes {@code "stack": null}
     */
    public static ObjectNode summary(RunResult r, Cell cell) {
        ObjectNode root = JSON.createObjectNode();
        root.put("study", r.getStudy());
        root.put("cell", r.getCell());
        root.put("protocol", r.getProtocol());
        ArrayNode mechanisms = root.putArray("mechanisms");
        r.getMechanisms().stream().sorted().forEach(mechanisms::add);
        root.put("status", r.getStatus().getLiteral());
        root.put("stop_reason", r.getStopReason());
        root.set("metrics", metrics(r.getMetrics()));
        // what a reader should know about the numbers (docs/results.md#notes); empty when nothing
        ArrayNode notes = root.putArray("notes");
        RetentionNote.of(r).ifPresent(n -> notes.addObject().put("code", RetentionNote.CODE).put("cycle", n.cycle())
                .put("text", n.text()));
        root.set("provenance", provenance(r.getProvenance()));
        // the layers of the cell, as declared (docs/results.md#stack)
        root.set("stack", cell == null ? JSON.nullNode() : StackSection.of(cell));
        return root;
    }

    private static ObjectNode metrics(Metrics m) {
        ObjectNode n = JSON.createObjectNode();
        for (Metric k : Metric.values()) {
            put(n, k.field(), k.of(m));
        }
        GasAmounts g = m == null ? null : m.getGas();
        if (g == null) {
            n.putNull(Metric.GAS);
        } else {
            ObjectNode gas = n.putObject(Metric.GAS);
            for (String species : Metric.GASES) {
                put(gas, species, Metric.gas(g, species));
            }
        }
        return n;
    }

    private static ObjectNode provenance(Provenance p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("product_version", p == null ? null : p.getProductVersion());
        n.put("input_sha256", p == null ? null : p.getInputSha256());
        n.put("model_sha256", p == null ? null : p.getModelSha256());
        ArrayNode libraries = n.putArray("library_files");
        ArrayNode mechanisms = n.putArray("mechanisms");
        ObjectNode parameters = n.putObject("parameters");
        if (p != null) {
            for (LibraryFile f : p.getLibraryFiles().stream().sorted(java.util.Comparator
                    .comparing(LibraryFile::getPath).thenComparing(LibraryFile::getSha256)).toList()) {
                libraries.addObject().put("path", f.getPath()).put("sha256", f.getSha256());
            }
            for (MechanismVersion v : p.getMechanisms().stream()
                    .sorted(java.util.Comparator.comparing(MechanismVersion::getId)).toList()) {
                mechanisms.addObject().put("id", v.getId()).put("version", v.getVersion());
            }
            for (ParameterValue v : p.getParameters().stream()
                    .sorted(java.util.Comparator.comparing(ParameterValue::getPath)).toList()) {
                ObjectNode value = parameters.putObject(v.getPath());
                put(value, "value", v.getValue());
                value.put("unit", v.getUnit());
            }
        }
        return n;
    }

    /** A number, or null when it is missing or not finite (JSON has no NaN). */
    private static void put(ObjectNode n, String field, Number value) {
        if (value == null || (value instanceof Double d && !Double.isFinite(d))) {
            n.putNull(field);
        } else if (value instanceof Integer i) {
            n.put(field, i);
        } else {
            n.put(field, rounded(value.doubleValue()));
        }
    }

    /**
     * A finite number rounded to six significant digits, as the CSVs write it, so that summary.json
     * does not carry the last bits of the floating-point arithmetic (which differ between JVMs and
     * processors more easily than six digits do); -0 becomes 0.
     */
    public static double rounded(double v) {
        double r = Double.parseDouble(String.format(Locale.ROOT, "%.6g", v));
        return r == 0 ? 0.0 : r;
    }

    private static String row(int cycle, double... values) {
        StringBuilder b = new StringBuilder().append(cycle);
        for (double v : values) {
            b.append(',').append(number(v));
        }
        return b.append('\n').toString();
    }

    /** Six significant digits, Locale.ROOT, -0 written as 0; empty when not finite. */
    public static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v == 0 ? 0.0 : v) : "";
    }
}
