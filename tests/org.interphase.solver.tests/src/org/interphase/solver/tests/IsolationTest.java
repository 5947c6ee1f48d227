package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.model.Cell;
import org.interphase.model.Document;
import org.interphase.model.Study;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.study.StudyRunner;
import org.junit.jupiter.api.Test;

/**
 * A plug-in that throws, returns a NaN rate, reports an infinite effect, takes too long, never returns
 * or cannot set itself up makes only its own run fail, with a message naming the mechanism, the bundle that
 * contributed it and the cause; the next run goes on as usual (issue 6: isolation).
 */
class IsolationTest {

    private static final String PROTOCOL = """
            protocol P {
                temperature 60 °C
                repeat 2 {
                    charge at C/5 until 4.2 V
                    discharge at C/5 until 3.0 V
                }
            }
            """;

    private static RunResult run(String mechanisms) {
        return TestCells.run(TestCells.BARE_LCO + PROTOCOL
                + "study S {\n    cell BareLco\n    protocol P\n    mechanisms " + mechanisms + "\n}\n");
    }

    private static void failsNamed(String id, String cause) {
        RunResult r = run("test_leak, " + id);
        assertEquals(RunStatus.FAILED, r.getStatus(), r.getStopReason());
        String reason = r.getStopReason();
        assertTrue(reason.startsWith("mechanism " + id + " (from org.interphase.solver.tests)"), reason);
        assertTrue(reason.contains(cause), reason);
        // the next run, without the culprit, is unaffected
        RunResult good = run("test_leak");
        assertEquals(RunStatus.COMPLETED, good.getStatus(), good.getStopReason());
        assertEquals(2, good.getMetrics().getCyclesCompleted());
    }

    @Test
    void aMechanismThatThrowsFailsOnlyItsRun() {
        failsNamed("test_throws", "IllegalStateException: division by a zero-thickness layer");
    }

    @Test
    void aNaNRateFailsTheRunInsteadOfSpreadingThroughTheResults() {
        failsNamed("test_nan", "the rate of its state 'x' is NaN");
    }

    @Test
    void anInfiniteEffectFailsTheRun() {
        failsNamed("test_infinite", "side current of Infinity");
    }

    @Test
    void aSlowEvaluationFailsTheRun() {
        failsNamed("test_slow", "one evaluation took");
    }

    /**
     * An evaluation that never returns (an endless loop that ignores interruption) does not hang the
     * caller: after Guard.HUNG_NANOS the run is abandoned and comes back failed, naming the plug-in.
     */
    @Test
    void anEvaluationThatNeverReturnsIsAbandoned() throws InterruptedException {
        try {
            failsNamed("test_hangs", "one evaluation did not return within 10 s; the run was abandoned");
            assertFalse(MisbehavingMechanism.Hangs.returned, "the evaluation is still spinning: the run did not wait for it");
        } finally {
            MisbehavingMechanism.Hangs.release = true;
        }
        // once the plug-in lets go, its abandoned thread ends at the evaluation's end instead of running on
        // the spinning thread by what it runs: the good run's thread has the same name and may not
        // have ended yet (under load it was picked, joined at once, and 'returned' read too early)
        Thread spinning = Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().equals("interphase run S/BareLco"))
                .filter(e -> java.util.Arrays.stream(e.getValue())
                        .anyMatch(f -> f.getClassName().equals(MisbehavingMechanism.Hangs.class.getName())))
                .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
        if (spinning != null) {
            spinning.join(10_000);
            assertFalse(spinning.isAlive(), "the abandoned run's thread still runs");
        }
        assertTrue(MisbehavingMechanism.Hangs.returned);
    }

    @Test
    void aProcessThatCannotBeCreatedFailsTheRun() {
        failsNamed("test_create_fails", "could not be set up on the");
    }

    /** The checker says so first (issue 14), and a run that is started anyway fails, naming it. */
    @Test
    void aMechanismWhoseClassIsMissingFailsTheRunThatNamesIt() throws java.io.IOException {
        String text = TestCells.BARE_LCO + PROTOCOL
                + "study S {\n    cell BareLco\n    protocol P\n    mechanisms test_leak, test_missing_class\n}\n";
        org.interphase.dsl.workspace.CellWorkspace ws = new org.interphase.dsl.workspace.CellWorkspace();
        var resource = ws.load("doc.cell", text);
        ws.resolveAll();
        var errors = ws.validate(resource, "doc.cell", org.eclipse.xtext.util.CancelIndicator.NullImpl);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().startsWith("mechanism test_missing_class (from org.interphase.solver.tests)"
                + " cannot be loaded"), errors.get(0).message());
        Document d = (Document) resource.getContents().get(0);
        Study study = d.getElements().stream().filter(Study.class::isInstance).map(Study.class::cast).findFirst()
                .orElseThrow();
        Cell cell = d.getElements().stream().filter(Cell.class::isInstance).map(Cell.class::cast).findFirst().orElseThrow();
        RunResult r = new StudyRunner(MechanismRegistry.getDefault(), "test").run(study, cell, "0", () -> false);
        assertEquals(RunStatus.FAILED, r.getStatus());
        assertTrue(r.getStopReason().startsWith("mechanism test_missing_class (from org.interphase.solver.tests) could"
                + " not be loaded: its class is missing"), r.getStopReason());
    }
}
