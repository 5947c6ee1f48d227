package org.interphase.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.model.results.Metrics;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.model.results.TracePoint;
import org.interphase.validation.Kind;
import org.interphase.validation.Published;
import org.interphase.validation.Published.Tolerance;
import org.interphase.validation.Score;
import org.interphase.validation.ValidationCase;
import org.interphase.validation.ValidationReport;
import org.interphase.validation.Verdict;
import org.junit.jupiter.api.Test;

/** Pass, miss and the tolerance forms, on hand-made run results. */
class VerdictTest {

    private static final ResultsFactory F = ResultsFactory.eINSTANCE;

    static ValidationCase vcase(String id, Kind kind, Published p, String calibrates) {
        return new ValidationCase(id, 1, "a.cell", "S", "C", kind, p, calibrates, null, "s", null, null, List.of());
    }

    static RunResult run(RunStatus status, Metrics m, double hours) {
        RunResult r = F.createRunResult();
        r.setStatus(status);
        r.setMetrics(m);
        TracePoint t = F.createTracePoint();
        t.setTime(hours * 3600);
        r.getTrace().add(t);
        return r;
    }

    private static Metrics retention(double pct) {
        Metrics m = F.createMetrics();
        m.setCapacityRetention(pct);
        m.setCyclesCompleted(200);
        return m;
    }

    @Test
    void absoluteToleranceIncludesItsEdgeAndNotBeyond() {
        ValidationCase c = vcase("a", Kind.RETENTION, new Published.Value(84.7, new Tolerance(Tolerance.Type.ABSOLUTE, 3)), null);
        assertTrue(Verdict.judge(c, run(RunStatus.COMPLETED, retention(81.7), 1)).pass());
        assertTrue(Verdict.judge(c, run(RunStatus.COMPLETED, retention(87.7), 1)).pass());
        Verdict miss = Verdict.judge(c, run(RunStatus.COMPLETED, retention(81.6), 1));
        assertFalse(miss.pass());
        assertEquals("missing physics not yet identified", miss.reason());
    }

    @Test
    void relativeAndFactorTolerances() {
        assertTrue(new Tolerance(Tolerance.Type.RELATIVE, 10).accepts(200, 219.9));
        assertFalse(new Tolerance(Tolerance.Type.RELATIVE, 10).accepts(200, 221));
        // a factor of 2 either way: 1e-4 accepts 0.5e-4 and 2e-4, not 0.49e-4 or 2.1e-4
        Tolerance x2 = new Tolerance(Tolerance.Type.FACTOR, 2);
        assertTrue(x2.accepts(1e-4, 0.5e-4));
        assertTrue(x2.accepts(1e-4, 2e-4));
        assertFalse(x2.accepts(1e-4, 0.49e-4));
        assertFalse(x2.accepts(1e-4, 2.1e-4));
        assertFalse(x2.accepts(1e-4, -1e-4));
        assertFalse(x2.accepts(1e-4, Double.NaN));
    }

    @Test
    void numbersAreWrittenReadably() {
        assertEquals("1.90e-4", Published.Format.number(1.9e-4));
        assertEquals("84.7", Published.Format.number(84.7));
        assertEquals("4.051", Published.Format.number(4.0512));
        assertEquals("2500", Published.Format.number(2500));
    }

    @Test
    void lowerBoundOfTimeToShortPassesWhenTheRunOutlivesIt() {
        ValidationCase c = vcase("s", Kind.TIME_TO_SHORT, new Published.AtLeast(900), null);
        Verdict lived = Verdict.judge(c, run(RunStatus.COMPLETED, F.createMetrics(), 900));
        assertTrue(lived.pass());
        assertEquals("> 900 h (no short)", lived.shown());
        Metrics shorted = F.createMetrics();
        shorted.setTimeToShort(866.0);
        Verdict early = Verdict.judge(c, run(RunStatus.SHORT_CIRCUIT, shorted, 866));
        assertFalse(early.pass());
        assertEquals(866.0, early.computed());
        // a run stopped early without a short has not shown the published 900 h
        assertFalse(Verdict.judge(c, run(RunStatus.STOPPED, F.createMetrics(), 500)).pass());
    }

    @Test
    void aRunStoppedInItsReferenceCycleHasNoRetention() {
        // 100 % after cycle 1 is the definition of retention, not a result: the published 100 +- 5 must not pass
        ValidationCase c = vcase("r", Kind.RETENTION, new Published.Value(100, new Tolerance(Tolerance.Type.ABSOLUTE, 5)), null);
        Metrics m = retention(100);
        m.setCyclesCompleted(1);
        RunResult stopped = run(RunStatus.STOPPED, m, 1);
        stopped.setStopReason("too little discharge in cycle 1");
        Verdict v = Verdict.judge(c, stopped);
        assertFalse(v.pass());
        assertEquals("none", v.shown());
        assertTrue(v.reason().contains("too little discharge in cycle 1"), v.reason());
        // the same retention after 200 completed cycles is a result
        assertTrue(Verdict.judge(c, run(RunStatus.COMPLETED, retention(100), 200)).pass());
    }

    @Test
    void cyclesTo80NeverReachedMissesARange() {
        ValidationCase c = vcase("c", Kind.CYCLES_TO_80, new Published.Range(20, 50), "x");
        Verdict v = Verdict.judge(c, run(RunStatus.COMPLETED, retention(90), 100));
        assertFalse(v.pass());
        assertEquals("> 200 (never below 80 %)", v.shown());
        Metrics m = retention(70);
        m.setCyclesTo80pct(38);
        assertTrue(Verdict.judge(c, run(RunStatus.COMPLETED, m, 100)).pass());
        m.setCyclesTo80pct(51);
        assertFalse(Verdict.judge(c, run(RunStatus.COMPLETED, m, 100)).pass());
    }

    @Test
    void failedRunsAndRunsWithoutTheValueAreMissesThatSayWhy() {
        ValidationCase on = vcase("o", Kind.ONSET, new Published.Value(4.2, new Tolerance(Tolerance.Type.ABSOLUTE, 0.1)), null);
        RunResult failed = run(RunStatus.FAILED, F.createMetrics(), 0);
        failed.setStopReason("mechanism x failed");
        assertEquals("the run failed: mechanism x failed", Verdict.judge(on, failed).reason());
        assertEquals("the run gave no onset (status completed)", Verdict.judge(on, run(RunStatus.COMPLETED, F.createMetrics(), 1)).reason());
    }

    @Test
    void scoreSplitsCalibrationFromValidationAndWorstPutsNoValueFirst() {
        Tolerance t = new Tolerance(Tolerance.Type.ABSOLUTE, 1);
        Verdict pass = Verdict.judge(vcase("p", Kind.RETENTION, new Published.Value(80, t), "k"), run(RunStatus.COMPLETED, retention(80), 1));
        Verdict near = Verdict.judge(vcase("n", Kind.RETENTION, new Published.Value(80, t), null), run(RunStatus.COMPLETED, retention(82), 1));
        Verdict far = Verdict.judge(vcase("f", Kind.RETENTION, new Published.Value(80, t), null), run(RunStatus.COMPLETED, retention(90), 1));
        Verdict none = Verdict.judge(vcase("g", Kind.GAS_ONSET, new Published.Value(4.2, t), null), null);
        Score s = Score.of(List.of(pass, near, far, none));
        assertEquals(new Score(1, 4, 1, 1, 0, 3), s);
        assertEquals("all 1/4 (25 %), calibration 1/1 (100 %), validation-only 0/3 (0 %)", s.toString());
        assertEquals(List.of(none, far, near), ValidationReport.worst(List.of(pass, near, far, none), 10));
        assertEquals(10.0, ValidationReport.distance(far), 1e-12);
    }

    @Test
    void aSupersededStandInIsJudgedButNotCounted() {
        Tolerance t = new Tolerance(Tolerance.Type.ABSOLUTE, 0.1);
        ValidationCase proper = vcase("proper", Kind.ONSET, new Published.Value(5.1, t), null);
        ValidationCase standIn = new ValidationCase("stand-in", 1, "a.cell", "S", "C", Kind.ONSET,
                new Published.Value(5.1, t), null, null, "s", null, null, List.of(), "proper");
        Metrics low = F.createMetrics();
        low.setOnsetPotential(4.54);
        Metrics high = F.createMetrics();
        high.setOnsetPotential(5.12);
        Verdict miss = Verdict.judge(standIn, run(RunStatus.COMPLETED, low, 1));
        assertFalse(miss.pass());
        Verdict hit = Verdict.judge(proper, run(RunStatus.COMPLETED, high, 1));
        Score s = Score.of(List.of(hit, miss));
        assertEquals(new Score(1, 1, 0, 0, 1, 1, 1), s);
        assertEquals("all 1/1 (100 %), calibration 0/0, validation-only 1/1 (100 %) (1 superseded stand-in run but not counted)",
                s.toString());
    }

    @Test
    void theReportListsTheStandInApartAndCountsEachKindOnce(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out)
            throws java.io.IOException {
        Tolerance t = new Tolerance(Tolerance.Type.ABSOLUTE, 0.1);
        ValidationCase proper = vcase("proper", Kind.ONSET, new Published.Value(5.1, t), null);
        ValidationCase standIn = new ValidationCase("stand-in", 1, "a.cell", "S", "C", Kind.ONSET,
                new Published.Value(5.1, t), null, null, "s", null, "no ionic liquid", List.of(), "proper");
        Metrics low = F.createMetrics();
        low.setOnsetPotential(4.54);
        Metrics high = F.createMetrics();
        high.setOnsetPotential(5.35);
        List<Verdict> verdicts = List.of(Verdict.judge(proper, run(RunStatus.COMPLETED, high, 1)),
                Verdict.judge(standIn, run(RunStatus.COMPLETED, low, 1)));
        ValidationReport.write(verdicts, List.of(), out);
        String md = java.nio.file.Files.readString(out.resolve("validation.md"));
        assertTrue(md.contains("| all | 0/1 (0 %) |"), md);
        assertTrue(md.contains("Not counted: 1 superseded stand-in case(s)"), md);
        assertTrue(md.contains("stand-in (miss, superseded by proper)"), md);
        assertTrue(md.contains("| onset (V) | 1 | 0/1 (0 %) | 0/1 (0 %) |"), md);
        assertTrue(md.contains("validates; superseded by proper (not counted)"), md);
        String worst = md.substring(md.indexOf("## Worst ten"), md.indexOf("## What the calibration"));
        assertTrue(worst.contains("| proper |") && !worst.contains("| stand-in |"), worst);
    }
}
