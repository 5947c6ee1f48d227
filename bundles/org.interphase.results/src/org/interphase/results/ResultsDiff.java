package org.interphase.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.interphase.results.read.MalformedResultException;
import org.interphase.results.read.ResultReader;
import org.interphase.results.read.Summary;


/**
 * The metric differences between two results folders ({@code interphase diff A B}): for every
 * {@code <study>/<cell>/summary.json} in either folder, the status and each metric of A and B.
 */
public final class ResultsDiff {

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

    private ResultsDiff() {
    }

    /**
     * Compares two results folders; the cells sorted by study, then cell.
     *
     * @throws MalformedResultException a folder is not a results folder, or a summary.json cannot be
     *                                  read (the message names the file, and the line and column where known)
     */
    public static List<Cell> compare(Path a, Path b) throws IOException, MalformedResultException {
        Map<String, Path> left = summaries(a);
        Map<String, Path> right = summaries(b);
        List<Cell> cells = new ArrayList<>();
        for (String key : new TreeSet<>(union(left.keySet(), right.keySet()))) {
            Map<String, Object> va = left.containsKey(key) ? values(left.get(key)) : Map.of();
            Map<String, Object> vb = right.containsKey(key) ? values(right.get(key)) : Map.of();
            List<Entry> entries = new ArrayList<>();
            for (String name : union(va.keySet(), vb.keySet())) {
                Object x = va.get(name);
                Object y = vb.get(name);
                if (x == null && y == null) {
                    continue;
                }
                Double difference = x instanceof Double dx && y instanceof Double dy ? ResultFiles.rounded(dy - dx) : null;
                entries.add(new Entry(name, text(x), text(y), difference));
            }
            cells.add(new Cell(key, left.containsKey(key), right.containsKey(key), entries));
        }
        return cells;
    }

    /** The summary.json files of a results folder by {@code study/cell}, sorted. */
    static Map<String, Path> summaries(Path folder) throws IOException, MalformedResultException {
        if (!Files.exists(folder)) {
            throw new MalformedResultException(folder, 0, "no such folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new MalformedResultException(folder, 0, "not a results folder (a file, not a folder)");
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
            throw new MalformedResultException(folder, 0, "not a results folder (no <study>/<cell>/summary.json inside; "
                    + "'interphase run --out DIR' writes one)");
        }
        return found;
    }

    /**
     * status, stop_reason and every metric of a summary.json ({@link ResultReader#readSummary}), nested
     * ones as gas_umol_cm2.H2: a text, a number, or null where it does not apply.
     */
    static Map<String, Object> values(Path summary) throws IOException, MalformedResultException {
        Summary s = ResultReader.readSummary(summary);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", s.status());
        values.put("stop_reason", s.stopReason());
        s.metrics().forEach((name, v) -> values.put(name, Double.isNaN(v) ? null : v));
        return values;
    }

    private static String text(Object v) {
        return v == null ? null : v instanceof Double d ? shown(d) : v.toString();
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
