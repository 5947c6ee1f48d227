package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.interphase.model.Cell;
import org.interphase.model.CellInterface;
import org.interphase.model.InterfaceKind;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.StateVariable;
import org.interphase.solver.cell.CellModel;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.solver.run.Simulation;
import org.junit.jupiter.api.Test;

/**
 * The cycling engine's exponential integration of fast states (StateVariable#fast, FastStates), against
 * the analytic solution of a linear relaxation driven by a decaying source,
 * <pre>
 *   dh/dt = P0 e^(-t/T) - h/tau,  h(0) = 0:
 *   h(t)      = P0 tau T / (T - tau) (e^(-t/T) - e^(-t/tau)),
 *   int_0^t h = P0 tau T / (T - tau) (T (1 - e^(-t/T)) - tau (1 - e^(-t/tau)))
 * </pre>
 * (variation of constants; e.g. Boyce and DiPrima, Elementary Differential Equations, sect. 2.1). A
 * test process carries h (fast) and c with dc/dt = h (an ordinary state: what the slow states see of
 * h), and reports one of them as a film resistance, which the cell's series resistance shows (less the
 * same cell's without the process). The cell rests, so nothing else moves.
 * <p>
 * The scheme (ETD2) takes the source as linear in time over each integrator step: exact for a constant
 * source (the first checks, within the first step), second order otherwise. Over steps of up to
 * Delta = 300 s a source that decays over T makes h off by about Delta tau / (2 T^2) of itself (7e-4 at
 * tau = 60 s, T = 1 h; the linear interpolation's error, P'' Delta u / 2 at u before the step's end,
 * weighted by e^(-u/tau)); the explicit integrator held within-cycle states to a relative 1e-3
 * (Tolerances.WITHIN_CYCLE_FACTOR), so {@link #SECOND_ORDER} is the bound once the source has moved.
 */
class FastStateTest {

    private static final double P0 = 1e-3; // mol/m2/s
    private static final double T = 3600; // s, the source's decay
    private static final double AMPLITUDE_SCALE = 1; // ohm m2 of film per mol/m2 reported
    /** Relative bound once the source has moved over many steps (see above). */
    private static final double SECOND_ORDER = 1e-3;

    /** The test process: h fast (or, for the reference, ordinary), c = int h; reports h or c as a film. */
    private static List<ActiveMechanism> process(Cell cell, double tau, boolean reportIntegral, boolean fast,
            double source, AtomicInteger evaluations) {
        CellInterface where = cell.getInterfaces().stream()
                .filter(i -> i.getKind() == InterfaceKind.CATHODE_ELECTROLYTE).findFirst().orElseThrow();
        StateVariable h = fast ? StateVariable.fast("test_acid", "mol/m2", 0)
                : new StateVariable("test_acid", "mol/m2", 0, true);
        InterfaceProcess p = InterfaceProcess.of(List.of(h, new StateVariable("test_integral", "mol/m2", 0)),
                (c, state, rates, effects) -> {
                    evaluations.incrementAndGet();
                    rates[0] = source * Math.exp(-c.time() / T) - state[0] / tau;
                    rates[1] = state[0];
                    effects.filmResistance(AMPLITUDE_SCALE * (reportIntegral ? state[1] : state[0]));
                });
        return List.of(new ActiveMechanism("test_fast", where, p, Simulation.firstMechanismOffset()));
    }

    /** Film resistance the process reports after resting for each of the durations in turn, ohm m2. */
    private static double film(double tau, boolean integral, boolean fast, AtomicInteger evaluations,
            double... rests) {
        Cell cell = TestCells.cell(TestCells.BARE_LCO);
        CellModel model = CellModel.of(cell, 333.15);
        Simulation s = new Simulation(model, process(cell, tau, integral, fast, P0, evaluations),
                model.cathode().ocv().minDelithiation());
        CellModel plainModel = CellModel.of(cell, 333.15);
        Simulation plain = new Simulation(plainModel, process(cell, tau, integral, fast, 0, new AtomicInteger()),
                plainModel.cathode().ocv().minDelithiation());
        for (double r : rests) {
            s.rest(r);
            plain.rest(r);
        }
        return (s.seriesResistance() - plain.seriesResistance()) / AMPLITUDE_SCALE;
    }

    private static double h(double tau, double t) {
        return P0 * tau * T / (T - tau) * (Math.exp(-t / T) - Math.exp(-t / tau));
    }

    private static double integral(double tau, double t) {
        return P0 * tau * T / (T - tau) * (T * (1 - Math.exp(-t / T)) - tau * (1 - Math.exp(-t / tau)));
    }

    /** During its relaxation (t = tau/2, then 2 tau) and long after it, the fast state follows the solution. */
    @Test
    void theFastStateFollowsTheAnalyticRelaxation() {
        double tau = 60;
        AtomicInteger n = new AtomicInteger();
        assertEquals(h(tau, 30), film(tau, false, true, n, 30), 1e-6 * h(tau, 30), "t = 30 s");
        assertEquals(h(tau, 120), film(tau, false, true, n, 30, 90), 1e-5 * h(tau, 120), "t = 120 s");
        assertEquals(h(tau, 7200), film(tau, false, true, n, 30, 90, 7080), SECOND_ORDER * h(tau, 7200), "t = 7200 s");
    }

    /** What the slow states see of it, its integral, follows the solution too. */
    @Test
    void theSlowStatesSeeItsIntegral() {
        double tau = 60;
        AtomicInteger n = new AtomicInteger();
        assertEquals(integral(tau, 120), film(tau, true, true, n, 120), 1e-5 * integral(tau, 120), "t = 120 s");
        assertEquals(integral(tau, 7200), film(tau, true, true, n, 7200), SECOND_ORDER * integral(tau, 7200), "t = 7200 s");
    }

    /**
     * A state that relaxes in a tenth of a second, over ten hours: the explicit integrator would need a
     * step below 0.33 s for stability (more than 10^5 steps, over 6 evaluations each); integrated
     * exponentially the accuracy of the slow states sets the step, and both h and its integral stay on
     * the solution. Counts evaluations, not time.
     */
    @Test
    void aVeryFastStateDoesNotSetTheStep() {
        double tau = 0.1;
        AtomicInteger fast = new AtomicInteger();
        double t = 36000;
        assertEquals(integral(tau, t), film(tau, true, true, fast, t), SECOND_ORDER * integral(tau, t), "integral");
        assertEquals(h(tau, t), film(tau, false, true, new AtomicInteger(), t), SECOND_ORDER * h(tau, t), "h");
        assertTrue(fast.get() < 20_000, "evaluations of the process: " + fast.get());
    }

    /** The same relaxation left to the explicit integrator (the reference of the scheme) agrees as well. */
    @Test
    void theExplicitIntegratorAgrees() {
        double tau = 60;
        AtomicInteger explicit = new AtomicInteger();
        AtomicInteger exponential = new AtomicInteger();
        double a = film(tau, true, false, explicit, 7200);
        double b = film(tau, true, true, exponential, 7200);
        assertEquals(integral(tau, 7200), a, 1e-5 * integral(tau, 7200), "explicit");
        assertEquals(a, b, SECOND_ORDER * a);
    }
}
