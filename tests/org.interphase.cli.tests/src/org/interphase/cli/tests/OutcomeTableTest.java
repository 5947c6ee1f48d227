package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.execution.OutcomeTable;
import org.interphase.execution.StudyExecution.Outcome;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.junit.jupiter.api.Test;

/** The run's table: a sweep point's row names its varied values (issue 17: the rows said only study and cell). */
class OutcomeTableTest {

    static RunResult result(String study, String cell) {
        RunResult r = ResultsFactory.eINSTANCE.createRunResult();
        r.setStudy(study);
        r.setCell(cell);
        r.setStatus(RunStatus.COMPLETED);
        r.setMetrics(ResultsFactory.eINSTANCE.createMetrics());
        return r;
    }

    @Test
    void sweepPointsGetAVariedColumn() {
        String table = OutcomeTable.format(List.of(new Outcome(result("Cycling", "Bare"), true),
                new Outcome(result("Cycling", "Coated"), false, "40 nm, 60 \u00b0C"),
                new Outcome(result("Cycling", "Coated"), true, "0 nm, 60 \u00b0C")));
        List<String> lines = table.lines().toList();
        assertTrue(lines.get(0).endsWith("SOURCE   VARIED"), lines.get(0));
        int column = lines.get(0).indexOf("VARIED");
        assertEquals("", lines.get(1).substring(Math.min(column, lines.get(1).length())).trim(), "a study's cell: no value");
        assertEquals("40 nm, 60 \u00b0C", lines.get(2).substring(column), "under the header");
        assertEquals("0 nm, 60 \u00b0C", lines.get(3).substring(column));
        assertTrue(lines.get(3).contains(" cached "), lines.get(3));
        // no sweep point: the table as before, SOURCE last
        String plain = OutcomeTable.format(List.of(new Outcome(result("Cycling", "Bare"), false)));
        assertTrue(plain.lines().findFirst().orElseThrow().endsWith("SOURCE"));
        assertFalse(plain.contains("VARIED"));
    }
}
