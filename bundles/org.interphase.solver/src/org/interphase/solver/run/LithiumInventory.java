package org.interphase.solver.run;

import java.util.Locale;

import org.interphase.model.Cell;
import org.interphase.model.Electrode;
import org.interphase.model.results.RunStatus;
import org.interphase.solver.api.Physics;
import org.interphase.solver.cell.LithiumAnode;

/**
 * The lithium of a symmetric Li|Li cell's two electrodes, each counted on its own (issue 12). An electrode
 * holds Q0 = thickness x density x specific capacity ({@link LithiumAnode#inventory}); the net charge moved
 * (+ from the working electrode in the cathode's place onto the counter electrode in the anode's place)
 * comes off one and onto the other, and the lithium the mechanisms of each lithium surface take for good
 * (its SEI, the dead lithium of each plating onto it: {@code Effects.lithiumLoss} reported on that
 * surface's interface) comes off that electrode alone:
 * Q_working = Q0,w - q - F n_w and Q_counter = Q0,c + q - F (n - n_w), with q the net charge moved, n the
 * lithium lost on both surfaces and n_w the working electrode's share (states of the runner). A step that
 * empties either electrode ends the run with the reason, instead of stripping lithium that is not there.
 * An electrode without a thickness is an unlimited reservoir.
 */
final class LithiumInventory {

    private final Electrode working;
    private final Electrode counter;
    private final double workingCharge;
    private final double counterCharge;
    private final int applied;
    private final int lost;
    private final int workingLost;

    /**
     * @param applied     index of the net charge moved in the runner's state, C/m2
     * @param lost        index of the lithium lost on both surfaces, mol/m2
     * @param workingLost index of the working electrode's share of it, mol/m2
     */
    LithiumInventory(Cell cell, int applied, int lost, int workingLost) {
        working = cell.getCathode();
        counter = cell.getAnode();
        workingCharge = LithiumAnode.inventory(working);
        counterCharge = LithiumAnode.inventory(counter);
        this.applied = applied;
        this.lost = lost;
        this.workingLost = workingLost;
    }

    /** Lithium left on the working electrode in a state, C/m2 (+infinity: unlimited). */
    double working(double[] state) {
        return workingCharge - state[applied] - Physics.F * state[workingLost];
    }

    /** Lithium left on the counter electrode in a state, C/m2 (+infinity: unlimited). */
    double counter(double[] state) {
        return counterCharge + state[applied] - Physics.F * (state[lost] - state[workingLost]);
    }

    /**
     * The event that fires when either finite electrode has no lithium left (its net charge moved off it
     * and the lithium its side reactions took); null when both are unlimited.
     */
    StopEvent event() {
        if (Double.isInfinite(workingCharge) && Double.isInfinite(counterCharge)) {
            return null;
        }
        return new StopEvent(Simulation.End.FULLY_DISCHARGED,
                s -> Math.min(working(s.getPrimaryState()), counter(s.getPrimaryState())));
    }

    /** The stop of a run whose electrode ran out of lithium in a state at a time, s. */
    RunStop emptied(double[] state, double time) {
        boolean workingEmpty = working(state) <= counter(state);
        Electrode empty = workingEmpty ? working : counter;
        double moved = Math.abs(state[applied]);
        double taken = Physics.F * (workingEmpty ? state[workingLost] : state[lost] - state[workingLost]);
        return new RunStop(RunStatus.STOPPED, String.format(Locale.ROOT,
                "the %s has no lithium left to strip after %.2f h: its %.0f um held %.2f mAh/cm2, the net charge"
                        + " moved to the other electrode (%.2f mAh/cm2) and the lithium its side reactions took (SEI,"
                        + " dead lithium: %.2f mAh/cm2) have used it up",
                workingEmpty ? "working electrode (cathode's place)" : "counter electrode (anode's place)",
                time / 3600, empty.getThickness().getSi() * 1e6,
                Display.mAhPerCm2(workingEmpty ? workingCharge : counterCharge), Display.mAhPerCm2(moved),
                Display.mAhPerCm2(taken)));
    }
}
