package org.interphase.solver.run;

import java.util.concurrent.locks.LockSupport;

/**
 * The clock {@link Guard} times evaluations with: {@link System#nanoTime()} as a daemon thread last
 * stored it, every {@link #TICK_NANOS}. The guard reads the time around every mechanism evaluation,
 * thousands of times per simulated cycle; a read of this field is a plain load, where
 * {@code System.nanoTime()} costs tens of nanoseconds, as much as a small mechanism's evaluation.
 * The limit it serves is 2 s ({@link Guard#SLOW_NANOS}): a tick of 20 ms is ample. An evaluation
 * is timed to within a tick: at most one tick longer than it took, shorter only when the ticking
 * thread is starved (then the clock stands still), so the limit can come into play a tick early or
 * later, never for a fast evaluation.
 * <p>
 * The thread starts with the first run that needs it and runs for the life of the JVM (it sleeps
 * between ticks: 50 wake-ups a second).
 */
final class GuardClock {

    /** How often the time is stored, ns. */
    static final long TICK_NANOS = 20_000_000L;

    private static volatile long now = System.nanoTime();

    static {
        Thread ticker = new Thread(() -> {
            while (true) {
                now = System.nanoTime();
                LockSupport.parkNanos(TICK_NANOS);
            }
        }, "interphase guard clock");
        ticker.setDaemon(true);
        ticker.start();
    }

    private GuardClock() {
    }

    /** System.nanoTime() as of the last tick. */
    static long now() {
        return now;
    }
}
