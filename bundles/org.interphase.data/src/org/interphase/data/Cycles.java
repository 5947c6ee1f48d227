package org.interphase.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.interphase.model.units.Units;

/**
 * Per-cycle charge and discharge capacities of a record series, coulombic efficiency and retention.
 *
 * <p>Cycles: the file's cycle column where it has one (whatever its first number), else a new cycle
 * begins at the first charging record after a discharge. Cycles that passed no current are left out and
 * the others numbered 1, 2, ... in file order.
 *
 * <p>Capacities: from the file's charge and discharge capacity columns where it has both, summing
 * their increases, so that counters which run from the start of the test (Battery Data Format), restart
 * every cycle (Arbin) or every step (Neware) all give the charge of each cycle: a counter that falls has
 * restarted from zero. Otherwise the current is integrated: a record's current is taken to have flowed
 * since the record before it, as cyclers log a record at the end of each interval and at every change of
 * step (exact for constant-current steps logged at their ends).
 */
final class Cycles {

    record Result(int[] cycleOfRow, List<CycleCapacity> cycles) {
    }

    private Cycles() {
    }

    /**
     * @param t         time, s, not decreasing
     * @param current   A, positive on charge
     * @param fileCycle the file's cycle numbers, or null
     * @param charge    the file's charge capacity counter, Ah, or null (then integrated)
     * @param discharge the file's discharge capacity counter, Ah, or null
     */
    static Result derive(double[] t, double[] current, int[] fileCycle, double[] charge, double[] discharge) {
        int n = t.length;
        int[] key = new int[n];
        if (fileCycle != null) {
            System.arraycopy(fileCycle, 0, key, 0, n);
        } else {
            int c = 1;
            boolean discharged = false;
            for (int k = 0; k < n; k++) {
                if (current[k] > 0 && discharged) {
                    c++;
                    discharged = false;
                } else if (current[k] < 0) {
                    discharged = true;
                }
                key[k] = c;
            }
        }
        Map<Integer, double[]> sums = new LinkedHashMap<>(); // key -> {charge, discharge}
        for (int k = 0; k < n; k++) {
            double in;
            double out;
            if (charge != null) {
                in = increase(charge, k);
                out = increase(discharge, k);
            } else {
                double q = k == 0 ? 0 : Units.chargePassed(current[k], t[k - 1], t[k]);
                in = Math.max(q, 0);
                out = Math.max(-q, 0);
            }
            double[] s = sums.computeIfAbsent(key[k], x -> new double[2]);
            s[0] += in;
            s[1] += out;
        }
        Map<Integer, Integer> number = new LinkedHashMap<>();
        List<CycleCapacity> cycles = new ArrayList<>();
        double first = Double.NaN;
        for (var e : sums.entrySet()) {
            double in = e.getValue()[0];
            double out = e.getValue()[1];
            if (in == 0 && out == 0) {
                continue;
            }
            int c = cycles.size() + 1;
            number.put(e.getKey(), c);
            if (Double.isNaN(first) && out > 0) {
                first = out;
            }
            cycles.add(new CycleCapacity(c, in, out, in > 0 ? 100 * out / in : Double.NaN,
                    Double.isNaN(first) ? Double.NaN : 100 * out / first));
        }
        int[] cycleOfRow = new int[n];
        for (int k = 0; k < n; k++) {
            cycleOfRow[k] = number.getOrDefault(key[k], 0);
        }
        return new Result(cycleOfRow, cycles);
    }

    /** What a capacity counter rose by at record k; a counter that falls restarted from zero. */
    private static double increase(double[] counter, int k) {
        double before = k == 0 ? 0 : counter[k - 1];
        return counter[k] >= before ? counter[k] - before : counter[k];
    }
}
