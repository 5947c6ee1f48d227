package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.cli.Interphase;
import org.junit.jupiter.api.Test;

/** 'interphase run' end to end on the coatings example. */
class RunTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Interphase.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] { Integer.toString(code), out.toString(), err.toString() };
    }

    @Test
    void writesTheFilesOfEveryCellOfTheStudy() throws Exception {
        Path out = Files.createTempDirectory("interphase-run");
        Path coatings = Path.of(System.getProperty("interphase.examples")).resolve("coatings.cell");
        String[] r = run("run", coatings.toString(), "--study", "CoatingComparison", "--out", out.toString(), "--threads", "2");
        assertEquals("0", r[0], r[1] + r[2]);
        for (String cell : List.of("BareLco", "LagpLco")) {
            Path folder = out.resolve("CoatingComparison").resolve(cell);
            for (String file : List.of("summary.json", "cycles.csv", "trace.csv", "impedance.csv")) {
                assertTrue(Files.isRegularFile(folder.resolve(file)), folder.resolve(file).toString());
            }
            List<String> cycles = Files.readAllLines(folder.resolve("cycles.csv"));
            assertEquals("cycle,charge_capacity_mAh_cm2,discharge_capacity_mAh_cm2,capacity_retention_pct,"
                    + "coulombic_efficiency_pct,resistance_ohm_cm2,side_charge_mAh_cm2,cei_thickness_nm,"
                    + "sei_thickness_nm,contact_area_pct", cycles.get(0));
            assertEquals(201, cycles.size(), "a header and 200 cycles");
            String summary = Files.readString(folder.resolve("summary.json"));
            for (String field : List.of("\"study\"", "\"cell\"", "\"protocol\"", "\"mechanisms\"", "\"status\"",
                    "\"stop_reason\"", "\"metrics\"", "\"provenance\"", "\"capacity_retention_pct\"",
                    "\"gas_umol_cm2\"", "\"input_sha256\"")) {
                assertTrue(summary.contains(field), field + " in " + summary);
            }
        }
        try (var s = Files.list(out.resolve("CoatingComparison"))) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".")), "no staging folder left behind");
        }
        assertTrue(r[1].contains("LagpLco"), r[1]);
        assertTrue(r[2].contains("sweep CoatingThickness is not run"), r[2]);
    }

    @Test
    void inputWithErrorsRunsNothing() throws Exception {
        Path out = Files.createTempDirectory("interphase-run");
        Path bad = Path.of(System.getProperty("interphase.testdata")).resolve("every-error.cell");
        String[] r = run("run", bad.toString(), "--out", out.toString());
        assertEquals("1", r[0]);
        assertTrue(r[1].contains("every-error.cell:6:13: error: unknown material 'LCX'"), r[1]);
        assertTrue(r[1].contains("nothing was run"), r[1]);
        try (var s = Files.list(out)) {
            assertEquals(0, s.count(), "no result written");
        }
    }

    @Test
    void unknownStudyIsNamed() {
        Path coatings = Path.of(System.getProperty("interphase.examples")).resolve("coatings.cell");
        String[] r = run("run", coatings.toString(), "--study", "Nope");
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("no study 'Nope'") && r[2].contains("CoatingComparison"), r[2]);
    }
}
