package org.interphase.execution;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How far a set of runs has got and about how long the rest will take, for a progress line on the
 * terminal or a progress monitor's subtask. The estimate is the pace so far, (runs done) / (time
 * since the first run started), applied to the runs left; runs served from the cache take no time
 * and count neither way. Thread-safe: runs finish on worker threads.
 */
public final class TimeLeft {

    private final int total;
    private final LongSupplier clock;
    private final long start;
    private int finished;
    private int ran;

    /** @param total the runs of the set, cached ones included */
    public TimeLeft(int total) {
        this(total, System::nanoTime);
    }

    /**
     * @param total the runs of the set
     * @param clock nanoseconds, as {@link System#nanoTime()}; read now for the start
     */
    public TimeLeft(int total, LongSupplier clock) {
        this.total = Math.max(0, total);
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /**
     * Counts one finished run.
     *
     * @param cached whether it was served from the cache (no time spent on it)
     * @return the progress now, as {@link #describe()} says it
     */
    public synchronized String finished(boolean cached) {
        finished++;
        if (!cached) {
            ran++;
        }
        return describe();
    }

    /** The runs finished so far (cached ones included). */
    public synchronized int done() {
        return finished;
    }

    /**
     * The estimated time left, s; NaN before the first run (not served from the cache) finished, 0
     * when all are done.
     */
    public synchronized double secondsLeft() {
        int left = total - finished;
        if (left <= 0) {
            return 0;
        }
        if (ran == 0) {
            return Double.NaN;
        }
        double elapsed = (clock.getAsLong() - start) / 1e9;
        return elapsed / ran * left;
    }

    /** For example {@code 40/500, about 12 min left}; {@code 3/500} while no estimate can be made yet. */
    public synchronized String describe() {
        double left = secondsLeft();
        String done = finished + "/" + total;
        return Double.isNaN(left) || finished >= total ? done : done + ", about " + duration(left) + " left";
    }

    /** A duration the way a person says it: 45 s, 3 min 20 s, 2 h 05 min. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        long minutes = Math.round(seconds / 60);
        return String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
    }
}
