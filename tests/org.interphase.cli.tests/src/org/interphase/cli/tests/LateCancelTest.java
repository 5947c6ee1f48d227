package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;

import org.eclipse.emf.ecore.resource.Resource;
import org.interphase.dsl.workspace.CellWorkspace;
import org.interphase.execution.Execution;
import org.interphase.execution.Selection;
import org.interphase.execution.StudyExecution;
import org.interphase.model.results.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cancel and the outcome it leaves agree (CONTRIBUTING: a failed or cancelled run leaves nothing
 * half-written): a cancel that arrives after the last cell of a study was written cuts nothing, so the run
 * is complete, report included, and does not say cancelled; a cancel before the runs end keeps no cell and
 * no report. The moment is set by a latch the listener counts down as each cell's folder is complete, not
 * by a sleep.
 */
class LateCancelTest {

    private static final String TEXT = "package t\n" + Runs.peoCell("A", "LCO { loading 1.5 mAh/cm2 }")
            + Runs.peoCell("B", "LCO { loading 1.0 mAh/cm2 }") + Runs.cycles("Two", 2, "4.2 V")
            + "study S {\n    cells A, B\n    protocol Two\n}\n";

    private static Selection selection() throws Exception {
        CellWorkspace ws = new CellWorkspace();
        Resource r = ws.load("late.cell", TEXT);
        ws.resolveAll();
        return Selection.of(List.of(r), null);
    }

    @Test
    void aCancelAfterTheLastCellIsWrittenCutsNothing(@TempDir Path out) throws Exception {
        Selection s = selection();
        assertEquals(2, s.cells());
        // counted down by the listener, which hears of a cell once its folder is written
        CountDownLatch written = new CountDownLatch(s.cells());
        Execution.Result result = Execution.run(s, out, 1, StudyExecution.Options.DEFAULT,
                () -> written.getCount() == 0, (label, status) -> written.countDown(), w -> { });
        assertEquals(0, written.getCount(), "the cancel was raised");
        assertFalse(result.cancelled(), "every run had ended: the run is complete");
        assertTrue(result.results().stream().allMatch(r -> r.getStatus() == RunStatus.COMPLETED));
        Path study = out.resolve("t.S");
        assertTrue(Files.isRegularFile(study.resolve("A/summary.json")));
        assertTrue(Files.isRegularFile(study.resolve("B/summary.json")));
        assertTrue(Files.isRegularFile(study.resolve("report.html")), "the study's report of its complete cells");
    }

    @Test
    void aCancelBeforeTheRunsEndKeepsNothing(@TempDir Path out) throws Exception {
        Selection s = selection();
        // raised before any run starts: the engine stops the first run it asks
        try {
            Execution.run(s, out, 1, StudyExecution.Options.DEFAULT, () -> true, (label, status) -> { }, w -> { });
            throw new AssertionError("a run the cancel stopped ends the execution with a CancellationException");
        } catch (CancellationException expected) {
            // the engine stops a cancelled run by throwing it (StudyRunner.run)
        }
        assertFalse(Files.exists(out.resolve("t.S/A/summary.json")));
        assertFalse(Files.exists(out.resolve("t.S/report.html")));
    }
}
