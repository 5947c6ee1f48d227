package org.interphase.solver.run;

import java.util.Locale;

import org.interphase.model.Cell;
import org.interphase.model.Electrode;
import org.interphase.model.results.RunStatus;
import org.interphase.solver.cell.LithiumAnode;

/**
 * The lithium of a symmetric Li|Li cell's two electrodes. The net charge moved (+ from the working
 * electrode in the cathode's place onto the counter electrode in the anode's place) may not exceed what
 * the stripping electrode holds: a step that strips it empty ends the run with the reason, instead of
 * plating lithium that is not there. Lithium lost to side reactions is not subtracted (it is small
 * beside the metal's inventory). An electrode without a thickness is an unlimited reservoir.
 */
final class LithiumInventory {

    private final Electrode working;
    private final Electrode counter;
    private final double workingCharge;
    private final double counterCharge;

    LithiumInventory(Cell cell) {
        working = cell.getCathode();
        counter = cell.getAnode();
        workingCharge = LithiumAnode.inventory(working);
        counterCharge = LithiumAnode.inventory(counter);
    }

    /**
     * The event of a step at a current (A/m2) that fires when its stripping electrode is empty, watching
     * the net charge moved at index {@code applied} of the state; null when no current flows or that
     * electrode is unlimited.
     */
    StopEvent event(double current, int applied) {
        double held = current > 0 ? workingCharge : counterCharge;
        if (current == 0 || Double.isInfinite(held)) {
            return null;
        }
        return new StopEvent(Simulation.End.FULLY_DISCHARGED, current > 0
                ? s -> workingCharge - s.getPrimaryState()[applied]
                : s -> counterCharge + s.getPrimaryState()[applied]);
    }

    /** The stop of a run whose step at this current emptied its stripping electrode at a time, s. */
    RunStop emptied(double current, double time) {
        boolean workingEmpty = current > 0;
        Electrode empty = workingEmpty ? working : counter;
        return new RunStop(RunStatus.STOPPED, String.format(Locale.ROOT,
                "the %s has no lithium left to strip after %.2f h: its %.0f um held %.2f mAh/cm2, and the net"
                        + " charge moved to the other electrode has reached that",
                workingEmpty ? "working electrode (cathode's place)" : "counter electrode (anode's place)",
                time / 3600, empty.getThickness().getSi() * 1e6,
                Display.mAhPerCm2(workingEmpty ? workingCharge : counterCharge)));
    }
}
