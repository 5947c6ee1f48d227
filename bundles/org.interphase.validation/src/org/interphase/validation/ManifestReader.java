package org.interphase.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code manifest.txt} (format: validation/README.md). Every mistake is reported as
 * {@code file:line:col: error: message}; a manifest with errors yields no cases.
 */
public final class ManifestReader {

    /** The keys a case block may hold; the first seven are required. */
    static final List<String> KEYS = List.of("file", "study", "cell", "kind", "published", "role", "source",
            "tolerance", "family", "read", "missing", "note", "superseded-by");
    private static final Set<String> REQUIRED = Set.of("file", "study", "cell", "kind", "published", "role", "source");

    /** What the reader found: the cases, or the errors (never both). */
    public record Result(List<ValidationCase> cases, List<String> errors) {
    }

    private final Path manifest;
    private final String shown;
    private final List<String> errors = new ArrayList<>();
    private final Map<String, Field> supersededAt = new HashMap<>();

    private ManifestReader(Path manifest, String shown) {
        this.manifest = manifest;
        this.shown = shown;
    }

    /**
     * @param manifest the manifest file
     * @param shown    how messages name it (the path the user gave)
     */
    public static Result read(Path manifest, String shown) throws IOException {
        return new ManifestReader(manifest, shown).parse(Files.readAllLines(manifest, StandardCharsets.UTF_8));
    }

    /** Parses manifest text (for tests); files named by the cases are looked up beside {@code manifest}. */
    public static Result parse(Path manifest, String shown, List<String> lines) {
        return new ManifestReader(manifest, shown).parse(lines);
    }

    private Result parse(List<String> lines) {
        List<ValidationCase> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Block block = null;
        for (int n = 0; n < lines.size(); n++) {
            String raw = lines.get(n);
            int lineNo = n + 1;
            String text = raw.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int col = raw.indexOf(text) + 1;
            String word = text.split("\\s+", 2)[0];
            String rest = text.length() > word.length() ? text.substring(word.length()).strip() : "";
            int restCol = rest.isEmpty() ? col + word.length() : raw.indexOf(rest, col - 1 + word.length()) + 1;
            if (word.equals("case")) {
                if (block != null) {
                    finish(block, cases);
                }
                if (rest.isEmpty() || rest.contains(" ")) {
                    error(lineNo, restCol, "'case' takes one name without spaces, e.g. 'case yang2020-lfp-210'");
                    block = new Block("?", lineNo);
                } else {
                    if (!ids.add(rest)) {
                        error(lineNo, restCol, "case '" + rest + "' is defined twice");
                    }
                    block = new Block(rest, lineNo);
                }
                continue;
            }
            if (block == null) {
                error(lineNo, col, "'" + word + "' outside a case: a manifest is a list of 'case NAME' blocks");
                continue;
            }
            if (!KEYS.contains(word)) {
                error(lineNo, col, "unknown key '" + word + "' (a case takes: " + String.join(", ", KEYS) + ")");
                continue;
            }
            if (rest.isEmpty()) {
                error(lineNo, restCol, "'" + word + "' needs a value");
                continue;
            }
            if (word.equals("note")) {
                block.notes.add(rest);
            } else if (block.values.containsKey(word)) {
                error(lineNo, col, "'" + word + "' is given twice in case '" + block.id + "'");
            } else {
                block.values.put(word, new Field(rest, lineNo, restCol));
            }
        }
        if (block != null) {
            finish(block, cases);
        }
        checkSuperseded(cases);
        return errors.isEmpty() ? new Result(List.copyOf(cases), List.of()) : new Result(List.of(), List.copyOf(errors));
    }

    private void finish(Block b, List<ValidationCase> cases) {
        int before = errors.size();
        for (String key : KEYS) {
            if (REQUIRED.contains(key) && !b.values.containsKey(key)) {
                error(b.line, 1, "case '" + b.id + "' has no '" + key + "'");
            }
        }
        if (errors.size() > before) {
            return;
        }
        Field file = b.values.get("file");
        Path cellFile = manifest.toAbsolutePath().getParent().resolve(file.text).normalize();
        if (!file.text.endsWith(".cell")) {
            error(file.line, file.col, "'file' must name a .cell file, not '" + file.text + "'");
        } else if (!Files.isRegularFile(cellFile)) {
            error(file.line, file.col, "no file '" + file.text + "' beside the manifest");
        }
        Field kindField = b.values.get("kind");
        Kind kind = Kind.of(kindField.text);
        if (kind == null) {
            error(kindField.line, kindField.col, "unknown kind '" + kindField.text + "' (one of: " + Kind.words() + ")");
        }
        Published published = published(b.values.get("published"), b.values.get("tolerance"));
        Field role = b.values.get("role");
        String calibrates = null;
        if (role.text.startsWith("calibrates")) {
            calibrates = role.text.substring("calibrates".length()).strip();
            if (calibrates.isEmpty()) {
                error(role.line, role.col, "'calibrates' must name the parameter it sets, e.g. 'calibrates polymer_oxidation onset'");
            }
        } else if (!role.text.equals("validates")) {
            error(role.line, role.col, "role is 'validates' or 'calibrates <parameter>', not '" + role.text + "'");
        }
        if (errors.size() > before) {
            return;
        }
        cases.add(new ValidationCase(b.id, b.line, file.text, b.values.get("study").text, b.values.get("cell").text,
                kind, published, calibrates, text(b, "family"), text(b, "source"), text(b, "read"), text(b, "missing"),
                List.copyOf(b.notes), text(b, "superseded-by")));
        Field by = b.values.get("superseded-by");
        if (by != null) {
            supersededAt.put(b.id, by);
        }
    }

    /** A stand-in names a case of the manifest that is itself counted (not superseded, not the stand-in). */
    private void checkSuperseded(List<ValidationCase> cases) {
        Map<String, ValidationCase> byId = new HashMap<>();
        cases.forEach(c -> byId.put(c.id(), c));
        for (ValidationCase c : cases) {
            Field f = supersededAt.get(c.id());
            if (f == null) {
                continue;
            }
            ValidationCase target = byId.get(f.text);
            if (target == null) {
                error(f.line, f.col, "'superseded-by' names no case of this manifest: '" + f.text + "'");
            } else if (target == c || target.superseded()) {
                error(f.line, f.col, "'superseded-by' must name a counted case, and '" + f.text + "' is "
                        + (target == c ? "this case itself" : "itself superseded"));
            } else if (target.kind() != c.kind()) {
                error(f.line, f.col, "'superseded-by' names '" + f.text + "', a case of another kind ("
                        + target.kind().word() + ", not " + c.kind().word() + ")");
            }
        }
    }

    private Published published(Field value, Field tolerance) {
        String v = value.text;
        try {
            if (v.startsWith(">=")) {
                if (tolerance != null) {
                    error(tolerance.line, tolerance.col, "a lower bound ('>= ...') takes no tolerance");
                }
                return new Published.AtLeast(number(v.substring(2).strip()));
            }
            if (v.contains("..")) {
                String[] ends = v.split("\\.\\.", 2);
                double low = number(ends[0].strip());
                double high = number(ends[1].strip());
                if (low > high) {
                    error(value.line, value.col, "the range '" + v + "' runs backwards");
                }
                if (tolerance != null) {
                    error(tolerance.line, tolerance.col, "a range ('low .. high') takes no tolerance");
                }
                return new Published.Range(low, high);
            }
            double number = number(v);
            if (tolerance == null) {
                error(value.line, value.col, "a published number needs a 'tolerance' (e.g. '5', '10 %' or 'x2')");
                return null;
            }
            return new Published.Value(number, tolerance(tolerance));
        } catch (NumberFormatException e) {
            error(value.line, value.col, "'" + v + "' is not a number, a lower bound '>= N' or a range 'A .. B'");
            return null;
        }
    }

    private Published.Tolerance tolerance(Field f) {
        String t = f.text;
        try {
            Published.Tolerance tol;
            if (t.startsWith("x")) {
                tol = new Published.Tolerance(Published.Tolerance.Type.FACTOR, number(t.substring(1).strip()));
                if (tol.amount() <= 1) {
                    error(f.line, f.col, "a factor tolerance must be above 1, not '" + t + "'");
                }
            } else if (t.endsWith("%")) {
                tol = new Published.Tolerance(Published.Tolerance.Type.RELATIVE, number(t.substring(0, t.length() - 1).strip()));
            } else {
                tol = new Published.Tolerance(Published.Tolerance.Type.ABSOLUTE, number(t));
            }
            if (!(tol.amount() > 0)) {
                error(f.line, f.col, "a tolerance must be positive, not '" + t + "'");
            }
            return tol;
        } catch (NumberFormatException e) {
            error(f.line, f.col, "'" + t + "' is not a tolerance: write '5' (absolute), '10 %' (relative) or 'x2' (factor)");
            return null;
        }
    }

    private static double number(String s) {
        double d = Double.parseDouble(s);
        if (!Double.isFinite(d)) {
            throw new NumberFormatException(s);
        }
        return d;
    }

    private static String text(Block b, String key) {
        Field f = b.values.get(key);
        return f == null ? null : f.text;
    }

    private void error(int line, int col, String message) {
        errors.add(shown + ":" + line + ":" + col + ": error: " + message);
    }

    private record Field(String text, int line, int col) {
    }

    private static final class Block {
        final String id;
        final int line;
        final Map<String, Field> values = new HashMap<>();
        final List<String> notes = new ArrayList<>();

        Block(String id, int line) {
            this.id = id;
            this.line = line;
        }
    }
}
