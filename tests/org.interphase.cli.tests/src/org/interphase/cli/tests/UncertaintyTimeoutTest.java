package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: the uncertainty samples took no --cell-timeout; they ran with the default of 30 min. The
 * 200-cycle LAGP-LCO cell of the coatings example takes seconds (docs/engine.md), far beyond 50 ms, so
 * with the limit each of its sample runs fails, and says why, as its nominal run does.
 */
class UncertaintyTimeoutTest {

    @Test
    void theSampleRunsHaveTheCellTimeLimit(@TempDir Path out) throws Exception {
        Path uncertainty = Runs.example("uncertainty.cell");
        Runs.Output o = Runs.run("run", uncertainty.toString(), "--study", "CoatedUncertainty", "--samples", "2",
                "--out", out.toString(), "--threads", "2", "--cell-timeout", "0.05");
        assertEquals(1, o.code(), o.out() + o.err());
        assertTrue(o.err().contains("CoatedUncertainty/LagpLco sample 1: failed"), o.err());
        assertTrue(o.err().contains("CoatedUncertainty/LagpLco sample 2: failed"), o.err());
        assertFalse(o.err().contains("sample 1: completed") || o.err().contains("sample 2: completed"), o.err());
        Path samples = out.resolve("lab.uncertainty.CoatedUncertainty/LagpLco.samples");
        try (var files = Files.walk(samples)) {
            var summaries = files.filter(f -> f.getFileName().toString().equals("summary.json")).toList();
            assertEquals(2, summaries.size(), "a summary.json per sample: " + summaries);
            for (Path summary : summaries) {
                assertTrue(Files.readString(summary).contains("time limit of a cell"), summary.toString());
            }
        }
    }
}
