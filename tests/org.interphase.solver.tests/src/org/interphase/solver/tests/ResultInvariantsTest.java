package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.interphase.model.Cell;
import org.interphase.model.Document;
import org.interphase.model.Protocol;
import org.interphase.model.results.CycleRecord;
import org.interphase.model.results.Metrics;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.model.results.TracePoint;
import org.interphase.solver.study.ResultInvariants;
import org.junit.jupiter.api.Test;

/**
 * The invariants every result must satisfy before it is written, each tested with the impossible
 * number issue 14 quotes from real runs. The cell is the lco-baseline one: LCO at 1.5 mAh/cm2
 * counted at 140 mAh/g, so 1.5/140 g/cm2 of LiCoO2, which holds 274 mAh/g with all its lithium
 * extracted (Faraday, 1 e- per LiCoO2; cathodes.cell): 1.5 x 274 / 140 = 2.936 mAh/cm2.
 */
class ResultInvariantsTest {

    private static final String PROTOCOL = """
            protocol P {
                repeat 2 {
                    charge at C/5 until 4.2 V
                    discharge at C/5 until 3.0 V
                }
            }
            """;

    private static final Document DOC = TestCells.document(TestCells.BARE_LCO + PROTOCOL);
    private static final Cell CELL = (Cell) DOC.getElements().get(0);
    private static final Protocol P = (Protocol) DOC.getElements().get(1);

    /** A possible two-cycle result: 1.40 then 1.38 mAh/cm2, over 20 h. */
    private static RunResult possible() {
        RunResult r = ResultsFactory.eINSTANCE.createRunResult();
        r.setStatus(RunStatus.COMPLETED);
        r.getCycles().add(cycle(1, 1.45, 1.40, 100, 52.0, 0.01));
        r.getCycles().add(cycle(2, 1.41, 1.38, 100 * 1.38 / 1.40, 53.0, 0.01));
        TracePoint end = ResultsFactory.eINSTANCE.createTracePoint();
        end.setTime(20 * 3600);
        r.getTrace().add(end);
        Metrics m = ResultsFactory.eINSTANCE.createMetrics();
        m.setCapacityRetention(100 * 1.38 / 1.40);
        m.setFinalResistance(53.0);
        r.setMetrics(m);
        return r;
    }

    private static CycleRecord cycle(int n, double charge, double discharge, double retention, double resistance,
            double side) {
        CycleRecord c = ResultsFactory.eINSTANCE.createCycleRecord();
        c.setCycle(n);
        c.setChargeCapacity(charge);
        c.setDischargeCapacity(discharge);
        c.setCapacityRetention(retention);
        c.setResistance(resistance);
        c.setSideCharge(side);
        return c;
    }

    private static String violation(RunResult r) {
        Optional<String> v = ResultInvariants.violation(r, CELL, P);
        assertTrue(v.isPresent(), "no invariant broken");
        return v.get();
    }

    @Test
    void aPossibleResultPasses() {
        assertEquals(Optional.empty(), ResultInvariants.violation(possible(), CELL, P));
    }

    /** "Negative resistance (down to -4,123,620 ohm cm2) in 5 short-circuited cells". */
    @Test
    void negativeResistance() {
        RunResult r = possible();
        r.setStatus(RunStatus.SHORT_CIRCUIT);
        r.getCycles().get(1).setResistance(-4_123_620);
        assertTrue(violation(r).startsWith("cycle 2: resistance -4.12362e+06 ohm cm2 is not a resistance"), violation(r));
        RunResult m = possible();
        m.getMetrics().setFinalResistance(-4_123_620.0);
        assertTrue(violation(m).startsWith("final resistance"), violation(m));
    }

    /** "36,944 mAh/cm2 discharged from a 2.66 mAh/cm2 cathode" (here a 2.936 mAh/cm2 one). */
    @Test
    void moreDischargeThanTheCathodeHolds() {
        RunResult r = possible();
        r.getCycles().get(0).setDischargeCapacity(36_944);
        String v = violation(r);
        assertTrue(v.startsWith("cycle 1: discharge 36944.0 mAh/cm2 is more than the cathode holds (2.93571 mAh/cm2"), v);
        // just below what it holds is possible
        RunResult full = possible();
        full.getCycles().get(0).setDischargeCapacity(2.93);
        full.getCycles().get(1).setCapacityRetention(100 * 1.38 / 2.93);
        full.getMetrics().setCapacityRetention(100 * 1.38 / 2.93);
        assertEquals(Optional.empty(), ResultInvariants.violation(full, CELL, P));
    }

    /** "negative side charge in 8 cells". */
    @Test
    void negativeSideCharge() {
        RunResult r = possible();
        r.getCycles().get(1).setSideCharge(-0.002);
        assertTrue(violation(r).startsWith("cycle 2: side charge -0.00200000 mAh/cm2 is negative"), violation(r));
    }

    /** "a time to short of 27,778 h (the 1e8 s cap) in 2-cycle runs". */
    @Test
    void timeToShortOutsideTheRun() {
        RunResult r = possible();
        r.setStatus(RunStatus.SHORT_CIRCUIT);
        r.getMetrics().setTimeToShort(27_778.0);
        assertTrue(violation(r).startsWith("time to short 27778.0 h is not within the run (0 to 20.0000 h"), violation(r));
        r.getMetrics().setTimeToShort(12.5);
        assertEquals(Optional.empty(), ResultInvariants.violation(r, CELL, P));
    }

    /** "completed after 163 cycles with every discharge 0 and retention 100.000 in every row". */
    @Test
    void completedWithoutAnyDischarge() {
        RunResult r = ResultsFactory.eINSTANCE.createRunResult();
        r.setStatus(RunStatus.COMPLETED);
        for (int n = 1; n <= 163; n++) {
            r.getCycles().add(cycle(n, 0.5, 0, Double.NaN, 50, 0));
        }
        r.setMetrics(ResultsFactory.eINSTANCE.createMetrics());
        assertEquals("'completed' after 163 cycles without any discharge", violation(r));
    }

    /** "retention 100 in rows whose discharge was 0". */
    @Test
    void retentionWithoutDischarge() {
        RunResult r = possible();
        r.getCycles().add(0, cycle(0, 0.5, 0, 100, 50, 0));
        assertTrue(violation(r).startsWith("cycle 0: retention 100.000 % before any discharge"), violation(r));
        RunResult later = possible();
        later.getCycles().get(1).setDischargeCapacity(0);
        assertTrue(violation(later).startsWith("cycle 2: retention 98.5714 % does not match its discharge 0.00000"),
                violation(later));
    }

    @Test
    void aFailedResultIsNotChecked() {
        RunResult r = ResultsFactory.eINSTANCE.createRunResult();
        r.setStatus(RunStatus.FAILED);
        assertEquals(Optional.empty(), ResultInvariants.violation(r, CELL, P));
    }
}
