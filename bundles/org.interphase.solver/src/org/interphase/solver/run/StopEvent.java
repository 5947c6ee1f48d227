package org.interphase.solver.run;

import java.util.function.ToDoubleFunction;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;

/** A zero crossing of g that ends a step (located to a millisecond), remembering that it fired. */
final class StopEvent implements ODEEventDetector, ODEEventHandler {

    /**
     * Longest time between checks of g, s: the cycling runner's longest step (was a quarter of it: each check point
     * is one more evaluation of the cell, 16 % of them; the events of a step are monotone in time over a step,
     * so the root is bracketed by the step's ends and located to a millisecond as before). 300 s until the
     * longest step became 600 s (2026-12-07); 600 s while the longest step became 1800 s (seventh pass), which left
     * two more check points, each an evaluation of the cell, inside every long step; 1800 s since (eighth pass).
     */
    private static final double MAX_CHECK = 1800;

    private final Simulation.End kind;
    private final ToDoubleFunction<ODEStateAndDerivative> g;
    private boolean fired;

    StopEvent(Simulation.End kind, ToDoubleFunction<ODEStateAndDerivative> g) {
        this.kind = kind;
        this.g = g;
    }

    Simulation.End kind() {
        return kind;
    }

    boolean fired() {
        return fired;
    }

    /** Marks the event as the step's end when its function changed sign outside the integrator's view. */
    void fire() {
        fired = true;
    }

    @Override
    public double g(ODEStateAndDerivative state) {
        return g.applyAsDouble(state);
    }

    @Override
    public AdaptableInterval getMaxCheckInterval() {
        return AdaptableInterval.of(MAX_CHECK);
    }

    @Override
    public int getMaxIterationCount() {
        return 100;
    }

    @Override
    public BracketedUnivariateSolver<UnivariateFunction> getSolver() {
        return new BracketingNthOrderBrentSolver(1e-14, 1e-3, 1e-15, 5);
    }

    @Override
    public ODEEventHandler getHandler() {
        return this;
    }

    @Override
    public Action eventOccurred(ODEStateAndDerivative state, ODEEventDetector detector, boolean increasing) {
        fired = true;
        return Action.STOP;
    }
}
