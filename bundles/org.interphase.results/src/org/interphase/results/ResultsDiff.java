package org.interphase.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The metric differences between two results folders ({@code interphase diff A B}): for every
 * {@code <study>/<cell>/summary.json} in either folder, the status and each metric of A and B.
 */
public final class ResultsDiff {

    /** A results folder that cannot be read: the message names the file, and the line and column where known. */
    public static final class NotResultsException extends Exception {
        private static final long serialVersionUID = 1L;

        public NotResultsException(String message) {
            super(message);
        }
    }

    /**
     * One value of one cell in A and B; a side is null when it has no value (the metric does not
     * apply, or the cell is missing there). {@code difference} is B - A when both are numbers.
     */
    public record Entry(String name, String a, String b, Double difference) {
        public boolean differs() {
            return !Objects.equals(a, b);
        }
    }

    /** One {@code study/cell}: in A, in B, or both, with its entries (status first, then the metrics). */
    public record Cell(String key, boolean inA, boolean inB, List<Entry> entries) {
        public boolean differs() {
            return !(inA && inB) || entries.stream().anyMatch(Entry::differs);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultsDiff() {
    }

    /** Compares two results folders; the cells sorted by study, then cell. */
    public static List<Cell> compare(Path a, Path b) throws IOException, NotResultsException {
        Map<String, Path> left = summaries(a);
        Map<String, Path> right = summaries(b);
        List<Cell> cells = new ArrayList<>();
        for (String key : new TreeSet<>(union(left.keySet(), right.keySet()))) {
            Map<String, JsonNode> va = left.containsKey(key) ? values(left.get(key)) : Map.of();
            Map<String, JsonNode> vb = right.containsKey(key) ? values(right.get(key)) : Map.of();
            List<Entry> entries = new ArrayList<>();
            for (String name : union(va.keySet(), vb.keySet())) {
                JsonNode x = va.get(name);
                JsonNode y = vb.get(name);
                if (isNull(x) && isNull(y)) {
                    continue;
                }
                Double difference = !isNull(x) && !isNull(y) && x.isNumber() && y.isNumber()
                        ? ResultFiles.rounded(y.asDouble() - x.asDouble()) : null;
                entries.add(new Entry(name, text(x), text(y), difference));
            }
            cells.add(new Cell(key, left.containsKey(key), right.containsKey(key), entries));
        }
        return cells;
    }

    /** The summary.json files of a results folder by {@code study/cell}, sorted. */
    static Map<String, Path> summaries(Path folder) throws IOException, NotResultsException {
        if (!Files.exists(folder)) {
            throw new NotResultsException(folder + ": no such folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new NotResultsException(folder + ": not a results folder (a file, not a folder)");
        }
        Map<String, Path> found = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder, 3)) {
            for (Path p : s.toList()) {
                Path rel = folder.relativize(p);
                if (rel.getNameCount() == 3 && rel.getFileName().toString().equals("summary.json")
                        && !rel.getName(0).toString().startsWith(".") && !rel.getName(1).toString().startsWith(".")) {
                    found.put(rel.getName(0) + "/" + rel.getName(1), p);
                }
            }
        }
        if (found.isEmpty()) {
            throw new NotResultsException(folder + ": not a results folder (no <study>/<cell>/summary.json inside; "
                    + "'interphase run --out DIR' writes one)");
        }
        return found;
    }

    /** status, stop_reason and every metric of a summary.json, nested ones as gas_umol_cm2.H2. */
    static Map<String, JsonNode> values(Path summary) throws IOException, NotResultsException {
        JsonNode root;
        try {
            root = JSON.readTree(summary.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new NotResultsException(summary + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": error: not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("metrics").isObject()) {
            throw new NotResultsException(summary + ": error: not a summary.json of interphase run (no \"metrics\" object)");
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("status", root.get("status"));
        values.put("stop_reason", root.get("stop_reason"));
        flatten("", root.get("metrics"), values);
        return values;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject()) {
                flatten(prefix + e.getKey() + ".", e.getValue(), into);
            } else {
                into.put(prefix + e.getKey(), e.getValue());
            }
        }
    }

    private static boolean isNull(JsonNode n) {
        return n == null || n.isNull();
    }

    private static String text(JsonNode n) {
        return isNull(n) ? null : n.isNumber() ? shown(n.asDouble()) : n.asText();
    }

    /** A number with six significant digits and without trailing zeros: 84.012, 120000, 5.03e-04. */
    public static String shown(double v) {
        return ResultFiles.number(v).replaceFirst("(\\.[0-9]*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
    }

    private static List<String> union(Iterable<String> a, Iterable<String> b) {
        List<String> all = new ArrayList<>();
        a.forEach(all::add);
        b.forEach(x -> {
            if (!all.contains(x)) {
                all.add(x);
            }
        });
        return all;
    }
}
