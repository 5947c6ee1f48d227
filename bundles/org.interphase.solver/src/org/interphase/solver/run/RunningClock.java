package org.interphase.solver.run;

/**
 * The running time of a JVM as a thread that wakes every tick sees it: the readings of
 * {@link System#nanoTime()} it is given, less every gap between two readings that exceeds the tick by
 * more than a pause threshold (the thread, parked for one tick, could not run: a garbage collection
 * stopped every thread, or the machine swapped or was suspended). Of such a gap one tick counts, as if
 * the thread had woken on time; shorter delays (a busy scheduler) count in full. Used by
 * {@link GuardClock}, so that {@link Guard}'s limit on one evaluation (2 s) and the watchdog's on one in
 * flight (10 s) measure what the mechanism ran, not what the machine did to the whole JVM.
 * <p>
 * One thread advances it; it is not thread-safe.
 */
public final class RunningClock {

    private final long tick;
    private final long pause;
    private long last;
    private long paused;

    /**
     * @param start the first reading, ns
     * @param tick  the interval the reading thread sleeps between readings, ns
     * @param pause how much later than a tick a reading must come to count as a pause, ns
     */
    public RunningClock(long start, long tick, long pause) {
        this.tick = tick;
        this.pause = pause;
        this.last = start;
    }

    /**
     * @param nanoTime the next reading of System.nanoTime()
     * @return the running time, ns: the reading less the pauses so far
     */
    public long advance(long nanoTime) {
        long gap = nanoTime - last;
        if (gap > tick + pause) {
            paused += gap - tick;
        }
        last = nanoTime;
        return nanoTime - paused;
    }
}
