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
        Path cell = out.resolve("MeasuredVsModel/MeasuredLco");
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
        assertTrue(m.get(10) < 90 && s.get(10) < 90, m.get(10) + " / " + s.get(10));
        Runs.assertPlot(cell.resolve("retention.png"));
        Runs.assertPlot(cell.resolve("voltage.png"));
        Runs.assertPlot(out.resolve("MeasuredVsModel/report-retention.png"));
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
        assertFalse(Files.exists(out.resolve("MeasuredVsModel")), "no result written");
    }
}
