package org.interphase.uq.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.cli.Interphase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** interphase run with uncertainty and interphase sensitivity, end to end on a two-cycle LCO cell. */
class UncertaintyRunTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Interphase.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] { Integer.toString(code), out.toString(), err.toString() };
    }

    /**
     * The study's clause asks for 6 samples: summary.json gains the percentiles of every metric
     * (p5 <= p50 <= p95, each from the samples that completed, failures counted), uncertainty.csv the
     * per-cycle bands, the report a section; a second run serves every sample from the cache and
     * gives the same percentiles.
     */
    @Test
    void theStudysClauseAddsPercentilesAndSamplesAreCached(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.cell");
        Files.writeString(file, CellSamplingTest.TEXT);
        Path out = dir.resolve("results");
        String[] r = run("run", file.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("uncertainty (6 sample runs"), r[1]);
        Path folder = out.resolve("t.S").resolve("Lco");
        JsonNode u = new ObjectMapper().readTree(folder.resolve("summary.json").toFile()).get("uncertainty");
        assertEquals(6, u.get("samples").asInt());
        assertEquals(3, u.get("seed").asInt());
        assertEquals(6, u.get("completed").asInt() + u.get("failed").asInt());
        JsonNode retention = u.get("metrics").get("capacity_retention_pct");
        assertTrue(retention.get("p5").asDouble() <= retention.get("p50").asDouble());
        assertTrue(retention.get("p50").asDouble() <= retention.get("p95").asDouble());
        // a sample that stopped early (say, it cannot reach 4.2 V) has no retention: n counts those that have one
        int early = 0;
        for (JsonNode e : u.get("ended_early")) {
            early += e.get("count").asInt();
        }
        assertTrue(retention.get("n").asInt() >= 1 && retention.get("n").asInt() <= u.get("completed").asInt());
        assertTrue(early <= u.get("completed").asInt());
        assertTrue(u.get("parameters").size() > 3);
        assertTrue(u.get("not_sampled").size() > 3);
        List<String> csv = Files.readAllLines(folder.resolve("uncertainty.csv"));
        assertTrue(csv.get(0).startsWith("cycle,retention_p5_pct"), csv.get(0));
        assertEquals(3, csv.size(), "a header and 2 cycles");
        assertTrue(Files.readString(out.resolve("t.S").resolve("report.html")).contains("<h2>Uncertainty</h2>"));
        try (var s = Files.list(out.resolve("t.S").resolve("Lco.samples"))) {
            assertEquals(6, s.count(), "one cached folder per sample");
        }
        String[] again = run("run", file.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals("0", again[0], again[1] + again[2]);
        JsonNode u2 = new ObjectMapper().readTree(folder.resolve("summary.json").toFile()).get("uncertainty");
        assertEquals(6, u2.get("cached").asInt(), "every sample served from the cache");
        assertEquals(u.get("metrics"), u2.get("metrics"));
        // --samples overrides the clause for every study; another seed samples other points
        String[] three = run("run", file.toString(), "--out", out.toString(), "--samples", "3", "--seed", "11");
        assertEquals("0", three[0], three[1] + three[2]);
        JsonNode u3 = new ObjectMapper().readTree(folder.resolve("summary.json").toFile()).get("uncertainty");
        assertEquals(3, u3.get("samples").asInt());
        assertEquals(11, u3.get("seed").asInt());
        assertEquals(0, u3.get("cached").asInt());
    }

    /** Morris screening: r (k + 1) runs, a table per metric, morris.csv and a chart per metric. */
    @Test
    void sensitivityScreensTheChosenMetric(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.cell");
        Files.writeString(file, CellSamplingTest.TEXT);
        Path out = dir.resolve("results");
        String[] r = run("sensitivity", file.toString(), "--study", "S", "--metric", "capacity_retention", "--trajectories",
                "2", "--seed", "5", "--out", out.toString(), "--threads", "2");
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("capacity_retention_pct:"), r[1]);
        assertTrue(r[1].contains("LCO.catalytic activity"), r[1]);
        Path folder = out.resolve("t.S").resolve("Lco.sensitivity");
        List<String> csv = Files.readAllLines(folder.resolve("morris.csv"));
        assertTrue(csv.size() > 4, csv::toString);
        assertTrue(Files.size(folder.resolve("capacity_retention_pct.png")) > 1000);
        assertTrue(Files.readString(folder.resolve("not-sampled.txt")).contains("no range"));
        String[] bad = run("sensitivity", file.toString(), "--study", "S", "--metric", "retention_typo", "--out",
                out.toString());
        assertEquals("2", bad[0]);
        assertTrue(bad[2].contains("unknown metric 'retention_typo'"), bad[2]);
    }
}
