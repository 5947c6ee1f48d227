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

    /**
     * Issue 14: a cell still running after --cell-timeout becomes a failed cell that says why, and the
     * rest of the run (the other cell, the study's report) is written. The example's cells (45 and 200
     * cycles) take tens of milliseconds of engine time at the least since the sixth speed pass (docs/engine.md,
     * Benchmarks; the 45-cycle LagpLco finished inside the 50 ms used before), far beyond a limit of 1 ms.
     */
    @Test
    void aCellOverItsTimeLimitFailsWithTheReasonAndTheReportIsWritten() throws Exception {
        Path out = Files.createTempDirectory("interphase-run");
        Path coatings = Path.of(System.getProperty("interphase.examples")).resolve("coatings.cell");
        String[] r = run("run", coatings.toString(), "--study", "CoatingComparison", "--out", out.toString(), "--threads",
                "2", "--cell-timeout", "0.001");
        assertEquals("1", r[0], "a failed cell makes the run exit 1: " + r[1] + r[2]);
        for (String cell : List.of("BareLco", "LagpLco")) {
            String summary = Files.readString(out.resolve("lab.coatings.CoatingComparison").resolve(cell).resolve("summary.json"));
            assertTrue(summary.contains("\"failed\""), summary);
            assertTrue(summary.contains("time limit of a cell"), summary);
        }
        assertTrue(Files.isRegularFile(out.resolve("lab.coatings.CoatingComparison/report.html")));

        String[] bad = run("run", coatings.toString(), "--out", out.toString(), "--cell-timeout", "0");
        assertEquals("2", bad[0], bad[1] + bad[2]);
        assertTrue(bad[2].contains("--cell-timeout must be a positive number of seconds"), bad[2]);
    }

    @Test
    void writesTheFilesOfEveryCellOfTheStudy() throws Exception {
        Path out = Files.createTempDirectory("interphase-run");
        Path coatings = Path.of(System.getProperty("interphase.examples")).resolve("coatings.cell");
        String[] r = run("run", coatings.toString(), "--study", "CoatingComparison", "--out", out.toString(), "--threads", "2");
        assertEquals("0", r[0], r[1] + r[2]);
        for (String cell : List.of("BareLco", "LagpLco")) {
            Path folder = out.resolve("lab.coatings.CoatingComparison").resolve(cell);
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
        try (var s = Files.list(out.resolve("lab.coatings.CoatingComparison"))) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".")), "no staging folder left behind");
        }
        // plots: cycling with impedance every 50 cycles; no sweep and no Li|Li steps, so no lsv or overpotential plot
        for (String cell : List.of("BareLco", "LagpLco")) {
            Path folder = out.resolve("lab.coatings.CoatingComparison").resolve(cell);
            for (String png : List.of("retention.png", "voltage.png", "resistance.png", "nyquist.png")) {
                Runs.assertPlot(folder.resolve(png));
            }
            assertFalse(Files.exists(folder.resolve("lsv.png")) || Files.exists(folder.resolve("overpotential.png")));
        }
        // the study's report compares both cells, with the retention of their summary.json
        Path report = out.resolve("lab.coatings.CoatingComparison").resolve("report.html");
        String html = Files.readString(report);
        for (String cell : List.of("BareLco", "LagpLco")) {
            double retention = Runs.number(Files.readString(out.resolve("lab.coatings.CoatingComparison").resolve(cell).resolve("summary.json")),
                    "capacity_retention_pct");
            java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr data-cell=\"" + cell + "\">(.*?)</tr>").matcher(html);
            assertTrue(row.find(), cell + " row in " + html);
            assertTrue(row.group(1).contains(">" + String.format(java.util.Locale.ROOT, "%.1f", retention) + "<"),
                    retention + " in " + row.group(1));
            assertTrue(html.contains("href=\"" + cell + "/retention.png\""), "link to the cell's plot");
        }
        Runs.assertPlot(out.resolve("lab.coatings.CoatingComparison").resolve("report-retention.png"));
        Runs.assertPlot(out.resolve("lab.coatings.CoatingComparison").resolve("report-resistance.png"));
        assertTrue(html.contains("<img src=\"report-retention.png\""));
        assertTrue(r[1].contains("LagpLco"), r[1]);
        String lagp = Files.readString(out.resolve("lab.coatings.CoatingComparison/LagpLco/summary.json"));
        assertTrue(lagp.contains("\"cathode_surface_damage\""), "mechanisms all ran the registered mechanisms: " + lagp);
    }

    /** The coatings example's sweep: 9 thicknesses x 3 temperatures x the study's 2 cells. */
    @Test
    void sweepWritesOneRowPerPointAndCell() throws Exception {
        Path out = Files.createTempDirectory("interphase-sweep");
        Path coatings = Path.of(System.getProperty("interphase.examples")).resolve("coatings.cell");
        String[] r = run("run", coatings.toString(), "--study", "CoatingThickness", "--out", out.toString());
        assertEquals("0", r[0], r[1] + r[2]);
        List<String> lines = Files.readAllLines(out.resolve("lab.coatings.CoatingThickness").resolve("sweep.csv"));
        assertTrue(lines.get(0).startsWith("LagpLco.cathode.coating.thickness_nm,temperature_degC,cell,status,"), lines.get(0));
        assertEquals(1 + 9 * 3 * 2, lines.size());
        // 0 nm to 40 nm in 9 steps: 0, 5, ..., 40 nm, first variation slowest
        String[] first = lines.get(1).split(",");
        String[] last = lines.get(lines.size() - 1).split(",");
        assertEquals(List.of(0.0, 40.0, 0.0), List.of(Double.parseDouble(first[0]), Double.parseDouble(first[1]), 0.0));
        assertEquals("BareLco", first[2]);
        assertEquals(List.of(40.0, 80.0), List.of(Double.parseDouble(last[0]), Double.parseDouble(last[1])));
        assertEquals("LagpLco", last[2]);
        assertEquals(5.0, Double.parseDouble(lines.get(1 + 3 * 2).split(",")[0]), 1e-9, "second thickness");
        Runs.assertPlot(out.resolve("lab.coatings.CoatingThickness").resolve("sweep.png"));
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
        assertTrue(r[2].contains("no study or sweep 'Nope'") && r[2].contains("CoatingComparison"), r[2]);
    }
}
