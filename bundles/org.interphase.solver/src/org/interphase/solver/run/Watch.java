package org.interphase.solver.run;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * What one run's thread is evaluating, for a watchdog on another thread: {@link Guard} marks the
 * start and end of every mechanism evaluation here, and the thread that waits for the run (see
 * {@code StudyRunner}) asks {@link #hung} whether one has been in flight for too long. Writes are
 * release stores (plain moves on x86), so the hot path pays next to nothing; the watchdog reads
 * them a little late at worst.
 */
public final class Watch {

    /**
     * How long one evaluation may stay in flight before its run is abandoned, ns: well beyond the
     * 2 s after which a returned evaluation counts as too slow, so that a merely slow evaluation is
     * reported as such when it returns.
     */
    public static final long HUNG_NANOS = 10_000_000_000L;

    private static final VarHandle SINCE;
    private static final VarHandle CURRENT;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            SINCE = l.findVarHandle(Watch.class, "since", long.class);
            CURRENT = l.findVarHandle(Watch.class, "current", ActiveMechanism.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * When the evaluation in flight started, in {@link GuardClock}'s running time (up to a tick early);
     * 0 when none is.
     */
    @SuppressWarnings("unused") // through SINCE
    private long since;
    @SuppressWarnings("unused") // through CURRENT
    private ActiveMechanism current;
    private volatile boolean abandoned;
    /**
     * When the run's thread last read the clock for {@link Guard} (a pass began or an evaluation
     * ended), ns; 0 before the first pass. Only that thread uses it.
     */
    private long mark;

    /** The run thread's last clock reading for {@link Guard}; the clock now when there was none. */
    long mark() {
        return mark != 0 ? mark : GuardClock.now();
    }

    void mark(long nanos) {
        mark = nanos;
    }

    void enter(ActiveMechanism m, long startNanos) {
        CURRENT.setRelease(this, m);
        SINCE.setRelease(this, startNanos == 0 ? 1 : startNanos);
    }

    /** Ends the evaluation in flight; an abandoned run's thread stops here. */
    void exit(ActiveMechanism m) {
        SINCE.setRelease(this, 0L);
        if (abandoned) {
            throw new MechanismFailure(m, "its run was abandoned after an evaluation did not return", null);
        }
    }

    /**
     * @param limitNanos how long one evaluation may be in flight, in the JVM's running time
     *                   ({@link GuardClock}: a pause of the whole JVM does not count)
     * @return the mechanism whose evaluation has been in flight longer than the limit, else null
     */
    public ActiveMechanism hung(long limitNanos) {
        long since = (long) SINCE.getAcquire(this);
        ActiveMechanism m = (ActiveMechanism) CURRENT.getAcquire(this);
        return since != 0 && GuardClock.now() - since > limitNanos ? m : null;
    }

    /** Whether the run has been abandoned: its runner stops at the next step. */
    public boolean abandoned() {
        return abandoned;
    }

    /** From now on the run's thread fails at its next evaluation end (if it ever gets there). */
    public void abandon() {
        abandoned = true;
    }

    /**
     * The message of a run abandoned because of this mechanism's evaluation.
     *
     * @param m          the mechanism {@link #hung} named
     * @param limitNanos the limit it exceeded
     * @return a message that names the mechanism, its bundle and the interface
     */
    public static String abandonedMessage(ActiveMechanism m, long limitNanos) {
        return new MechanismFailure(m, String.format(java.util.Locale.ROOT,
                "one evaluation did not return within %.0f s; the run was abandoned (its thread is left to"
                        + " finish on its own and can no longer change any result)", limitNanos / 1e9), null).getMessage();
    }
}
