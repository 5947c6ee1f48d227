package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results that cannot collide (issue 13, docs/results.md "Folders"): two studies with the same name
 * in two packages of one project write into {@code OUT/<package>.<study>/}, one folder each, so
 * running them together or one after the other leaves both complete and neither overwritten.
 */
class SameNameStudiesTest {

    /** A file of package PKG with a study "Cycled" of one cell "Lco" whose cathode loading is LOADING. */
    private static String file(String pkg, String loading) {
        return """
                package %s

                cell Lco {
                    area 1 cm2
                    cathode LCO { loading %s mAh/cm2 }
                    electrolyte {
                        polymer PEO { end group hydroxyl }
                        salt LiTFSI { ratio EO:Li 20 }
                        thickness 50 um
                    }
                    anode Li { thickness 50 um }
                }

                protocol TwoCycles {
                    temperature 60 °C
                    repeat 2 {
                        charge at C/5 until 4.2 V
                        discharge at C/5 until 3.0 V
                    }
                }

                study Cycled {
                    cells Lco
                    protocol TwoCycles
                    mechanisms all
                    report capacity retention
                }
                """.formatted(pkg, loading);
    }

    @Test
    void twoSameNamedStudiesInTwoPackagesKeepTheirOwnFolders(@TempDir Path base) throws Exception {
        Path project = base.resolve("project");
        Files.createDirectories(project.resolve("a"));
        Files.createDirectories(project.resolve("b"));
        Files.writeString(project.resolve("a/cells.cell"), file("lab.a", "1.5"));
        Files.writeString(project.resolve("b/cells.cell"), file("lab.b", "1.0"));
        Path out = base.resolve("results");

        Runs.Output r = Runs.run("run", project.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        Path a = out.resolve("lab.a.Cycled/Lco/summary.json");
        Path b = out.resolve("lab.b.Cycled/Lco/summary.json");
        assertTrue(Files.isRegularFile(a) && Files.isRegularFile(b), r.out());
        assertFalse(Files.exists(out.resolve("Cycled")), "no folder by the simple name");
        // each folder holds its own study's cell: the 1.5 mAh/cm2 cathode delivers more than the 1.0 one
        // (a cathode cannot deliver more than its loading: the 1.0 cell stays at or below 1.0 mAh/cm2)
        double capacityA = Runs.number(Files.readString(a), "final_discharge_capacity_mAh_cm2");
        double capacityB = Runs.number(Files.readString(b), "final_discharge_capacity_mAh_cm2");
        assertTrue(capacityB <= 1.0 && capacityA > capacityB, capacityA + " vs " + capacityB);
        assertTrue(Files.isRegularFile(out.resolve("lab.a.Cycled/report.html")));
        assertTrue(Files.isRegularFile(out.resolve("lab.b.Cycled/report.html")));
        Map<String, String> first = CacheTest.snapshot(out, true);

        // one of them by its qualified name: only its cell is looked at, served from its own folder
        Runs.Output one = Runs.run("run", project.toString(), "--out", out.toString(), "--study", "lab.b.Cycled");
        assertEquals(0, one.code(), one.out() + one.err());
        assertTrue(one.out().contains("1 of 1 cell served from the cache"), one.out());
        // both by the simple name: both served, neither overwritten by the other
        Runs.Output both = Runs.run("run", project.toString(), "--out", out.toString(), "--study", "Cycled");
        assertEquals(0, both.code(), both.out() + both.err());
        assertTrue(both.out().contains("2 of 2 cells served from the cache"), both.out());
        assertEquals(first, CacheTest.snapshot(out, true), "every file as the first run wrote it");
    }

    @Test
    void anUnknownStudyNamesTheQualifiedOnes(@TempDir Path base) throws Exception {
        Path project = base.resolve("project");
        Files.createDirectories(project.resolve("a"));
        Files.createDirectories(project.resolve("b"));
        Files.writeString(project.resolve("a/cells.cell"), file("lab.a", "1.5"));
        Files.writeString(project.resolve("b/cells.cell"), file("lab.b", "1.0"));
        Runs.Output r = Runs.run("run", project.toString(), "--out", base.resolve("out").toString(), "--study", "Nope");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no study or sweep 'Nope'") && r.err().contains("lab.a.Cycled, lab.b.Cycled"), r.err());
        assertFalse(Files.exists(base.resolve("out")), "nothing written");
    }
}
