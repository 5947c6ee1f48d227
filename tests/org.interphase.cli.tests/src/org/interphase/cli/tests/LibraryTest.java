package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Shared libraries (issue 7): {@code --lib DIR} makes the .cell files of a library folder
 * importable by package; summary.json records the library files a run used, with their SHA-256 and
 * their path relative to the library folder; errors in a library file are located in it.
 */
class LibraryTest {

    /** The team's library: a material in one file, a protocol in another, in a folder of its own. */
    static final String MATERIALS = """
            // the team's cathode: LiCoO2 with a lower practical capacity
            package team.materials

            material TeamLco : cathode based on LCO {
                specific capacity = 140 mAh/g
            }
            """;

    static final String PROTOCOLS = """
            package team.protocols

            protocol FourCycles {
                temperature 60 °C
                repeat 4 {
                    charge at C/5 until 4.2 V
                    rest for 10 min
                    discharge at C/5 until 3.0 V
                }
            }
            """;

    /** A project that imports both: one cell on the library's material, one on the built-in LCO. */
    static final String STUDY = """
            package lab.study

            import team.materials.*
            import team.protocols.FourCycles

            cell TeamCell {
                area 1 cm2
                cathode TeamLco { loading 1.5 mAh/cm2 }
                electrolyte {
                    polymer PEO { end group methoxy }
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }

            cell PlainCell {
                area 1 cm2
                cathode LCO { loading 1.5 mAh/cm2 }
                electrolyte {
                    polymer PEO { end group methoxy }
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }

            study Shared {
                cells TeamCell, PlainCell
                protocol FourCycles
                mechanisms polymer_oxidation
                report capacity retention
            }
            """;

    /** Writes the library and the project under base; returns {project, library}. */
    static Path[] layout(Path base) throws Exception {
        Path lib = Files.createDirectories(base.resolve("team-lib"));
        Files.createDirectories(lib.resolve("materials"));
        Files.createDirectories(lib.resolve("protocols"));
        Files.writeString(lib.resolve("materials/cathodes.cell"), MATERIALS);
        Files.writeString(lib.resolve("protocols/cycling.cell"), PROTOCOLS);
        Path project = Files.createDirectories(base.resolve("project"));
        Files.writeString(project.resolve("study.cell"), STUDY);
        return new Path[] { project, lib };
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void aLibraryFolderIsImportedByPackageOnlyWithLib() throws Exception {
        Path[] p = layout(Files.createTempDirectory("interphase-lib"));
        Runs.Output without = Runs.run("check", p[0].toString());
        assertEquals(1, without.code(), without.out());
        assertTrue(without.out().contains("unknown material 'TeamLco'"), without.out());

        Runs.Output with = Runs.run("check", p[0].toString(), "--lib", p[1].toString());
        assertEquals(0, with.code(), with.out());
        // the project's file and the two library files
        assertTrue(with.out().contains("3 files checked: 0 errors, 0 warnings"), with.out());
    }

    @Test
    void summaryRecordsTheLibraryFilesEachCellUsedWithTheirHashes() throws Exception {
        Path[] p = layout(Files.createTempDirectory("interphase-lib"));
        Path out = p[0].resolve("results");
        Runs.Output r = Runs.run("run", p[0].toString(), "--lib", p[1].toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        ObjectMapper json = new ObjectMapper();
        JsonNode team = json.readTree(out.resolve("lab.study.Shared/TeamCell/summary.json").toFile()).get("provenance");
        JsonNode plain = json.readTree(out.resolve("lab.study.Shared/PlainCell/summary.json").toFile()).get("provenance");

        // TeamCell uses the material and the protocol: both files, sorted by path, relative to the library folder
        JsonNode files = team.get("library_files");
        assertEquals(2, files.size(), files.toString());
        assertEquals("materials/cathodes.cell", files.get(0).get("path").asText());
        assertEquals(sha256(p[1].resolve("materials/cathodes.cell")), files.get(0).get("sha256").asText());
        assertEquals("protocols/cycling.cell", files.get(1).get("path").asText());
        assertEquals(sha256(p[1].resolve("protocols/cycling.cell")), files.get(1).get("sha256").asText());
        // PlainCell uses the library's protocol, not its material
        assertEquals(1, plain.get("library_files").size(), plain.toString());
        assertEquals("protocols/cycling.cell", plain.get("library_files").get(0).get("path").asText());
        // no absolute path of the library in the result
        String text = Files.readString(out.resolve("lab.study.Shared/TeamCell/summary.json"));
        assertFalse(text.contains(p[1].toString()), text);

        // the cell on the library's material ran to the end of the library's protocol (4 cycles)
        JsonNode teamSummary = json.readTree(out.resolve("lab.study.Shared/TeamCell/summary.json").toFile());
        assertEquals("completed", teamSummary.get("status").asText(), teamSummary.toString());
        assertEquals(4, teamSummary.get("metrics").get("cycles_completed").asInt());
    }

    @Test
    void twoClonesInOtherFoldersWriteTheSameSummary() throws Exception {
        Path base = Files.createTempDirectory("interphase-lib");
        Path[] a = layout(base.resolve("alice"));
        Path[] b = layout(base.resolve("elsewhere/bob"));
        Runs.Output ra = Runs.run("run", a[0].toString(), "--lib", a[1].toString(), "--out", a[0].resolve("r").toString());
        Runs.Output rb = Runs.run("run", b[0].toString(), "--lib", b[1].toString(), "--out", b[0].resolve("r").toString());
        assertEquals(0, ra.code(), ra.out() + ra.err());
        assertEquals(0, rb.code(), rb.out() + rb.err());
        for (String cell : new String[] { "TeamCell", "PlainCell" }) {
            Path f = Path.of("lab.study.Shared", cell, "summary.json");
            assertArrayEquals(Files.readAllBytes(a[0].resolve("r").resolve(f)), Files.readAllBytes(b[0].resolve("r").resolve(f)),
                    f + " differs between the clones");
        }
    }

    @Test
    void anErrorInALibraryFileIsLocatedInItAndNothingRuns() throws Exception {
        Path[] p = layout(Files.createTempDirectory("interphase-lib"));
        Path broken = p[1].resolve("materials/broken.cell");
        Files.writeString(broken, """
                package team.materials

                material Broken : cathode based on LCO {
                    specific capacity = 140 V
                }
                """, StandardCharsets.UTF_8);
        Runs.Output check = Runs.run("check", p[0].toString(), "--lib", p[1].toString());
        assertEquals(1, check.code(), check.out());
        // line 4, column 25: the quantity with the wrong unit
        assertTrue(check.out().contains(broken.toAbsolutePath() + ":4:25: error: "), check.out());

        Path out = p[0].resolve("results");
        Runs.Output run = Runs.run("run", p[0].toString(), "--lib", p[1].toString(), "--out", out.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.out().contains(broken.toAbsolutePath() + ":4:25: error: "), run.out());
        assertTrue(run.out().contains("nothing was run"), run.out());
        assertFalse(Files.exists(out.resolve("lab.study.Shared")), "no result written");
    }

    @Test
    void aLibThatIsNotAFolderIsALocatedError() throws Exception {
        Path[] p = layout(Files.createTempDirectory("interphase-lib"));
        Path missing = p[1].resolve("nowhere");
        Runs.Output check = Runs.run("check", p[0].toString(), "--lib", missing.toString());
        assertEquals(1, check.code(), check.out());
        assertTrue(check.out().contains(missing.toAbsolutePath() + ":1:1: error: --lib: no such folder"), check.out());
    }
}
