package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.workspace.CellWorkspace;
import org.interphase.dsl.workspace.Checker;
import org.interphase.dsl.workspace.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzzer of the cell language (issue 14): token and byte mutations of the example corpus go
 * through parsing, linking and validation as {@code check} does them. Every input must come back as
 * a list of located problems: no exception escapes, no input takes more than {@link #HUNG_MS}, every
 * problem has a line and column inside the text, and no message shows the grammar's or Java's
 * internals. The number of inputs is {@code interphase.fuzz.count} (10,000 in CI; the Maven profile
 * {@code fuzz} of this module runs 200,000), the seed {@code interphase.fuzz.seed}. Valid variants of
 * the corpus (byte-order mark, CRLF, CR line ends, extra white space) must check clean.
 */
class FuzzTest {

    /** An input that takes this long is taken for a hang (the slowest corpus file checks in well under 1 s). */
    private static final long HUNG_MS = 20_000;

    /** Things users and editors write that the corpus does not hold. */
    private static final List<String> SPECIALS = List.of("{", "}", "{ {", "} }", "1e400", "1e309", "-1e300", "0", "-",
            "C/0", "C/", "'", "\"", "/*", "//", "\uFEFF", "\r", "\r\n", "\t", "repeat 1 {", "every 0 cycles {", ":", ",",
            ".", ".*", "import", "package", "1e-320", "NaN", "Infinity", "°C", "wt%", "ohm cm2", "\u0000", "é", "\uD83D\uDE00");

    private static final Pattern INTERNALS = Pattern.compile(
            "RULE_|\\bnull\\b|Exception|Error\\b|ValueConverter|\\bEOF\\b|<EOF>|org\\.eclipse\\.|\\bjava\\.[a-z]+\\.");

    static List<String> corpus() throws Exception {
        try (Stream<Path> s = Files.list(CorpusTest.examples())) {
            List<String> texts = new ArrayList<>();
            for (Path p : s.filter(f -> f.toString().endsWith(".cell")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
            return texts;
        }
    }

    /** The text cut into tokens (white space, words, numbers, strings, comments, other characters), losslessly. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int j = i + 1;
            if (Character.isWhitespace(c)) {
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
            } else if (Character.isLetter(c) || c == '_' || c == '°' || c == 'µ') {
                while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || "_%°µ".indexOf(text.charAt(j)) >= 0)) {
                    j++;
                }
            } else if (Character.isDigit(c)) {
                while (j < n && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.')) {
                    j++;
                }
            } else if (c == '"' || c == '\'') {
                while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(n, j + 1);
            } else if (c == '/' && j < n && text.charAt(j) == '/') {
                while (j < n && text.charAt(j) != '\n') {
                    j++;
                }
            }
            tokens.add(text.substring(i, j));
            i = j;
        }
        return tokens;
    }

    /** One mutated input: a few token or byte mutations of one corpus file. */
    static String mutate(Random random, List<String> corpus, List<String> dictionary) {
        String text = corpus.get(random.nextInt(corpus.size()));
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            text = random.nextInt(4) == 0 ? bytes(random, text) : tokens(random, text, dictionary);
        }
        return text;
    }

    private static String tokens(Random random, String text, List<String> dictionary) {
        List<String> t = tokens(text);
        if (t.isEmpty()) {
            return SPECIALS.get(random.nextInt(SPECIALS.size()));
        }
        int i = random.nextInt(t.size());
        String other = random.nextInt(3) == 0 ? SPECIALS.get(random.nextInt(SPECIALS.size()))
                : dictionary.get(random.nextInt(dictionary.size()));
        switch (random.nextInt(7)) {
            case 0 -> t.remove(i);
            case 1 -> t.add(i, t.get(i));
            case 2 -> t.set(i, other);
            case 3 -> t.add(i, other);
            case 4 -> {
                int j = random.nextInt(t.size());
                String x = t.get(i);
                t.set(i, t.get(j));
                t.set(j, x);
            }
            case 5 -> { // a run of tokens cut out or repeated
                int end = Math.min(t.size(), i + 1 + random.nextInt(40));
                List<String> run = new ArrayList<>(t.subList(i, end));
                if (random.nextBoolean()) {
                    t.subList(i, end).clear();
                } else {
                    t.addAll(end, run);
                }
            }
            default -> { // a long name or a deep nesting
                if (random.nextBoolean()) {
                    t.set(i, "n" + "x".repeat(1 + random.nextInt(20_000)));
                } else {
                    int depth = 1 + random.nextInt(3000);
                    t.add(i, "repeat 1 {\n".repeat(depth) + "rest for 1 s\n" + "}\n".repeat(random.nextInt(depth + 1)));
                }
            }
        }
        return String.join("", t);
    }

    private static String bytes(Random random, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        if (b.length == 0) {
            return text;
        }
        int i = random.nextInt(b.length);
        switch (random.nextInt(4)) {
            case 0 -> b[i] = (byte) random.nextInt(256);
            case 1 -> b[i] ^= (byte) (1 << random.nextInt(8));
            case 2 -> { // truncated, as a file cut short
                byte[] c = new byte[i];
                System.arraycopy(b, 0, c, 0, i);
                b = c;
            }
            default -> { // a range deleted
                int end = Math.min(b.length, i + 1 + random.nextInt(64));
                byte[] c = new byte[b.length - (end - i)];
                System.arraycopy(b, 0, c, 0, i);
                System.arraycopy(b, end, c, i, b.length - end);
                b = c;
            }
        }
        // as the loader reads a file: UTF-8, malformed bytes as replacement characters
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void mutatedCorpusGivesLocatedProblemsOnly() throws Exception {
        long seed = Long.getLong("interphase.fuzz.seed", 20261206L);
        int count = Integer.getInteger("interphase.fuzz.count", 10_000);
        List<String> corpus = corpus();
        List<String> dictionary = corpus.stream().flatMap(t -> tokens(t).stream()).distinct().sorted().toList();
        Random random = new Random(seed);
        CellWorkspace workspace = new CellWorkspace();
        Path file = Path.of("fuzz", "input.cell").toAbsolutePath();
        List<String> failures = new ArrayList<>();
        int withErrors = 0;
        long cpuStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(); // one thread
        long wallStart = System.nanoTime();
        long slowest = 0;
        long parsing = 0;
        long linking = 0;
        long validating = 0;
        for (int n = 0; n < count && failures.size() < 10; n++) {
            String input = mutate(random, corpus, dictionary);
            long start = System.nanoTime();
            try {
                Resource r = workspace.load(file, input);
                long parsed = System.nanoTime();
                org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(r); // the library is resolved already
                long linked = System.nanoTime();
                List<Problem> problems = workspace.validate(r, "input.cell", CancelIndicator.NullImpl);
                parsing += parsed - start;
                linking += linked - parsed;
                validating += System.nanoTime() - linked;
                long lines = input.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
                for (Problem p : problems) {
                    if (p.line() < 1 || p.column() < 1 || p.line() > lines) {
                        failures.add("#" + n + ": not located in the text (" + lines + " lines): " + p.format());
                    }
                    if (INTERNALS.matcher(p.message()).find()) {
                        failures.add("#" + n + ": internals in a message: " + p.format());
                    }
                }
                if (problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
                    withErrors++;
                }
            } catch (Throwable t) {
                failures.add("#" + n + ": " + t + " for input starting " + abbreviated(input));
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            slowest = Math.max(slowest, ms);
            if (ms > HUNG_MS) {
                failures.add("#" + n + ": took " + ms + " ms for input starting " + abbreviated(input));
            }
        }
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
        System.out.printf("FuzzTest: %d inputs (seed %d), %d with errors, slowest %d ms, %d failures; %.1f s CPU, %.1f s"
                + " wall (parsing %d s, linking %d s, validating %d s wall)%n", count, seed, withErrors, slowest,
                failures.size(), cpu / 1e9, (System.nanoTime() - wallStart) / 1e9, parsing / 1_000_000_000L,
                linking / 1_000_000_000L, validating / 1_000_000_000L);
        assertEquals(List.of(), failures, "seed " + seed);
        // the mutations do reach the checker's error paths, not only harmless white space
        assertTrue(withErrors > count / 4, withErrors + " of " + count + " inputs had errors");
    }

    private static String abbreviated(String input) {
        String s = input.length() > 200 ? input.substring(0, 200) + "..." : input;
        return s.replace("\n", "\\n").replace("\r", "\\r");
    }

    /** What Windows and old-Mac editors write, and generous white space, reads like the corpus as written. */
    @Test
    void validVariantsOfTheCorpusCheckClean(@TempDir Path dir) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(CorpusTest.examples())) {
            files = s.filter(f -> f.toString().endsWith(".cell")).sorted().toList();
        }
        List<Path> data;
        try (Stream<Path> s = Files.list(CorpusTest.examples().resolve("data"))) {
            data = s.sorted().toList();
        }
        record Variant(String name, java.util.function.UnaryOperator<String> change) {
        }
        List<Variant> variants = List.of(
                new Variant("bom", t -> "\uFEFF" + t),
                new Variant("crlf", t -> t.replace("\n", "\r\n")),
                new Variant("cr", t -> t.replace("\n", "\r")),
                new Variant("bom-cr", t -> "\uFEFF" + t.replace("\n", "\r")),
                new Variant("spaces", t -> t.replace(" ", " \t  ").replace("\n", "\n\n")));
        for (Variant v : variants) {
            Path folder = Files.createDirectories(dir.resolve(v.name()));
            for (Path f : files) {
                Files.writeString(folder.resolve(f.getFileName()), v.change().apply(Files.readString(f)));
            }
            Path dataFolder = Files.createDirectories(folder.resolve("data")); // measured data beside the files
            for (Path f : data) {
                Files.copy(f, dataFolder.resolve(f.getFileName()));
            }
            Checker.Result result = new Checker(folder).check(List.of(folder), CancelIndicator.NullImpl);
            assertEquals(files.size(), result.files().size(), v.name());
            assertEquals(List.of(), result.problems().stream().map(Problem::format).toList(), v.name());
        }
    }
}
