package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interphase.solver.run.RunningClock;
import org.junit.jupiter.api.Test;

/**
 * The clock the engine times one mechanism evaluation with (2 s at most, 10 s in flight before the run
 * is abandoned) counts what the JVM ran, not a pause of the whole JVM: an oxidation test failed with
 * "one evaluation took 2.4 s" on a machine at load 12 (2026-12-07), where the same evaluation takes
 * microseconds. Each scenario's running time is known from how it is built: the ticking thread reads
 * System.nanoTime() every 20 ms, and a pause shows as one reading that comes late.
 */
class RunningClockTest {

    private static final long MS = 1_000_000L;
    private static final long TICK = 20 * MS;
    private static final long PAUSE = 100 * MS;

    @Test
    void aPauseOfTheWholeJvmIsLeftOut() {
        RunningClock clock = new RunningClock(0, TICK, PAUSE);
        long start = clock.advance(20 * MS);
        // an evaluation starts; 10 ms into it every thread stops for 2.5 s (a full collection); it ends 20 ms after
        long resumed = clock.advance(20 * MS + 2_520 * MS);
        long end = clock.advance(20 * MS + 2_540 * MS);
        // it ran 30 ms; the clock counts one tick for the gap, so 40 ms, far below the 2 s limit
        assertEquals(40 * MS, end - start);
        assertEquals(20 * MS, resumed - start);
    }

    @Test
    void aLoopThatKeepsRunningIsTimedInFull() {
        RunningClock clock = new RunningClock(0, TICK, PAUSE);
        long start = clock.advance(0);
        long end = start;
        long t = 0;
        // 3 s of a mechanism that loops while the ticking thread runs: 25 rounds of one reading on time and
        // one 80 ms late (a busy scheduler, not a pause), 120 ms a round
        for (int round = 0; round < 25; round++) {
            t += TICK;
            end = clock.advance(t);
            t += TICK + 80 * MS;
            end = clock.advance(t);
        }
        assertEquals(3_000 * MS, t);
        // all of it counts: the 2 s limit catches it
        assertEquals(3_000 * MS, end - start);
    }
}
