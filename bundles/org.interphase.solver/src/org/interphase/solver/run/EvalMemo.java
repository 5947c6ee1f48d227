package org.interphase.solver.run;

import java.util.Arrays;

/**
 * The last few evaluations of a cell, by everything an evaluation depends on: the time, the state
 * vector (compared bit for bit), the applied current, the temperature and what the cell reads of the salt
 * profile at that time (its values, bit for bit; and the version of the profile's interpolation when the
 * evaluation read more of the profile than those values). The integrator's event detection asks each stop
 * event's function in turn over a whole step, each at the same times, and each of those functions
 * evaluates the whole cell at the same state: without this, a constant-current step evaluated the
 * cell three times per check point (cut-off, no progress, short circuit). A hit returns the very
 * result the evaluation would compute again, so nothing changes but the time. Keyed on the salt's values
 * rather than on the version alone, the evaluation at the start of each salt chunk (the integrator's first
 * evaluation of a chunk, at the state and time the last chunk ended with, where the new chunk's first recorded
 * point reads the very profile the last one ended with) is the one the last chunk's final step computed:
 * one evaluation of the cell per chunk, 3 % of them (issue 15, 2026-12-08).
 *
 * @param <E> what an evaluation returns
 */
final class EvalMemo<E> {

    private final double[] times;
    private final double[] currents;
    private final double[] temperatures;
    private final long[] versions;
    /** Per entry: the salt's values it was computed with, and whether its version must match too. */
    private final double[][] salts;
    private final boolean[] whole;
    private final double[][] states;
    private final Object[] results;
    private int next;
    private int filled;

    /** @param size how many evaluations are kept (the newest replace the oldest) */
    EvalMemo(int size) {
        times = new double[size];
        currents = new double[size];
        temperatures = new double[size];
        versions = new long[size];
        salts = new double[size][];
        whole = new boolean[size];
        states = new double[size][];
        results = new Object[size];
    }

    /**
     * The result kept for exactly these arguments, else null.
     *
     * @param salt    what the evaluation reads of the salt profile at t (values); null: only an entry of the same
     *                version matches (the values need not be read to find the evaluations of this version)
     * @param version the version of the salt profile's interpolation, which must match where an entry was computed
     *                reading more of the profile than those values
     */
    @SuppressWarnings("unchecked")
    E get(double t, double[] state, double current, double temperature, double[] salt, long version) {
        // newest first: the event checks and the fast states ask for the step's last evaluation
        for (int age = 1, k = next; age <= filled; age++) {
            k = k == 0 ? times.length - 1 : k - 1;
            if (Double.doubleToRawLongBits(times[k]) == Double.doubleToRawLongBits(t)
                    && Double.doubleToRawLongBits(currents[k]) == Double.doubleToRawLongBits(current)
                    && Double.doubleToRawLongBits(temperatures[k]) == Double.doubleToRawLongBits(temperature)
                    && (versions[k] == version || salt != null && !whole[k] && sameBits(salts[k], salt)) && sameBits(states[k], state)) {
                return (E) results[k];
            }
        }
        return null;
    }

    /**
     * Keeps a result (the state and salt values are copied).
     *
     * @param wholeProfile whether the evaluation read more of the salt profile than {@code salt}
     */
    void put(double t, double[] state, double current, double temperature, double[] salt, long version,
            boolean wholeProfile, E result) {
        int k = next;
        next = (next + 1) % times.length;
        filled = Math.max(filled, next == 0 ? times.length : next);
        times[k] = t;
        currents[k] = current;
        temperatures[k] = temperature;
        versions[k] = version;
        whole[k] = wholeProfile;
        salts[k] = copy(salt, salts[k]);
        states[k] = copy(state, states[k]);
        results[k] = result;
    }

    private static double[] copy(double[] from, double[] into) {
        if (into == null || into.length != from.length) {
            return from.clone();
        }
        System.arraycopy(from, 0, into, 0, from.length);
        return into;
    }

    /** Forgets every result (what an evaluation reads changed in a way the version does not cover). */
    void clear() {
        Arrays.fill(results, null);
        filled = 0;
        next = 0;
    }

    private static boolean sameBits(double[] a, double[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Double.doubleToRawLongBits(a[i]) != Double.doubleToRawLongBits(b[i])) {
                return false;
            }
        }
        return true;
    }
}
