package org.interphase.solver.run;

import java.util.Arrays;

/**
 * The last few evaluations of a cell, by everything an evaluation depends on: the time, the state
 * vector (compared bit for bit), the applied current, the temperature and the version of the salt
 * profile's interpolation. The integrator's event detection asks each stop
 * event's function in turn over a whole step, each at the same times, and each of those functions
 * evaluates the whole cell at the same state: without this, a constant-current step evaluated the
 * cell three times per check point (cut-off, no progress, short circuit). A hit returns the very
 * result the evaluation would compute again, so nothing changes but the time.
 *
 * @param <E> what an evaluation returns
 */
final class EvalMemo<E> {

    private final double[] times;
    private final double[] currents;
    private final double[] temperatures;
    private final long[] versions;
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
        states = new double[size][];
        results = new Object[size];
    }

    /** The result kept for exactly these arguments, else null. */
    @SuppressWarnings("unchecked")
    E get(double t, double[] state, double current, double temperature, long version) {
        for (int k = 0; k < filled; k++) {
            if (Double.doubleToRawLongBits(times[k]) == Double.doubleToRawLongBits(t)
                    && Double.doubleToRawLongBits(currents[k]) == Double.doubleToRawLongBits(current)
                    && Double.doubleToRawLongBits(temperatures[k]) == Double.doubleToRawLongBits(temperature)
                    && versions[k] == version && sameBits(states[k], state)) {
                return (E) results[k];
            }
        }
        return null;
    }

    /** Keeps a result (the state is copied). */
    void put(double t, double[] state, double current, double temperature, long version, E result) {
        int k = next;
        next = (next + 1) % times.length;
        filled = Math.max(filled, next == 0 ? times.length : next);
        times[k] = t;
        currents[k] = current;
        temperatures[k] = temperature;
        versions[k] = version;
        if (states[k] == null || states[k].length != state.length) {
            states[k] = state.clone();
        } else {
            System.arraycopy(state, 0, states[k], 0, state.length);
        }
        results[k] = result;
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
