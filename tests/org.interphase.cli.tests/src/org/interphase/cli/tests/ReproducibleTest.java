package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Reproducible results (issue 7): the same input, copied into two different folders and run with a
 * different number of threads, gives byte-identical result files. Only timing.json differs.
 */
class ReproducibleTest {

    /** data/repro: a short cycled study with impedance, a linear sweep and a two-point sweep. */
    private static Path input() {
        return Path.of(System.getProperty("interphase.testdata")).resolve("repro");
    }

    /** Copies the input into a fresh folder under {@code base/name} and runs it there; returns the output folder. */
    private static Path runCopy(Path base, String name, String threads) throws IOException {
        Path project = Files.createDirectories(base.resolve(name));
        try (Stream<Path> s = Files.list(input())) {
            for (Path f : s.toList()) {
                Files.copy(f, project.resolve(f.getFileName()));
            }
        }
        Path out = project.resolve("results");
        Runs.Output r = Runs.run("run", project.toString(), "--out", out.toString(), "--threads", threads);
        assertEquals(0, r.code(), r.out() + r.err());
        return out;
    }

    /** Every file below a folder, as paths relative to it, sorted, without timing.json. */
    static List<String> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.endsWith("/timing.json")).sorted().toList();
        }
    }

    @Test
    void twoCopiesInDifferentFoldersGiveByteIdenticalFiles() throws Exception {
        Path base = Files.createTempDirectory("interphase-repro");
        Path a = runCopy(base, "alice", "1");
        Path b = runCopy(base.resolve("elsewhere/deeper"), "bob", "4");

        List<String> files = files(a);
        assertEquals(files, files(b), "the same files in both runs");
        for (String f : List.of("Cycled/CoatedLco/summary.json", "Cycled/CoatedLco/cycles.csv",
                "Cycled/CoatedLco/trace.csv", "Cycled/CoatedLco/impedance.csv", "Onset/Steel/summary.json",
                "Onset/Steel/lsv.csv", "Thickness/sweep.csv", "Cycled/report.html")) {
            assertTrue(files.contains(f), f + " written, in " + files);
        }
        // every file, the PNG plots and report.html included, has the same bytes
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " differs");
        }
        // no absolute path, user folder or time inside the data files
        for (String f : files) {
            if (f.endsWith(".json") || f.endsWith(".csv") || f.endsWith(".html")) {
                String text = Files.readString(a.resolve(f), StandardCharsets.UTF_8);
                assertFalse(text.contains(base.toString()), f + " holds the folder it was run in");
                assertFalse(text.contains("alice"), f + " holds the name of the folder it was run in");
                assertFalse(text.contains("\r"), f + " has \\r line ends");
            }
        }
        // and 'interphase diff' finds nothing to report
        Runs.Output diff = Runs.run("diff", a.toString(), b.toString());
        assertEquals(0, diff.code(), diff.out() + diff.err());
        assertTrue(diff.out().contains("Cycled/CoatedLco: identical"), diff.out());
        assertTrue(diff.out().contains("2 cells in both (0 with differences), 0 only in A, 0 only in B"), diff.out());
        // the timing is beside the data, in a file of its own
        String timing = Files.readString(a.resolve("lab.repro.Cycled/CoatedLco/timing.json"));
        assertTrue(timing.contains("\"solver_wall_time_s\""), timing);
        assertTrue(Files.isRegularFile(b.resolve("lab.repro.Onset/Steel/timing.json")));
    }

    @Test
    void summaryNumbersHaveSixSignificantDigitsAndSortedProvenance() throws Exception {
        Path out = runCopy(Files.createTempDirectory("interphase-repro"), "p", "2");
        String summary = Files.readString(out.resolve("lab.repro.Cycled/CoatedLco/summary.json"));
        // docs/results.md: numbers with six significant digits, as in the CSVs
        var numbers = java.util.regex.Pattern.compile(" : (-?[0-9][0-9.]*(?:E-?[0-9]+)?)[,\n]").matcher(summary);
        int seen = 0;
        while (numbers.find()) {
            String digits = numbers.group(1).replaceFirst("E.*", "").replace("-", "").replace(".", "")
                    .replaceFirst("^0+", "").replaceFirst("0+$", "");
            assertTrue(digits.length() <= 6, numbers.group(1) + " has more than six significant digits");
            seen++;
        }
        assertTrue(seen > 10, "numbers found in " + summary);
        assertTrue(summary.endsWith("}\n"), "a final line end");
        // provenance parameters in name order
        var names = java.util.regex.Pattern.compile("\n      \"([a-z_]+\\.[^\"]+)\" : \\{").matcher(summary);
        String previous = "";
        while (names.find()) {
            assertTrue(previous.compareTo(names.group(1)) < 0, previous + " before " + names.group(1));
            previous = names.group(1);
        }
        assertFalse(previous.isEmpty(), "parameters in " + summary);
    }
}
