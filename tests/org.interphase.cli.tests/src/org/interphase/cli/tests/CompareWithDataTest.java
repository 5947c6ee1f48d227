package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare with data}: examples/measured.cell against its sample Arbin file, and a malformed file. */
class CompareWithDataTest {

    @TempDir
    Path tmp;

    /** Column values of a CSV by cycle. */
    private static Map<Integer, Double> column(Path csv, String name) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        int c = List.of(lines.get(0).split(",")).indexOf(name);
        Map<Integer, Double> values = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            values.put(Integer.parseInt(f[0]), Double.parseDouble(f[c]));
        }
        return values;
    }

    @Test
    void theExampleIsComparedWithItsSampleFile() throws Exception {
        Path out = tmp.resolve("results");
        Runs.Output o = Runs.run("run", Runs.example("measured.cell").toString(), "--study", "MeasuredVsModel", "--out",
                out.toString());
        assertEquals(0, o.code(), o.out() + o.err());
        System.out.println(o.out()); // the RMS line, for the test report
        Path cell = out.resolve("lab.measured.MeasuredVsModel/MeasuredLco");
        Path measured = cell.resolve("measured.csv");
        assertTrue(Files.isRegularFile(measured));
        assertEquals("cycle,charge_capacity_mAh_cm2,discharge_capacity_mAh_cm2,coulombic_efficiency_pct,capacity_retention_pct",
                Files.readAllLines(measured).get(0));
        Map<Integer, Double> m = column(measured, "capacity_retention_pct");
        Map<Integer, Double> s = column(cell.resolve("cycles.csv"), "capacity_retention_pct");
        assertEquals(10, m.size());
        // the RMS difference recomputed here from the two files the run wrote
        double sum = 0;
        for (int c = 1; c <= 10; c++) {
            sum += Math.pow(s.get(c) - m.get(c), 2);
        }
        double rms = Math.sqrt(sum / 10);
        Matcher line = Pattern.compile("MeasuredVsModel/MeasuredLco vs data/measured-arbin.csv \\(Arbin CSV, 10 cycles\\): "
                + "RMS difference ([0-9.]+) % points in retention, ([0-9.]+) mAh/cm2 in discharge capacity, over 10 cycles")
                .matcher(o.out());
        assertTrue(line.find(), o.out());
        assertEquals(rms, Double.parseDouble(line.group(1)), 0.006, "the printed RMS is the files' RMS");
        // the sample file is the same model simulated cycle by cycle: the run (with multi-rate jumps) stays close
        assertTrue(rms < 1.0, "RMS " + rms + " % points");
        // retention falls over the ten cycles in both (a comparison of two flat lines would prove nothing)
        // (93 % after ten cycles since the polymer's own CEI passivates the carbon black, 2026-12-07; below 90 before)
        assertTrue(m.get(10) < 95 && s.get(10) < 95, m.get(10) + " / " + s.get(10));
        Runs.assertPlot(cell.resolve("retention.png"));
        Runs.assertPlot(cell.resolve("voltage.png"));
        Runs.assertPlot(out.resolve("lab.measured.MeasuredVsModel/report-retention.png"));
    }

    /** The RMS line of MeasuredVsModel/MeasuredLco in a run's output. */
    private static String rmsLine(Runs.Output o) {
        return o.out().lines().filter(l -> l.startsWith("MeasuredVsModel/MeasuredLco vs ")).findFirst().orElse(null);
    }

    @Test
    void aCachedCellKeepsItsComparisonAndChangedDataRunsItAgain() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("project"));
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.copy(Runs.example("measured.cell"), dir.resolve("measured.cell"));
        Files.copy(Runs.example("data/measured-arbin.csv"), data.resolve("measured-arbin.csv"));
        Path out = tmp.resolve("results");
        Path cell = out.resolve("lab.measured.MeasuredVsModel/MeasuredLco");
        String[] args = { "run", dir.resolve("measured.cell").toString(), "--study", "MeasuredVsModel", "--out",
                out.toString() };
        Runs.Output first = Runs.run(args);
        assertEquals(0, first.code(), first.out() + first.err());
        assertEquals(Map.of("MeasuredVsModel/MeasuredLco", "run"), CacheTest.sources(first));
        Map<String, String> files = CacheTest.snapshot(out, false);
        byte[] measured = Files.readAllBytes(cell.resolve("measured.csv"));

        // the same model and the same data: served, measured.csv and the overlays still there, the same RMS line
        Runs.Output second = Runs.run(args);
        assertEquals(0, second.code(), second.out() + second.err());
        assertEquals(Map.of("MeasuredVsModel/MeasuredLco", "cached"), CacheTest.sources(second));
        assertTrue(second.out().contains("1 of 1 cell served from the cache"), second.out());
        assertEquals(files, CacheTest.snapshot(out, false));
        assertTrue(rmsLine(first) != null, first.out());
        assertEquals(rmsLine(first), rmsLine(second));

        // the data file changes (every discharge capacity 5 % lower), the .cell files do not: the comparison
        // in the folder would be stale, so the data's hash is part of the key and the cell runs again
        List<String> rows = Files.readAllLines(data.resolve("measured-arbin.csv"));
        assertTrue(rows.get(0).endsWith("Discharge_Capacity(Ah)"), rows.get(0));
        for (int i = 1; i < rows.size(); i++) {
            int comma = rows.get(i).lastIndexOf(',');
            double q = Double.parseDouble(rows.get(i).substring(comma + 1));
            rows.set(i, rows.get(i).substring(0, comma + 1) + (q * 0.95));
        }
        Files.write(data.resolve("measured-arbin.csv"), rows);
        Runs.Output third = Runs.run(args);
        assertEquals(0, third.code(), third.out() + third.err());
        assertEquals(Map.of("MeasuredVsModel/MeasuredLco", "run"), CacheTest.sources(third));
        Map<Integer, Double> before = new HashMap<>();
        List<String> old = List.of(new String(measured, java.nio.charset.StandardCharsets.UTF_8).split("\n"));
        for (String line : old.subList(1, old.size())) {
            String[] f = line.split(",", -1);
            before.put(Integer.parseInt(f[0]), Double.parseDouble(f[2]));
        }
        Map<Integer, Double> after = column(cell.resolve("measured.csv"), "discharge_capacity_mAh_cm2");
        // measured.csv rewritten from the new file: 0.95 times the old capacities (six significant digits)
        assertEquals(before.keySet(), after.keySet());
        for (int c : before.keySet()) {
            assertEquals(before.get(c) * 0.95, after.get(c), 1e-5 * before.get(c), "cycle " + c);
        }
    }

    @Test
    void aMalformedDataFileIsAnErrorWithItsLineAndNothingRuns() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("project"));
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.copy(Runs.example("measured.cell"), dir.resolve("measured.cell"));
        List<String> rows = Files.readAllLines(Runs.example("data/measured-arbin.csv"));
        rows.set(57, rows.get(57).replaceFirst(",([0-9.]+)$", ",1.2.3"));
        Files.write(data.resolve("measured-arbin.csv"), rows);
        Path out = tmp.resolve("results");
        Runs.Output o = Runs.run("run", dir.resolve("measured.cell").toString(), "--out", out.toString());
        assertEquals(1, o.code(), o.out() + o.err());
        assertTrue(o.out().contains("measured.cell:32:23: error: data file 'data/measured-arbin.csv' line 58: column "
                + "'Discharge_Capacity(Ah)': '1.2.3' is not a number"), o.out());
        assertTrue(o.out().contains("nothing was run"), o.out());
        assertFalse(Files.exists(out.resolve("lab.measured.MeasuredVsModel")), "no result written");
    }
}
