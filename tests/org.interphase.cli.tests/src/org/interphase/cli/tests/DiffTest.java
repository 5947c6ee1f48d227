package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** 'interphase diff A B' on hand-written results folders (the numbers are made up for the test). */
class DiffTest {

    private static void summary(Path results, String study, String cell, String status, String stopReason,
            String retention, String cycles) throws Exception {
        Path folder = Files.createDirectories(results.resolve(study).resolve(cell));
        Files.writeString(folder.resolve("summary.json"), "{\n  \"study\" : \"" + study + "\",\n  \"cell\" : \"" + cell
                + "\",\n  \"status\" : \"" + status + "\",\n  \"stop_reason\" : "
                + (stopReason == null ? "null" : "\"" + stopReason + "\"") + ",\n  \"metrics\" : {\n"
                + "    \"cycles_completed\" : " + cycles + ",\n    \"capacity_retention_pct\" : " + retention + ",\n"
                + "    \"onset_potential_V\" : null,\n    \"final_resistance_ohm_cm2\" : 120.5,\n"
                + "    \"gas_umol_cm2\" : { \"H2\" : 0.25, \"CH4\" : null, \"CO\" : 0.0 }\n  }\n}\n");
    }

    @Test
    void printsTheMetricDifferencesAndTheCellsOfOneSideOnly() throws Exception {
        Path a = Files.createTempDirectory("interphase-diff-a");
        Path b = Files.createTempDirectory("interphase-diff-b");
        summary(a, "Coatings", "Lagp", "completed", null, "84.0", "200");
        summary(b, "Coatings", "Lagp", "stopped", "the charge did not reach 4.5 V", "80.5", "150");
        summary(a, "Coatings", "Bare", "completed", null, "43.1", "200");
        summary(b, "Coatings", "Bare", "completed", null, "43.1", "200");
        summary(a, "Coatings", "OnlyHere", "completed", null, "50", "200");
        summary(b, "Onset", "Steel", "completed", null, "null", "0");

        Runs.Output r = Runs.run("diff", a.toString(), b.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        String out = r.out();
        assertTrue(out.contains("Coatings/Lagp:\n"), out);
        assertTrue(out.matches("(?s).*\n  status +completed +stopped *\n.*"), out);
        assertTrue(out.matches("(?s).*\n  stop_reason +- +the charge did not reach 4.5 V *\n.*"), out);
        assertTrue(out.matches("(?s).*\n  cycles_completed +200 +150 +-50\n.*"), out);
        // 80.5 - 84.0
        assertTrue(out.matches("(?s).*\n  capacity_retention_pct +84 +80.5 +-3.5\n.*"), out);
        assertFalse(out.contains("final_resistance_ohm_cm2"), "equal metrics are left out without --all: " + out);
        assertTrue(out.contains("Coatings/Bare: identical"), out);
        assertTrue(out.contains("Coatings/OnlyHere: only in A"), out);
        assertTrue(out.contains("Onset/Steel: only in B"), out);
        assertTrue(out.contains("2 cells in both (1 with differences), 1 only in A, 1 only in B"), out);
        // the cells in study, then cell order
        assertTrue(out.indexOf("Coatings/Bare") < out.indexOf("Coatings/Lagp")
                && out.indexOf("Coatings/OnlyHere") < out.indexOf("Onset/Steel"), out);

        Runs.Output every = Runs.run("diff", "--all", a.toString(), b.toString());
        assertTrue(every.out().matches("(?s).*\n  final_resistance_ohm_cm2 +120.5 +120.5 +0\n.*"), every.out());
        assertTrue(every.out().matches("(?s).*\n  gas_umol_cm2.H2 +0.25 +0.25 +0\n.*"), every.out());
        assertFalse(every.out().contains("onset_potential_V"), "a metric null on both sides is not listed");
    }

    @Test
    void aFolderThatIsNotAResultsFolderIsAnError() throws Exception {
        Path a = Files.createTempDirectory("interphase-diff-a");
        summary(a, "S", "C", "completed", null, "90", "10");
        Path empty = Files.createTempDirectory("interphase-diff-empty");
        Files.writeString(empty.resolve("notes.txt"), "no results here\n");

        Runs.Output r = Runs.run("diff", a.toString(), empty.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("interphase: " + empty + ": not a results folder"), r.err());

        Runs.Output missing = Runs.run("diff", empty.resolve("nothing").toString(), a.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains(empty.resolve("nothing") + ": no such folder"), missing.err());
    }

    @Test
    void aBrokenSummaryIsNamedWithItsLine() throws Exception {
        Path a = Files.createTempDirectory("interphase-diff-a");
        summary(a, "S", "C", "completed", null, "90", "10");
        Path b = Files.createTempDirectory("interphase-diff-b");
        Path broken = Files.createDirectories(b.resolve("S/C")).resolve("summary.json");
        Files.writeString(broken, "{\n  \"status\" : \"completed\",\n  \"metrics\" : { oops }\n}\n");

        Runs.Output r = Runs.run("diff", a.toString(), b.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("interphase: " + broken + ":3:"), r.err());
        assertTrue(r.err().contains(": not valid JSON"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }
}
