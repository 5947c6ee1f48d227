package org.interphase.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The committed record of which cases passed ({@code validation/baseline.json}):
 * {@code {"cases": {"<id>": "pass" | "miss", ...}}}. A case that passed there and misses now is a
 * regression, and {@code interphase validate} exits 1 (a red build). New cases and cases that now pass
 * are no regression; {@code --write-baseline} records the present state.
 */
public final class Baseline {

    private final Map<String, Boolean> passed;

    public Baseline(Map<String, Boolean> passed) {
        this.passed = new TreeMap<>(passed);
    }

    /** The baseline of a set of verdicts. */
    public static Baseline of(List<Verdict> verdicts) {
        Map<String, Boolean> m = new TreeMap<>();
        verdicts.forEach(v -> m.put(v.vcase().id(), v.pass()));
        return new Baseline(m);
    }

    /** Reads a baseline file; a missing file is an empty baseline. */
    public static Baseline read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Baseline(Map.of());
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IOException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": error: not JSON: " + e.getOriginalMessage());
        }
        JsonNode cases = root == null ? null : root.get("cases");
        if (cases == null || !cases.isObject()) {
            throw new IOException(file + ":1:1: error: a baseline is {\"cases\": {\"<id>\": \"pass\" | \"miss\"}}");
        }
        Map<String, Boolean> m = new TreeMap<>();
        for (var it = cases.fields(); it.hasNext();) {
            var e = it.next();
            String v = e.getValue().asText();
            if (!v.equals("pass") && !v.equals("miss")) {
                throw new IOException(file + ": error: case '" + e.getKey() + "' is \"" + v + "\", not \"pass\" or \"miss\"");
            }
            m.put(e.getKey(), v.equals("pass"));
        }
        return new Baseline(m);
    }

    /** The ids of cases that passed in this baseline and miss among the verdicts. */
    public List<String> regressions(List<Verdict> now) {
        List<String> r = new ArrayList<>();
        for (Verdict v : now) {
            if (Boolean.TRUE.equals(passed.get(v.vcase().id())) && !v.pass()) {
                r.add(v.vcase().id());
            }
        }
        return r;
    }

    /** The ids of baseline cases that are no longer in the set (reported, not an error). */
    public List<String> dropped(List<Verdict> now) {
        List<String> ids = new ArrayList<>(passed.keySet());
        now.forEach(v -> ids.remove(v.vcase().id()));
        return ids;
    }

    /** Writes the baseline atomically (a temporary file renamed over the old one). */
    public void write(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode cases = root.putObject("cases");
        passed.forEach((id, pass) -> cases.put(id, pass ? "pass" : "miss"));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".baseline", ".json");
        Files.writeString(tmp, mapper.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
