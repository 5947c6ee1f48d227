package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The result cache (issue 7): a cell whose folder holds the result of the same normalised model is
 * served from it; reformatting does not invalidate it, a changed parameter reruns only the cells it
 * affects, {@code --force} reruns everything, a damaged folder is run again, and the files are the
 * same bytes whether served or computed.
 */
class CacheTest {

    /** Two cells of one study, four cycles: small enough to run many times. */
    private static final String PROJECT = """
            package lab.cache

            cell CoatedLco {
                area 1 cm2
                cathode LCO {
                    loading 1.5 mAh/cm2
                    coating LAGP { thickness 20 nm  coverage 95 %  method ball_milling }
                }
                electrolyte {
                    polymer PEO { end group hydroxyl }
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }

            cell BareLco {
                area 1 cm2
                cathode LCO { loading 1.5 mAh/cm2 }
                electrolyte {
                    polymer PEO { end group hydroxyl }
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }

            protocol FourCycles {
                temperature 60 °C
                repeat 4 {
                    charge at C/5 until 4.4 V
                    rest for 10 min
                    discharge at C/5 until 3.0 V
                }
            }

            study Cycled {
                cells CoatedLco, BareLco
                protocol FourCycles
                mechanisms all
                report capacity retention, resistance
            }
            """;

    /** The same model, reformatted and commented. */
    private static final String REFORMATTED = PROJECT.replace("    ", "\t").replace("package lab.cache",
            "// the cache test's project, reformatted\npackage   lab.cache\n\n/* a block comment */")
            .replace("cell BareLco {", "cell BareLco { // no coating");

    private static Path project(Path base, String text) throws Exception {
        Path project = Files.createDirectories(base);
        Files.writeString(project.resolve("cells.cell"), text);
        return project;
    }

    private static Runs.Output run(Path project, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", project.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        Runs.Output r = Runs.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.out() + r.err());
        return r;
    }

    /** study/cell to the last column of the run's table: "run" or "cached". */
    static Map<String, String> sources(Runs.Output r) {
        Map<String, String> sources = new TreeMap<>();
        for (String line : r.out().split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length > 3 && (f[f.length - 1].equals("run") || f[f.length - 1].equals("cached"))) {
                sources.put(f[0] + "/" + f[1], f[f.length - 1]);
            }
        }
        return sources;
    }

    /** Every file below a folder with its bytes' SHA-256; timing.json left out unless asked for. */
    static Map<String, String> snapshot(Path root, boolean timing) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (timing || !name.endsWith("timing.json")) {
                    files.put(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                }
            }
        }
        return files;
    }

    private static String inputSha(Path summary) throws Exception {
        var m = java.util.regex.Pattern.compile("\"input_sha256\" : \"([0-9a-f]{64})\"").matcher(Files.readString(summary));
        assertTrue(m.find(), summary.toString());
        return m.group(1);
    }

    @Test
    void anUnchangedStudyIsServedFromTheCacheWithTheSameBytes() throws Exception {
        Path base = Files.createTempDirectory("interphase-cache");
        Path project = project(base.resolve("p"), PROJECT);
        Path out = base.resolve("results");
        Runs.Output first = run(project, out);
        assertEquals(Map.of("Cycled/BareLco", "run", "Cycled/CoatedLco", "run"), sources(first), first.out());
        Map<String, String> before = snapshot(out, true);
        assertTrue(before.containsKey("lab.cache.Cycled/CoatedLco/files.sha256"), before.keySet().toString());
        // the study's checksums: each cell's files.sha256 in the study's order, then the report's files
        List<String> study = Files.readAllLines(out.resolve("lab.cache.Cycled/files.sha256"));
        assertEquals(List.of("CoatedLco/files.sha256", "BareLco/files.sha256", "report-resistance.png",
                "report-retention.png", "report.html"), study.stream().map(l -> l.substring(66)).toList());
        assertTrue(Files.readString(out.resolve("lab.cache.Cycled/CoatedLco/summary.json")).contains("\"model_sha256\" : \""));

        Runs.Output second = run(project, out);
        assertEquals(Map.of("Cycled/BareLco", "cached", "Cycled/CoatedLco", "cached"), sources(second), second.out());
        assertTrue(second.out().contains("2 of 2 cells served from the cache"), second.out());
        // nothing was rewritten: every file, timing.json and report.html included, has the same bytes
        assertEquals(before, snapshot(out, true));
    }

    @Test
    void reformattingAndCommentsKeepTheCacheAndTheFilesEqualAFreshRun() throws Exception {
        Path base = Files.createTempDirectory("interphase-cache");
        Path project = project(base.resolve("p"), PROJECT);
        Path out = base.resolve("results");
        run(project, out);
        String inputBefore = inputSha(out.resolve("lab.cache.Cycled/BareLco/summary.json"));

        Files.writeString(project.resolve("cells.cell"), REFORMATTED);
        Runs.Output again = run(project, out);
        assertEquals(Map.of("Cycled/BareLco", "cached", "Cycled/CoatedLco", "cached"), sources(again), again.out());
        // the file changed, so input_sha256 did, and the cached summary.json says so as a fresh run would
        assertNotEquals(inputBefore, inputSha(out.resolve("lab.cache.Cycled/BareLco/summary.json")));
        Path fresh = base.resolve("fresh");
        run(project, fresh);
        assertEquals(snapshot(fresh, false), snapshot(out, false), "served from the cache = computed afresh");
    }

    @Test
    void changingOneParameterRerunsOnlyTheCellItAffects() throws Exception {
        Path base = Files.createTempDirectory("interphase-cache");
        Path project = project(base.resolve("p"), PROJECT);
        Path out = base.resolve("results");
        run(project, out);
        String bareTiming = Files.readString(out.resolve("lab.cache.Cycled/BareLco/timing.json"));
        String coatedSummary = Files.readString(out.resolve("lab.cache.Cycled/CoatedLco/summary.json"));

        Files.writeString(project.resolve("cells.cell"), PROJECT.replace("thickness 20 nm", "thickness 40 nm"));
        Runs.Output again = run(project, out);
        assertEquals(Map.of("Cycled/BareLco", "cached", "Cycled/CoatedLco", "run"), sources(again), again.out());
        assertTrue(again.out().contains("1 of 2 cells served from the cache"), again.out());
        assertEquals(bareTiming, Files.readString(out.resolve("lab.cache.Cycled/BareLco/timing.json")), "BareLco was not run");
        assertNotEquals(coatedSummary, Files.readString(out.resolve("lab.cache.Cycled/CoatedLco/summary.json")));

        // and the folder, report.html included, is what a fresh run of the changed project writes
        Path fresh = base.resolve("fresh");
        run(project, fresh);
        assertEquals(snapshot(fresh, false), snapshot(out, false));
    }

    @Test
    void forceRunsEveryCellAgain() throws Exception {
        Path base = Files.createTempDirectory("interphase-cache");
        Path project = project(base.resolve("p"), PROJECT);
        Path out = base.resolve("results");
        run(project, out);
        Map<String, String> before = snapshot(out, false);
        Runs.Output forced = run(project, out, "--force");
        assertEquals(Map.of("Cycled/BareLco", "run", "Cycled/CoatedLco", "run"), sources(forced), forced.out());
        assertFalse(forced.out().contains("served from the cache"), forced.out());
        assertEquals(before, snapshot(out, false), "a rerun gives the same bytes");
    }

    @Test
    void aDamagedCachedFolderIsRunAgainNotACrash() throws Exception {
        Path base = Files.createTempDirectory("interphase-cache");
        Path project = project(base.resolve("p"), PROJECT);
        Path out = base.resolve("results");
        run(project, out);
        Map<String, String> before = snapshot(out, false);

        // a cut-short CSV (its last row lost), a plot deleted
        Path cycles = out.resolve("lab.cache.Cycled/CoatedLco/cycles.csv");
        List<String> rows = Files.readAllLines(cycles);
        Files.write(cycles, rows.subList(0, rows.size() - 1));
        Files.delete(out.resolve("lab.cache.Cycled/BareLco/retention.png"));
        Runs.Output r = run(project, out);
        assertEquals(Map.of("Cycled/BareLco", "run", "Cycled/CoatedLco", "run"), sources(r), r.out());
        assertEquals(before, snapshot(out, false));

        // a summary.json that is not JSON, with a checksum file that matches it (as a bad commit would bring)
        Path folder = out.resolve("lab.cache.Cycled/CoatedLco");
        Files.writeString(folder.resolve("summary.json"), "{ \"study\" : ");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(folder.resolve("summary.json"))));
        List<String> manifest = Files.readAllLines(folder.resolve("files.sha256")).stream()
                .map(l -> l.endsWith("  summary.json") ? sha + "  summary.json" : l).toList();
        Files.write(folder.resolve("files.sha256"), manifest);
        r = run(project, out);
        assertEquals(Map.of("Cycled/BareLco", "cached", "Cycled/CoatedLco", "run"), sources(r), r.out());
        assertEquals(before, snapshot(out, false));

        // a whole folder gone: that cell runs, the other is served
        Files.walk(out.resolve("lab.cache.Cycled/BareLco")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        r = run(project, out);
        assertEquals(Map.of("Cycled/BareLco", "run", "Cycled/CoatedLco", "cached"), sources(r), r.out());
        assertEquals(before, snapshot(out, false));

        // the study's report damaged while the cells are whole: the cells are served, the report drawn again
        Files.writeString(out.resolve("lab.cache.Cycled/report.html"), "<html>");
        Files.delete(out.resolve("lab.cache.Cycled/report-retention.png"));
        r = run(project, out);
        assertEquals(Map.of("Cycled/BareLco", "cached", "Cycled/CoatedLco", "cached"), sources(r), r.out());
        assertEquals(before, snapshot(out, false));
    }

    /**
     * Issue 14: files a user puts into a result folder (notes, a folder of their own) neither make the
     * cell run again nor get deleted when it does run again; the run's own files are still checked.
     */
    @Test
    void filesAUserAddsToAResultFolderAreKept() throws Exception {
        Path base = Files.createTempDirectory("interphase-cache");
        Path project = project(base.resolve("p"), PROJECT);
        Path out = base.resolve("results");
        run(project, out);
        Path folder = out.resolve("lab.cache.Cycled/CoatedLco");
        Files.writeString(folder.resolve("notes.txt"), "cell 7 of the March batch\n");
        Files.createDirectories(folder.resolve("photos"));
        Files.writeString(folder.resolve("photos/cross-section.txt"), "SEM 2026-03-02\n");
        Map<String, String> withNotes = snapshot(out, false);

        Runs.Output served = run(project, out);
        assertEquals(Map.of("Cycled/BareLco", "cached", "Cycled/CoatedLco", "cached"), sources(served), served.out());
        assertEquals(withNotes, snapshot(out, false));

        // a damaged run file still makes the cell run again, and the user's files survive the new folder
        Files.delete(folder.resolve("retention.png"));
        Runs.Output rerun = run(project, out);
        assertEquals("run", sources(rerun).get("Cycled/CoatedLco"), rerun.out());
        assertEquals(withNotes, snapshot(out, false));
        // --force rewrites every folder and keeps them too; they stay out of the run's checksums
        run(project, out, "--force");
        assertEquals("cell 7 of the March batch\n", Files.readString(folder.resolve("notes.txt")));
        assertEquals("SEM 2026-03-02\n", Files.readString(folder.resolve("photos/cross-section.txt")));
        assertFalse(Files.readString(folder.resolve("files.sha256")).contains("notes.txt"));
    }

    @Test
    void aChangedLibraryMaterialRerunsTheCellsThatUseIt() throws Exception {
        Path base = Files.createTempDirectory("interphase-cache");
        Path[] p = LibraryTest.layout(base);
        Path out = base.resolve("results");
        run(p[0], out, "--lib", p[1].toString());

        // a comment in the library: nothing runs, but TeamCell's summary records the file's new hash
        Path materials = p[1].resolve("materials/cathodes.cell");
        Files.writeString(materials, "// reviewed\n" + LibraryTest.MATERIALS);
        Runs.Output r = run(p[0], out, "--lib", p[1].toString());
        assertEquals(Map.of("Shared/PlainCell", "cached", "Shared/TeamCell", "cached"), sources(r), r.out());
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(materials)));
        assertTrue(Files.readString(out.resolve("lab.study.Shared/TeamCell/summary.json")).contains(hash), "the new hash recorded");
        Path fresh = base.resolve("fresh");
        run(p[0], fresh, "--lib", p[1].toString());
        assertEquals(snapshot(fresh, false), snapshot(out, false), "served from the cache = computed afresh");

        // a value of the library's material: the cell on it runs, the other is served
        Files.writeString(materials, LibraryTest.MATERIALS.replace("140 mAh/g", "120 mAh/g"));
        r = run(p[0], out, "--lib", p[1].toString());
        assertEquals(Map.of("Shared/PlainCell", "cached", "Shared/TeamCell", "run"), sources(r), r.out());
    }

    @Test
    void resultsPulledFromGitAreServedInAnotherClone() throws Exception {
        // a teammate's clone: the project and its committed results copied elsewhere, as git would bring them
        Path base = Files.createTempDirectory("interphase-cache");
        Path alice = project(base.resolve("alice"), PROJECT);
        run(alice, alice.resolve("results"));
        Path bob = project(base.resolve("elsewhere/bob"), PROJECT);
        try (Stream<Path> s = Files.walk(alice.resolve("results"))) {
            for (Path f : s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("timing.json")).toList()) {
                Path target = bob.resolve(alice.relativize(f));
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        Runs.Output r = run(bob, bob.resolve("results"));
        assertEquals(Map.of("Cycled/BareLco", "cached", "Cycled/CoatedLco", "cached"), sources(r), r.out());
        assertArrayEquals(Files.readAllBytes(alice.resolve("results/lab.cache.Cycled/CoatedLco/summary.json")),
                Files.readAllBytes(bob.resolve("results/lab.cache.Cycled/CoatedLco/summary.json")));
    }
}
