package org.interphase.results.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.interphase.model.results.RunResult;

import org.interphase.results.ResultFiles;
import org.interphase.results.SweepTable;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads result files back (docs/results.md): a study folder, a cell folder or its summary.json,
 * or a sweep's sweep.csv. Headless: the workbench's result editors draw what this reads.
 * <p>
 * A file that is not what the writers write is a {@link MalformedResultException} naming the file
 * and line, never a silently wrong number.
 */
public final class ResultReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> CYCLES = List.of(ResultFiles.CYCLES_HEADER.split(","));
    private static final List<String> TRACE = List.of(ResultFiles.TRACE_HEADER.split(","));
    private static final List<String> IMPEDANCE = List.of(ResultFiles.IMPEDANCE_HEADER.split(","));
    private static final List<String> LSV = List.of(ResultFiles.LSV_HEADER.split(","));
    private static final List<String> SWEEP = List.of(SweepTable.METRICS_HEADER.split(","));

    private ResultReader() {
    }

    /** What a path holds: a study (a study folder, a cell folder or a summary.json) or a sweep. */
    public sealed interface Opened permits OpenedStudy, OpenedSweep {
    }

    /**
     * @param study    the study
     * @param selected the cell the path named (a cell folder or its summary.json), else null
     */
    public record OpenedStudy(StudyResult study, String selected) implements Opened {
    }

    public record OpenedSweep(SweepResult sweep) implements Opened {
    }

    /**
     * Opens what a result editor is given: a study folder ({@code OUT/<study>/}), a cell folder or
     * its {@code summary.json} (then the whole study of the cell, with that cell selected; a cell
     * folder outside a study folder is a study of one), a sweep folder or its {@code sweep.csv}.
     */
    public static Opened open(Path path) throws IOException, MalformedResultException {
        Path p = path;
        if (Files.isRegularFile(p)) {
            String name = p.getFileName().toString();
            if (name.equals("sweep.csv")) {
                return new OpenedSweep(readSweep(p));
            }
            if (!name.equals("summary.json")) {
                throw new MalformedResultException(p, 0, "not a result file: expected summary.json or sweep.csv");
            }
            p = p.getParent();
        }
        if (!Files.isDirectory(p)) {
            throw new MalformedResultException(p, 0, "no such folder");
        }
        if (Files.isRegularFile(p.resolve("sweep.csv"))) {
            return new OpenedSweep(readSweep(p.resolve("sweep.csv")));
        }
        if (Files.isRegularFile(p.resolve("summary.json"))) {
            CellResult cell = readCell(p);
            Path parent = p.getParent();
            if (parent != null && cellFolders(parent).size() > 0 && cellFolders(parent).contains(p)) {
                return new OpenedStudy(readStudy(parent), cell.cell());
            }
            return new OpenedStudy(new StudyResult(p, cell.study(), List.of(cell), null), cell.cell());
        }
        return new OpenedStudy(readStudy(p), null);
    }

    /** The sub-folders of a folder that hold a summary.json, sorted by name. */
    private static List<Path> cellFolders(Path study) throws IOException {
        try (Stream<Path> s = Files.list(study)) {
            return s.filter(c -> !c.getFileName().toString().startsWith("."))
                    .filter(c -> Files.isRegularFile(c.resolve("summary.json"))).sorted().toList();
        }
    }

    /** A study folder: every {@code <cell>/summary.json} in it (hidden staging folders left out). */
    public static StudyResult readStudy(Path folder) throws IOException, MalformedResultException {
        if (!Files.isDirectory(folder)) {
            throw new MalformedResultException(folder, 0, "no such folder");
        }
        List<CellResult> cells = new ArrayList<>();
        for (Path c : cellFolders(folder)) {
            cells.add(readCell(c));
        }
        if (cells.isEmpty()) {
            throw new MalformedResultException(folder, 0, "not a study's results: no <cell>/summary.json in it");
        }
        Path report = folder.resolve("report.html");
        // the study's name as its cells record it (the folder is named by the qualified name, docs/results.md)
        return new StudyResult(folder, cells.get(0).study(), List.copyOf(cells),
                Files.isRegularFile(report) ? report : null);
    }

    /** A cell folder: summary.json, cycles.csv, trace.csv and, when present, impedance.csv and lsv.csv. */
    public static CellResult readCell(Path folder) throws IOException, MalformedResultException {
        Summary s = readSummary(folder.resolve("summary.json"));
        Table[] tables = tables(folder);
        return new CellResult(folder, s.study(), s.cell(), s.protocol(), s.status(), s.stopReason(), s.metrics(),
                s.stack(), s.notes(), tables[0], tables[1], tables[2], tables[3]);
    }

    /**
     * A cell folder as the engine's result model, the inverse of {@code ResultFiles.write} (the
     * values as the files hold them): what the result cache serves and the study report, the run's
     * table and {@code interphase fit} are drawn from.
     */
    public static RunResult readRun(Path folder) throws IOException, MalformedResultException {
        Path summary = folder.resolve("summary.json");
        JsonNode root = json(summary);
        Table[] tables = tables(folder);
        return RunFiles.run(summary, root, tables[0], tables[1], tables[2], tables[3]);
    }

    /** cycles.csv, trace.csv, impedance.csv (or null) and lsv.csv (or null) of a cell folder. */
    private static Table[] tables(Path folder) throws IOException, MalformedResultException {
        Path imp = folder.resolve("impedance.csv");
        Path lsv = folder.resolve("lsv.csv");
        return new Table[] { Table.read(folder.resolve("cycles.csv"), CYCLES, CYCLES),
                Table.read(folder.resolve("trace.csv"), TRACE, TRACE.subList(0, 5)),
                Files.isRegularFile(imp) ? Table.read(imp, IMPEDANCE, IMPEDANCE) : null,
                Files.isRegularFile(lsv) ? Table.read(lsv, LSV, LSV) : null };
    }

    /**
     * A summary.json alone (as {@code interphase diff} compares them): study, cell, status, stop
     * reason, every metric and the stack.
     */
    public static Summary readSummary(Path summary) throws IOException, MalformedResultException {
        JsonNode root = json(summary);
        for (String field : List.of("study", "cell", "status", "metrics")) {
            if (!root.hasNonNull(field)) {
                throw new MalformedResultException(summary, 0, "no '" + field + "' field");
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        flatten("", root.get("metrics"), metrics, summary);
        return new Summary(summary, root.get("study").asText(), root.get("cell").asText(), text(root.get("protocol")),
                root.get("status").asText(), text(root.get("stop_reason")), java.util.Collections.unmodifiableMap(metrics),
                stack(root.get("stack"), summary), notes(root.get("notes"), summary));
    }

    /** The text of each note of summary.json's {@code notes} (absent in results written before them: none). */
    private static List<String> notes(JsonNode notes, Path file) throws MalformedResultException {
        return entries(notes, "notes", "note", "text", file).stream().map(n -> n.get("text").asText()).toList();
    }

    /**
     * The entries of an array of summary.json (none when it is absent or null, as in files written before it),
     * each of which must have a field.
     */
    private static List<JsonNode> entries(JsonNode array, String name, String entry, String required, Path file)
            throws MalformedResultException {
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new MalformedResultException(file, 0, "'" + name + "' is not an array");
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : array) {
            if (!e.hasNonNull(required)) {
                throw new MalformedResultException(file, 0, "a " + entry + " of '" + name + "' has no " + required + ": " + e);
            }
            out.add(e);
        }
        return out;
    }

    /** A summary.json parsed, its errors located. */
    private static JsonNode json(Path summary) throws IOException, MalformedResultException {
        if (!Files.isRegularFile(summary)) {
            throw new MalformedResultException(summary, 0, "no such file");
        }
        JsonNode root;
        try {
            root = JSON.readTree(summary.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new MalformedResultException(summary, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new MalformedResultException(summary, 1, "not a JSON object");
        }
        return root;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Double> into, Path file)
            throws MalformedResultException {
        if (!node.isObject()) {
            throw new MalformedResultException(file, 0, "'metrics' is not an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                flatten(prefix + e.getKey() + ".", v, into, file);
            } else if (v.isNull()) {
                into.put(prefix + e.getKey(), Double.NaN);
            } else if (v.isNumber()) {
                into.put(prefix + e.getKey(), v.asDouble());
            } else {
                throw new MalformedResultException(file, 0, "metric '" + prefix + e.getKey() + "' is not a number: " + v);
            }
        }
    }

    private static List<StackLayer> stack(JsonNode stack, Path file) throws MalformedResultException {
        List<StackLayer> layers = new ArrayList<>();
        for (JsonNode l : entries(stack, "stack", "layer", "kind", file)) {
            JsonNode t = l.get("thickness");
            double m = t == null || t.isNull() || !t.path("si").isNumber() ? Double.NaN : t.get("si").asDouble();
            String written = t == null || t.isNull() ? null : quantity(t);
            List<String> fillers = new ArrayList<>();
            for (JsonNode f : l.path("fillers")) {
                JsonNode fr = f.get("fraction");
                fillers.add(text(f.get("material")) + (fr == null || fr.isNull() ? "" : " " + quantity(fr)));
            }
            layers.add(new StackLayer(l.get("kind").asText(), text(l.get("side")), text(l.get("material")), m, written,
                    List.copyOf(fillers)));
        }
        return List.copyOf(layers);
    }

    private static String quantity(JsonNode q) {
        String unit = text(q.get("unit"));
        return ResultFiles.number(q.path("value").asDouble()).replaceAll("\\.?0+$", "")
                .replaceAll("\\.?0+e", "e") + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }

    /** A sweep's sweep.csv. */
    public static SweepResult readSweep(Path file) throws IOException, MalformedResultException {
        Table t = Table.read(file, null, List.of());
        int cell = t.columns().indexOf("cell");
        if (cell < 0 || !t.columns().subList(cell, t.columns().size()).equals(SWEEP)) {
            throw new MalformedResultException(file, 1, "the header does not end with '" + SweepTable.METRICS_HEADER + "'");
        }
        List<String> varied = t.columns().subList(0, cell);
        List<String> metrics = SWEEP.subList(2, SWEEP.size());
        List<String> numeric = new ArrayList<>(varied);
        numeric.addAll(metrics);
        t = Table.read(file, null, numeric);
        Path parent = file.toAbsolutePath().getParent();
        // the sweep's name: its folder's, without the package (docs/results.md, "Folders")
        String name = parent == null ? "" : parent.getFileName().toString();
        return new SweepResult(file, name.substring(name.lastIndexOf('.') + 1), List.copyOf(varied),
                List.copyOf(metrics), t);
    }
}
