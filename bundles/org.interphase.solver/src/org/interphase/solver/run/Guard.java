package org.interphase.solver.run;

import org.interphase.solver.api.Conditions;

/**
 * Calls a mechanism's process so that a misbehaving plug-in fails only its own run, named: what it
 * throws, a rate or effect that is not finite, or a single evaluation that takes longer than
 * {@link #SLOW_NANOS} become a {@link MechanismFailure}; so do an {@link OutOfMemoryError} or a
 * {@link StackOverflowError} of its own (the memory or stack it took is released with its frames). Each evaluation is also marked in the run's
 * {@link Watch}, so that a watchdog can abandon a run whose evaluation never returns
 * ({@link Watch#HUNG_NANOS}).
 * <p>
 * The engine calls this thousands of times per simulated cycle, so the guard itself must cost next
 * to nothing: the time is read once per call (at its end) plus once per pass over the mechanisms
 * ({@link #begin}), each evaluation being timed from the end of the one before it in the same pass
 * (the engine's own work between two calls, array copies, takes microseconds against the limit of
 * 2 s), and it is read from {@link GuardClock} (a field a thread updates every 20 ms), not from
 * {@code System.nanoTime()}; the finiteness checks look at one sum first and only scan when it is
 * not finite.
 */
final class Guard {

    /** Longest a single evaluation of a process may take, ns (engine evaluations take microseconds). */
    static final long SLOW_NANOS = 2_000_000_000L;

    private Guard() {
    }

    /**
     * Starts a pass over the mechanisms of one evaluation of the cell: every evaluator calls this
     * before its first {@link #evaluate}, so that the first call is not timed from long before.
     */
    static void begin(java.util.List<ActiveMechanism> mechanisms) {
        if (!mechanisms.isEmpty()) {
            long now = GuardClock.now();
            for (ActiveMechanism m : mechanisms) {
                // one store each: the mechanisms of one run share its watch, but need not
                m.watch().mark(now);
            }
        }
    }

    static void evaluate(ActiveMechanism m, Conditions c, double[] state, double[] rates, EffectSum effects) {
        Watch watch = m.watch();
        long start = watch.mark();
        watch.enter(m, start);
        try {
            m.process().evaluate(c, state, rates, effects);
        } catch (MechanismFailure e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new MechanismFailure(m, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // what the plug-in allocated or recursed into is gone with its frames: only its run fails
            throw new MechanismFailure(m, "it ran out of " + (e instanceof StackOverflowError ? "stack" : "memory")
                    + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", null);
        } finally {
            watch.exit(m);
        }
        long end = GuardClock.now();
        watch.mark(end);
        long took = end - start;
        if (took > SLOW_NANOS) {
            throw new MechanismFailure(m, String.format(java.util.Locale.ROOT,
                    "one evaluation took %.1f s (at most %.0f s allowed; the engine calls it thousands of times per cycle)",
                    took / 1e9, SLOW_NANOS / 1e9), null);
        }
        double total = 0;
        for (double r : rates) {
            total += r;
        }
        if (!Double.isFinite(total)) {
            // a NaN or infinity somewhere (or only an overflow of the sum: then nothing is reported)
            for (int i = 0; i < rates.length; i++) {
                if (!Double.isFinite(rates[i])) {
                    throw new MechanismFailure(m, "the rate of its state '" + m.state().get(i).name() + "' is " + rates[i]
                            + String.format(java.util.Locale.ROOT, " (at %.3f V, %.1f K, t = %.0f s)", c.potential(),
                                    c.temperature(), c.time()), null);
                }
            }
        }
        String bad = effects.firstNonFinite();
        if (bad != null) {
            throw new MechanismFailure(m, "it reported a " + bad + String.format(java.util.Locale.ROOT,
                    " (at %.3f V, %.1f K, t = %.0f s)", c.potential(), c.temperature(), c.time()), null);
        }
    }
}
