package org.interphase.cli.slurm;

import java.util.ArrayList;
import java.util.List;

import org.interphase.model.Quantity;
import org.interphase.model.Study;
import org.interphase.model.Sweep;
import org.interphase.solver.study.SweepRunner;

/**
 * The units of work of a study set on a Slurm job array and which array task runs which: every
 * study is one unit (its cells are compared in one report, written by the task that runs them), and
 * every point of every sweep is one unit. Unit {@code u} goes to task {@code u % tasks}, so the
 * points of a sweep spread over the whole array. The plan depends only on the input, so the
 * submitting command, every task and the gather job compute the same plan.
 */
public final class SlurmPlan {

    /**
     * One unit of work.
     *
     * @param index  its place in the plan
     * @param study  the study it runs whole, or null for a sweep point
     * @param sweep  the sweep of a point, or null
     * @param point  the point's index in {@link SweepRunner#grid} of the sweep, or -1
     * @param values the point's values, or empty
     */
    public record Unit(int index, Study study, Sweep sweep, int point, List<Quantity> values) {

        /** How the unit is named to the user: {@code study Name} or {@code sweep Name point 3 (20 nm, 60 °C)}. */
        public String label() {
            if (study != null) {
                return "study " + study.getName();
            }
            List<String> parts = new ArrayList<>();
            for (Quantity q : values) {
                parts.add(trim(q.getMagnitude()) + (q.getUnit() == null || q.getUnit().isEmpty() ? ""
                        : (q.getUnit().equals("%") ? "" : " ") + q.getUnit()));
            }
            return "sweep " + sweep.getName() + " point " + point + " (" + String.join(", ", parts) + ")";
        }

        /** A name for files about the unit: {@code unit-<index>}. */
        public String id() {
            return "unit-" + index;
        }
    }

    private final List<Unit> units;
    private final int tasks;

    /**
     * @param arraySize the largest array the user allows ({@code --array-size}); the array has at
     *                  most one task per unit
     */
    public SlurmPlan(List<Study> studies, List<Sweep> sweeps, int arraySize) {
        List<Unit> all = new ArrayList<>();
        for (Study s : studies) {
            all.add(new Unit(all.size(), s, null, -1, List.of()));
        }
        for (Sweep sweep : sweeps) {
            List<List<Quantity>> grid = SweepRunner.grid(sweep);
            for (int p = 0; p < grid.size(); p++) {
                all.add(new Unit(all.size(), null, sweep, p, grid.get(p)));
            }
        }
        this.units = List.copyOf(all);
        this.tasks = Math.max(1, Math.min(arraySize, all.size()));
    }

    public List<Unit> units() {
        return units;
    }

    /** How many array tasks the job has. */
    public int tasks() {
        return tasks;
    }

    /** The task that runs a unit. */
    public int taskOf(Unit unit) {
        return unit.index() % tasks;
    }

    /** The units of one task, in plan order. */
    public List<Unit> share(int task) {
        if (task < 0 || task >= tasks) {
            throw new IllegalArgumentException("task " + task + " is not in the array 0-" + (tasks - 1));
        }
        return units.stream().filter(u -> taskOf(u) == task).toList();
    }

    private static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
