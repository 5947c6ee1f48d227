package org.interphase.solver.run;

import java.util.concurrent.locks.LockSupport;

/**
 * The clock {@link Guard} times evaluations with: the running time of the JVM ({@link RunningClock}:
 * {@link System#nanoTime()} less the pauses in which nothing ran) as a daemon thread last stored it,
 * every {@link #TICK_NANOS}. The guard reads the time around every mechanism evaluation,
 * thousands of times per simulated cycle; a read of this field is a plain load, where
 * {@code System.nanoTime()} costs tens of nanoseconds, as much as a small mechanism's evaluation.
 * The limit it serves is 2 s ({@link Guard#SLOW_NANOS}): a tick of 20 ms is ample. An evaluation
 * is timed to within a tick: at most one tick longer than it took, shorter only when the ticking
 * thread is starved (then the clock stands still), so the limit can come into play a tick early or
 * later, never for a fast evaluation.
 * <p>
 * A pause of the whole JVM (a garbage collection that stops every thread, a machine that swaps or is
 * suspended) stops the ticking thread too, which then wakes far later than its tick: such a gap is
 * left out of the clock ({@link RunningClock}), so an evaluation that a pause interrupted is timed by
 * what it ran, not failed as slow (a 2.4 s evaluation was reported in an oxidation test on a machine
 * at load 12, 2026-12-07, where a quiet machine takes microseconds). A thread that loops keeps the
 * ticking thread running and is still caught.
 * <p>
 * The thread starts with the first run that needs it and runs for the life of the JVM (it sleeps
 * between ticks: 50 wake-ups a second).
 */
final class GuardClock {

    /** How often the time is stored, ns. */
    static final long TICK_NANOS = 20_000_000L;

    /** A tick this much later than due is a pause of the JVM or the machine, ns. */
    static final long PAUSE_NANOS = 100_000_000L;

    private static volatile long now = System.nanoTime();

    static {
        RunningClock clock = new RunningClock(now, TICK_NANOS, PAUSE_NANOS);
        Thread ticker = new Thread(() -> {
            while (true) {
                now = clock.advance(System.nanoTime());
                LockSupport.parkNanos(TICK_NANOS);
            }
        }, "interphase guard clock");
        ticker.setDaemon(true);
        ticker.start();
    }

    private GuardClock() {
    }

    /** The running time as of the last tick, ns (the epoch of System.nanoTime(), less the pauses). */
    static long now() {
        return now;
    }
}
