package org.interphase.solver.run;

import java.util.Locale;

import org.interphase.model.Electrode;
import org.interphase.model.results.RunStatus;
import org.interphase.solver.api.Physics;

/**
 * The lithium of a full cell's anode, counted (issue 12). The foil holds Q0 = thickness x density x
 * specific capacity ({@link org.interphase.solver.cell.LithiumAnode#inventory}, the same count a symmetric
 * cell keeps for each electrode, {@link LithiumInventory}); every charge plates the applied charge onto it,
 * every discharge strips it back, and the mechanisms take lithium from it for good (the SEI, dead lithium,
 * the acid that reaches it: {@code Effects.lithiumLoss}):
 * Q(t) = Q0 + q_applied(t) - F n_lost(t), with q_applied the applied charge (+ on charge) and n_lost the
 * lithium lost (mol/m2), both states of {@link Simulation}. A discharge whose anode runs out of lithium ends
 * there, whatever the cathode could still take: once the excess lithium is gone, each discharge returns
 * only what the charge before it plated less what was lost since (the knee of a lithium-metal cell's
 * capacity, "sudden death"). An anode without a thickness is an unlimited reservoir, as before; an
 * anode-free or thin foil (a small thickness) cycles on the lithium the cathode brings.
 */
final class AnodeInventory {

    /**
     * A discharge that leaves less than this share of the nominal capacity on the anode ran it out (the
     * event's root lies within the integrator's time tolerance, not at exactly 0).
     */
    static final double EMPTY = 1e-4;
    /** A jump of the multi-rate scheme may take at most this share of the lithium left at the end of a cycle. */
    static final double JUMP_SHARE = 0.5;

    private final Electrode anode;
    private final double held;
    private final double nominal;
    /** The first cycle whose discharge the anode's lithium ended (0: none yet). */
    private int firstEmptyCycle;

    /**
     * @param anode   the cell's anode
     * @param held    the lithium it held as built, C/m2 (+infinity: unlimited)
     * @param nominal the cathode's nominal capacity, C/m2
     */
    AnodeInventory(Electrode anode, double held, double nominal) {
        this.anode = anode;
        this.held = held;
        this.nominal = nominal;
    }

    /** The lithium left on the anode in a state of {@link Simulation}, C/m2 (+infinity when unlimited). */
    static double remaining(double held, double[] state) {
        return held + state[Simulation.APPLIED_CHARGE] - Physics.F * state[Simulation.LITHIUM_LOST];
    }

    /** Whether a finite anode holds no lithium in a state (a discharge cannot start). */
    static boolean empty(double held, double[] state) {
        return Double.isFinite(held) && remaining(held, state) <= 0;
    }

    /** The event that ends a step stripping a finite anode when its lithium runs out. */
    static StopEvent emptied(double held) {
        return new StopEvent(Simulation.End.FULLY_DISCHARGED, s -> remaining(held, s.getPrimaryState()));
    }

    boolean limited() {
        return Double.isFinite(held);
    }

    /** The lithium left now, C/m2. */
    double remaining(Simulation simulation) {
        return remaining(held, simulation.state());
    }

    /**
     * After a cycle closed: whether its discharge ended because the anode had no lithium left (remembered
     * as the first such cycle).
     */
    boolean ranOut(Simulation simulation, int cycle) {
        boolean out = limited() && remaining(simulation) <= EMPTY * nominal;
        if (out && firstEmptyCycle == 0) {
            firstEmptyCycle = cycle;
        }
        return out;
    }

    /**
     * Cycles the multi-rate scheme may jump after a cycle that began in state {@code before} and ended in
     * {@code after} (slow states): none once the anode has run out (the lithium it lacks is then in the
     * cathode's degree of delithiation, a within-cycle state the scheme does not carry over a jump), and
     * at most {@link #JUMP_SHARE} of what is left at the end of the cycle, so that the knee is simulated,
     * not jumped into.
     */
    int jumpLimit(double[] before, double[] after) {
        if (!limited()) {
            return Integer.MAX_VALUE;
        }
        if (firstEmptyCycle > 0) {
            return 0;
        }
        double left = remaining(held, after);
        double perCycle = remaining(held, before) - left;
        if (perCycle <= 0) {
            return Integer.MAX_VALUE;
        }
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, Math.floor(JUMP_SHARE * left / perCycle)));
    }

    /**
     * The stop of a run whose anode can no longer give a discharge: it ran out in cycle {@code cycle}, which
     * delivered {@code delivered} (mAh/cm2), a share {@code retention} of the first discharge.
     */
    RunStop usedUp(Simulation simulation, int cycle, double delivered, double retention) {
        double lost = Display.mAhPerCm2(Physics.F * simulation.state()[Simulation.LITHIUM_LOST]);
        return new RunStop(RunStatus.STOPPED, String.format(Locale.ROOT,
                "the lithium anode is used up: its %s held %.3g mAh/cm2, the SEI, dead lithium and side reactions"
                        + " took %.3g mAh/cm2 of it by cycle %d, and since cycle %d every discharge has ended with no"
                        + " lithium left to strip; cycle %d delivered %.3g mAh/cm2%s: the cell can no longer cycle",
                thickness(), Display.mAhPerCm2(held), lost, cycle, firstEmptyCycle == 0 ? cycle : firstEmptyCycle,
                cycle, delivered, String.format(Locale.ROOT, " (%.2g %% of the first discharge)", 100 * retention)));
    }

    private String thickness() {
        return anode.getThickness() == null ? "foil" : anode.getThickness().getSi() == 0 ? "anode-free collector"
                : String.format(Locale.ROOT, "%.3g um", anode.getThickness().getSi() * 1e6);
    }
}
