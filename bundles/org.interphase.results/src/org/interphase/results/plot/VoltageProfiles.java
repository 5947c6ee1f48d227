package org.interphase.results.plot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.interphase.model.results.CycleRecord;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.TracePoint;
import org.interphase.results.read.CellResult;
import org.interphase.model.units.Units;

/**
 * Voltage profiles, one definition for the PNG plot ({@code voltage.png}) and the workbench's result
 * editor: the cell voltage against the capacity passed so far in the charge and discharge steps of
 * a cycle, by default of the first, a middle and the last cycle that has them in the trace
 * ({@link #chosenCycles}). The capacity is the applied current integrated over time, and a profile
 * starts at the voltage its step started from (the point before it). The multi-rate scheme leaves
 * cycles out of the trace and moves the clock over them: the first step of a cycle after such a gap
 * has no known start, so its capacity is the cycle's (cycles.csv) when it is the cycle's only step
 * of its direction, else the direction is left out.
 */
public final class VoltageProfiles {

    /** The directions of a profile, in the order they are drawn. */
    public static final List<String> DIRECTIONS = List.of("charge", "discharge");

    /**
     * The columns of trace.csv a profile is drawn from.
     *
     * @param time    s
     * @param voltage V
     * @param current mA/cm2
     */
    public record Trace(double[] time, double[] voltage, double[] current, int[] cycle, String[] step) {
    }

    /**
     * One direction of one cycle.
     *
     * @param capacity     mAh/cm2 passed since the step began (x)
     * @param voltage      V (y)
     * @param stepEndsOnly the trace has no point inside the steps: start and end of each step only
     */
    public record Profile(int cycle, String direction, double[] capacity, double[] voltage, boolean stepEndsOnly) {
    }

    private VoltageProfiles() {
    }

    /** The trace of a run. */
    public static Trace trace(RunResult r) {
        List<TracePoint> t = r.getTrace();
        int n = t.size();
        Trace out = new Trace(new double[n], new double[n], new double[n], new int[n], new String[n]);
        for (int i = 0; i < n; i++) {
            out.time()[i] = t.get(i).getTime();
            out.voltage()[i] = t.get(i).getVoltage();
            out.current()[i] = t.get(i).getCurrent();
            out.cycle()[i] = t.get(i).getCycle();
            out.step()[i] = t.get(i).getStep();
        }
        return out;
    }

    /** The trace of a cell's files. */
    public static Trace trace(CellResult c) {
        double[] cycles = c.trace().numbers("cycle");
        int[] cycle = new int[cycles.length];
        for (int i = 0; i < cycle.length; i++) {
            cycle[i] = (int) cycles[i];
        }
        return new Trace(c.trace().numbers("time_s"), c.trace().numbers("voltage_V"), c.trace().numbers("current_mA_cm2"),
                cycle, c.trace().texts("step"));
    }

    /** The charge and discharge capacity of each cycle of a run, mAh/cm2. */
    public static Map<Integer, double[]> capacities(RunResult r) {
        Map<Integer, double[]> m = new HashMap<>();
        for (CycleRecord c : r.getCycles()) {
            m.put(c.getCycle(), new double[] { c.getChargeCapacity(), c.getDischargeCapacity() });
        }
        return m;
    }

    /** The charge and discharge capacity of each cycle of a cell's cycles.csv, mAh/cm2. */
    public static Map<Integer, double[]> capacities(CellResult c) {
        double[] cycle = c.cycles().numbers("cycle");
        double[] charge = c.cycles().numbers("charge_capacity_mAh_cm2");
        double[] discharge = c.cycles().numbers("discharge_capacity_mAh_cm2");
        Map<Integer, double[]> m = new HashMap<>();
        for (int i = 0; i < cycle.length; i++) {
            m.put((int) cycle[i], new double[] { charge[i], discharge[i] });
        }
        return m;
    }

    /** The profiles of every cycle that has one, by cycle, each cycle's charge before its discharge. */
    public static SortedMap<Integer, List<Profile>> all(Trace trace, Map<Integer, double[]> capacities) {
        TreeMap<Integer, List<Integer>> byCycle = new TreeMap<>();
        for (int i = 0; i < trace.cycle().length; i++) {
            if (trace.cycle()[i] > 0) {
                byCycle.computeIfAbsent(trace.cycle()[i], k -> new ArrayList<>()).add(i);
            }
        }
        TreeMap<Integer, List<Profile>> all = new TreeMap<>();
        for (var e : byCycle.entrySet()) {
            for (int d = 0; d < DIRECTIONS.size(); d++) {
                double[] record = capacities.get(e.getKey());
                Profile p = profile(trace, e.getKey(), e.getValue(), DIRECTIONS.get(d), record == null ? null : record[d]);
                if (p != null) {
                    all.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        return all;
    }

    /**
     * The cycles drawn by default, in order and each once: the first, the last and between them the
     * one nearest to their mean (the lower one on a tie). One or two cycles are all drawn.
     */
    public static List<Integer> chosenCycles(Collection<Integer> cycles) {
        List<Integer> usable = new ArrayList<>(new TreeSet<>(cycles));
        if (usable.isEmpty()) {
            return List.of();
        }
        int first = usable.get(0);
        int last = usable.get(usable.size() - 1);
        double mid = (first + last) / 2.0;
        int middle = usable.stream().min((a, b) -> Double.compare(Math.abs(a - mid), Math.abs(b - mid))).orElseThrow();
        return List.copyOf(new LinkedHashSet<>(List.of(first, middle, last)));
    }

    /**
     * The cycles drawn by default from a run's profiles: the first and the last, and between them
     * the cycle nearest to their mean among those whose trace has points inside its steps (the
     * engine samples the first two, every tenth and the last cycle; the others hold their step ends
     * only, which would draw a four-point triangle beside the curves); the nearest of all cycles
     * when none between them is sampled.
     */
    public static List<Integer> chosenCycles(SortedMap<Integer, List<Profile>> profiles) {
        List<Integer> plain = chosenCycles(profiles.keySet());
        if (plain.size() < 3) {
            return plain;
        }
        int first = plain.get(0);
        int last = plain.get(plain.size() - 1);
        List<Integer> sampled = profiles.entrySet().stream()
                .filter(e -> e.getKey() > first && e.getKey() < last && e.getValue().stream().anyMatch(p -> !p.stepEndsOnly()))
                .map(Map.Entry::getKey).toList();
        if (sampled.isEmpty()) {
            return plain;
        }
        double mid = (first + last) / 2.0;
        int middle = sampled.stream().min((a, b) -> Double.compare(Math.abs(a - mid), Math.abs(b - mid))).orElseThrow();
        return List.of(first, middle, last);
    }

    /** The profiles of the {@link #chosenCycles(SortedMap) chosen cycles}, in cycle order. */
    public static List<Profile> chosen(Trace trace, Map<Integer, double[]> capacities) {
        SortedMap<Integer, List<Profile>> all = all(trace, capacities);
        List<Profile> chosen = new ArrayList<>();
        for (int c : chosenCycles(all)) {
            chosen.addAll(all.get(c));
        }
        return chosen;
    }

    private static Profile profile(Trace t, int cycle, List<Integer> points, String direction, Double cycleCapacity) {
        List<Integer> steps = points.stream().filter(i -> direction.equals(t.step()[i])).toList();
        if (steps.isEmpty()) {
            return null;
        }
        List<double[]> xy = new ArrayList<>();
        double capacity = 0;
        int inside = 0;
        for (int k = 0; k < steps.size(); k++) {
            int i = steps.get(k);
            int before = i - 1;
            boolean joined = before < 0 || t.cycle()[before] == cycle || t.cycle()[before] == cycle - 1;
            if (!joined) {
                if (k > 0 || steps.size() > 1 || cycleCapacity == null) {
                    return null;
                }
                capacity = cycleCapacity;
            } else {
                if (k == 0 && before >= 0 && Double.isFinite(t.voltage()[before])) {
                    xy.add(new double[] { 0.0, t.voltage()[before] });
                }
                if (before >= 0 && direction.equals(t.step()[before])) {
                    inside++;
                }
                capacity += Units.chargePassed(Math.abs(t.current()[i]), before < 0 ? 0 : t.time()[before], t.time()[i]);
            }
            if (Double.isFinite(t.voltage()[i]) && Double.isFinite(capacity)) {
                xy.add(new double[] { capacity, t.voltage()[i] });
            }
        }
        if (xy.isEmpty()) {
            return null;
        }
        return new Profile(cycle, direction, xy.stream().mapToDouble(p -> p[0]).toArray(),
                xy.stream().mapToDouble(p -> p[1]).toArray(), inside == 0);
    }
}
