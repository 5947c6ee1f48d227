package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.interphase.execution.OutcomeTable;
import org.interphase.execution.StudyExecution.Outcome;
import org.interphase.model.results.CycleRecord;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.RunResult;
import org.interphase.report.StudyReport;
import org.interphase.results.ResultFiles;
import org.interphase.results.read.ResultReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A retention above 100 % is said, once, with its cycle, wherever results are reported: summary.json's
 * {@code notes}, the run's table (interphase run, the workbench console) and report.html; a result read
 * back says it too. The retentions are those of docs/results.md's definition (a cycle's discharge over the
 * first cycle's: 1.004 / 1.000 = 100.4 %).
 */
class RetentionNoteTest {

    private static RunResult cell(String name, double... discharges) {
        RunResult r = OutcomeTableTest.result("Cycling", name);
        for (int i = 0; i < discharges.length; i++) {
            CycleRecord c = ResultsFactory.eINSTANCE.createCycleRecord();
            c.setCycle(i + 1);
            c.setChargeCapacity(discharges[i] / 0.99);
            c.setDischargeCapacity(discharges[i]);
            c.setCapacityRetention(100 * discharges[i] / discharges[0]);
            c.setCoulombicEfficiency(99);
            r.getCycles().add(c);
        }
        r.getMetrics().setCyclesCompleted(discharges.length);
        r.getMetrics().setCapacityRetention(100 * discharges[discharges.length - 1] / discharges[0]);
        return r;
    }

    private static int count(String text, String piece) {
        return text.split(java.util.regex.Pattern.quote(piece), -1).length - 1;
    }

    @Test
    void aRetentionAbove100IsSaidOnceWithItsCycle(@TempDir Path tmp) throws Exception {
        // 100, 100.2, 100.4, 99.8 %: above 100 from cycle 2, highest at cycle 3, back below at the end
        RunResult rising = cell("Rising", 1.000, 1.002, 1.004, 0.998);
        JsonNode notes = ResultFiles.summary(rising).get("notes");
        assertEquals(1, notes.size(), notes::toString);
        assertEquals("retention_above_100", notes.get(0).get("code").asText());
        assertEquals(2, notes.get(0).get("cycle").asInt());
        String text = notes.get(0).get("text").asText();
        assertTrue(text.startsWith("capacity retention above 100 % from cycle 2 (100.2 %; highest 100.4 % at cycle 3)"), text);

        String table = OutcomeTable.format(List.of(new Outcome(rising, false)));
        assertEquals(1, count(table, "capacity retention above 100 %"), table);
        assertTrue(table.contains("note: capacity retention above 100 % from cycle 2"), table);
        String html = StudyReport.html("Cycling", List.of(rising), List.of());
        assertEquals(1, count(html, "capacity retention above 100 %"), html);

        // written and read back (a result served from the cache): the same note
        ResultFiles.write(rising, tmp);
        RunResult back = ResultReader.readRun(tmp);
        assertEquals(notes, ResultFiles.summary(back).get("notes"));
    }

    /** 100.04 % is shown as 100.0: no note; a falling cell has none; the field is there, empty. */
    @Test
    void noNoteWhereNoneIsShownAbove100() {
        for (RunResult r : List.of(cell("Flat", 1.0, 1.0004, 0.999), cell("Falling", 1.0, 0.99, 0.98))) {
            assertEquals(0, ResultFiles.summary(r).get("notes").size(), r.getCell());
            assertFalse(OutcomeTable.format(List.of(new Outcome(r, false))).contains("note:"), r.getCell());
            assertFalse(StudyReport.html("Cycling", List.of(r), List.of()).contains("above 100 %"), r.getCell());
        }
    }
}
