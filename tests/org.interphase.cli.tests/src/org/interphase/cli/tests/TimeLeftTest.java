package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.execution.TimeLeft;
import org.junit.jupiter.api.Test;

/**
 * The time-left estimate of {@code interphase run}'s progress line: the pace of the runs so far
 * applied to the runs left, cached runs costing nothing. The expected values are worked by hand
 * from the clock readings given (no formula of the class is re-derived: a set of 10 runs, 4 run in
 * 20 s, leaves 6 runs at 5 s each).
 */
class TimeLeftTest {

    @Test
    void thePaceSoFarIsAppliedToTheRunsLeft() {
        long[] now = { 0 };
        TimeLeft t = new TimeLeft(10, () -> now[0]);
        assertTrue(Double.isNaN(t.secondsLeft()), "no estimate before a run has finished");
        assertEquals("0/10", t.describe());
        for (int i = 0; i < 4; i++) {
            now[0] += 5_000_000_000L;
            t.finished(false);
        }
        assertEquals(30, t.secondsLeft(), 1e-9);
        assertEquals("4/10, about 30 s left", t.describe());
    }

    @Test
    void cachedRunsTakeNoTimeAndLongWaitsAreSaidInMinutesAndHours() {
        long[] now = { 0 };
        TimeLeft t = new TimeLeft(1000, () -> now[0]);
        // 100 served from the cache at once, then 10 runs in 60 s: 890 left at 6 s = 5340 s
        for (int i = 0; i < 100; i++) {
            t.finished(true);
        }
        assertEquals("100/1000", t.describe());
        now[0] = 60_000_000_000L;
        for (int i = 0; i < 10; i++) {
            t.finished(false);
        }
        assertEquals(5340, t.secondsLeft(), 1e-9);
        assertEquals("110/1000, about 1 h 29 min left", t.describe());
        TimeLeft minutes = new TimeLeft(3, () -> now[0]);
        now[0] += 100_000_000_000L;
        assertEquals("1/3, about 3 min 20 s left", minutes.finished(false));
        minutes.finished(false);
        assertEquals("3/3", minutes.finished(false));
    }
}
