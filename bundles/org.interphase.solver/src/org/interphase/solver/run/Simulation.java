package org.interphase.solver.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.interphase.solver.cell.CellModel;

/**
 * A Li-metal cell with a composite cathode and its degradation mechanisms, integrated in time as
 * one ODE system (Hipparchus Dormand-Prince 5(4) with events): the cathode's delithiation, the
 * active and contacting fractions of the cathode, the charge that went into side reactions, the
 * applied charge, evolved gases, and every mechanism's state variables.
 * <p>
 * At each evaluation the mechanisms see the potential of their interface at the applied current;
 * the cathode's side (oxidation) current then takes its share of that current, so only the rest
 * moves lithium: i_intercalation = i_applied - i_side. Film resistances add to the series
 * resistance; lost contact concentrates the charge-transfer current on what is left and isolates
 * the cathode behind it (domain brief: R_ct / contact). The salt profile across the electrolyte
 * (transient, implicit finite volumes) runs beside the ODE ({@link SaltCoupling}) and gives the
 * concentration overpotential; a current above the limiting current exhausts the salt at the
 * lithium after Sand's time, the overpotential rises steeply and the cut-off ends the step.
 */
public final class Simulation {

    static final int X = 0;
    static final int ACTIVE = 1;
    static final int CONTACT = 2;
    static final int SIDE_CHARGE = 3;
    static final int APPLIED_CHARGE = 4;
    static final int LITHIUM_LOST = 5; // mol/m2 the mechanisms took from the anode (AnodeInventory)
    static final int GAS = 6;
    static final int FIXED = GAS + EffectSum.GASES.size();

    /**
     * Longest step, s, until the fast states tell their sources' curvature, and never less (300 until 2026-12-07
     * midday): their scheme's error grows with the step unseen by Dormand-Prince (FastStates.stepLimit). */
    private static final double MAX_STEP = 600;
    /** Longest step, s, where the fast states allow it (3600 s: no fewer evaluations; docs/engine.md, seventh pass). */
    private static final double LONG_STEP = 1800;
    private static final double STEADY_CHUNK = 3600; // longest salt chunk at a steady current, s (SaltCoupling)
    /** Longest salt chunk while the current changes (a CV hold, whose salt advances at a chunk's first current), s. */
    private static final double HOLD_CHUNK = 300;

    /** Why a step ended. */
    /**
     * The longest a step without a duration of its own may run, s (about 3.2 years): a step that reaches it ends
     * with {@link End#DURATION}, and the protocol runner stops the run with the reason.
     */
    public static final double LONGEST_STEP = 1e8;

    public enum End {
        CUT_OFF, TAPER_CURRENT, DURATION, FULLY_CHARGED, FULLY_DISCHARGED, SHORT_CIRCUIT,
        /** Side reactions take the whole charging current: the voltage cannot rise further. */
        NO_PROGRESS
    }

    /**
     * The outcome of a step.
     *
     * @param charge       applied charge, C/m2, signed (positive on charge)
     * @param duration     s
     * @param end          why it ended
     * @param endVoltage   V
     * @param shortCircuit the reason, when a mechanism reported a short circuit
     */
    public record Step(double charge, double duration, End end, double endVoltage, String shortCircuit,
            List<double[]> samples) {

        Step(double charge, double duration, End end, double endVoltage, String shortCircuit) {
            this(charge, duration, end, endVoltage, shortCircuit, List.of());
        }
    }

    /** Points recorded inside a step when sampling is on (a voltage profile), at most this many. */
    static final int SAMPLES_PER_STEP = 40;

    private boolean sampling;

    private final CellModel model;
    private final List<ActiveMechanism> mechanisms;
    /** The cell's evaluations, remembered. */
    private final CellEvaluator cell;
    private double[] y;
    private double time;
    /** The fast states, integrated exponentially beside the ODE. */
    private final FastStates fast;
    /** Indices of states that return to their start every cycle (see StateVariable#withinCycle). */
    private final boolean[] withinCycle;
    /** The salt profile across the electrolyte, coupled to the ODE by operator splitting. */
    private final SaltCoupling salt;

    public Simulation(CellModel model, List<ActiveMechanism> mechanisms, double initialDelithiation) {
        this.model = model;
        this.mechanisms = List.copyOf(mechanisms);
        int n = FIXED + this.mechanisms.stream().mapToInt(ActiveMechanism::size).sum();
        y = new double[n];
        y[X] = initialDelithiation;
        y[ACTIVE] = 1;
        y[CONTACT] = 1;
        salt = new SaltCoupling(model.electrolyte().transport(), HOLD_CHUNK, STEADY_CHUNK).draining(this.mechanisms,
                ActiveMechanism::offset, model.electrolyte()::drained); // the salt reduced leaves the film
        fast = new FastStates(this.mechanisms);
        EffectSum effects = new EffectSum();
        // every mechanism's evaluation, shared with the Li|Li runner
        MechanismPass pass = new MechanismPass(this.mechanisms, k -> this.mechanisms.get(k).offset(), salt, effects,
                LITHIUM_LOST, GAS).withFastStates(fast);
        cell = new CellEvaluator(model, pass, effects, salt, fast);
        salt.settle(0, model.temperature());
        model.electrolyte().phase().setTemperature(0, model.temperature());
        withinCycle = new boolean[n];
        withinCycle[X] = true;
        for (ActiveMechanism m : this.mechanisms) {
            for (int k = 0; k < m.size(); k++) {
                y[m.offset() + k] = m.state().get(k).initial();
                withinCycle[m.offset() + k] = m.state().get(k).withinCycle();
            }
        }
    }

    /** Sets the cell's temperature from now on (K): the model's, and its polymer phase's ({@code PolymerPhase}). */
    void setTemperature(double temperatureK) {
        model.setTemperature(temperatureK);
        model.electrolyte().phase().setTemperature(time, temperatureK);
    }

    /** Offset of the first mechanism state variable; mechanisms are laid out from here in order. */
    public static int firstMechanismOffset() {
        return FIXED;
    }

    public double time() {
        return time;
    }

    public CellModel model() {
        return model;
    }

    /** A copy of the state vector (see the index constants). */
    double[] state() {
        return y.clone();
    }

    double delithiation() {
        return y[X];
    }

    double activeFraction() {
        return y[ACTIVE];
    }

    double contactFraction() {
        return y[CONTACT];
    }

    double sideCharge() {
        return y[SIDE_CHARGE];
    }

    double gas(int species) {
        return y[GAS + species];
    }

    /** The slow part of the state: everything but the delithiation and the states that cycle (a copy, those 0). */
    double[] slowState() {
        double[] slow = y.clone();
        for (int i = 0; i < slow.length; i++) {
            if (withinCycle[i]) {
                slow[i] = 0;
            }
        }
        return slow;
    }

    /**
     * Advances the slow state by a change and the clock by a time, leaving the delithiation as it is:
     * the multi-rate scheme's jump over cycles that repeat the last one.
     */
    void advance(double[] change, double duration) {
        for (int i = 0; i < y.length; i++) {
            if (!withinCycle[i]) {
                y[i] += change[i];
            }
        }
        y[ACTIVE] = Math.max(0, y[ACTIVE]);
        y[CONTACT] = Math.max(0, y[CONTACT]);
        time += duration;
    }

    /** Whether index i of the state is a running total (charges, gas) rather than a state to control. */
    static boolean isCounter(int i) {
        return i >= SIDE_CHARGE && i < FIXED; // side and applied charge, lithium lost, gases
    }

    /** Sum of the named state variable over all mechanisms (e.g. cei_thickness), SI; NaN when none has it. */
    double stateSum(String name) {
        double sum = 0;
        boolean found = false;
        for (ActiveMechanism m : mechanisms) {
            for (int k = 0; k < m.size(); k++) {
                if (m.state().get(k).name().equals(name)) {
                    sum += y[m.offset() + k];
                    found = true;
                }
            }
        }
        return found ? sum : Double.NaN;
    }

    /** Whether the next steps record points inside themselves ({@link Step#samples}), for voltage profiles. */
    void setSampling(boolean on) {
        sampling = on;
    }

    /** Terminal voltage now at an applied current density. */
    public double voltage(double appliedCurrent) {
        return cell.at(time, y, appliedCurrent).voltage();
    }

    /** Series resistance now (electrolyte bulk plus films), ohm m2. */
    public double seriesResistance() {
        CellEvaluator.Eval now = cell.at(time, y, 0);
        return now.bulkResistance() + now.filmResistance();
    }

    /** The longest step for the next salt chunk (MAX_STEP, up to LONG_STEP where the fast states allow). */
    private double stepLimit(double[][] tolerances) {
        double limit = fast.stepLimit(tolerances[0], tolerances[1]);
        return Double.isNaN(limit) ? MAX_STEP : Math.max(MAX_STEP, Math.min(LONG_STEP, limit));
    }

    /** Constant applied current density (A/m2, + on charge) until a cut-off (NaN: none) or a duration. */
    public Step constantCurrent(double applied, double cutOff, double maxDuration) {
        boolean charging = applied > 0;
        if (!Double.isNaN(cutOff) && (charging ? voltage(applied) >= cutOff : voltage(applied) <= cutOff)) {
            return new Step(0, 0, End.CUT_OFF, voltage(applied), null);
        }
        List<StopEvent> events = new ArrayList<>();
        if (!Double.isNaN(cutOff)) {
            events.add(new StopEvent(End.CUT_OFF, s -> cell.at(s.getTime(), s.getPrimaryState(), applied).voltage() - cutOff));
        }
        if (charging && !mechanisms.isEmpty()) {
            // 1 % of the current must still delithiate the cathode, else the charge cannot progress
            events.add(new StopEvent(End.NO_PROGRESS,
                    s -> applied - cell.at(s.getTime(), s.getPrimaryState(), applied).sideCurrent() - 0.01 * applied));
        }
        return run((t, state) -> applied, events, charging, maxDuration);
    }

    /**
     * Constant voltage until the current falls to the taper current density (magnitude; NaN: none) or a
     * duration. A hold whose current cannot fall to its taper, because side reactions draw more than the
     * taper at that voltage, ends with {@link End#NO_PROGRESS} once the cathode takes less than 1 % of it.
     */
    public Step constantVoltage(double voltage, double taper, double maxDuration) {
        BrentSolver solver = new BrentSolver(1e-9);
        Current hold = (t, state) -> holdCurrent(t, state, voltage, solver);
        ToDoubleFunction<ODEStateAndDerivative> current = s -> hold.at(s.getTime(), s.getPrimaryState());
        double initial = holdCurrent(time, y, voltage, solver);
        if (!Double.isNaN(taper) && Math.abs(initial) <= taper) {
            return new Step(0, 0, End.TAPER_CURRENT, voltage, null);
        }
        List<StopEvent> events = new ArrayList<>();
        if (!Double.isNaN(taper)) {
            events.add(new StopEvent(End.TAPER_CURRENT, s -> Math.abs(current.applyAsDouble(s)) - taper));
            if (!mechanisms.isEmpty()) {
                events.add(new StopEvent(End.NO_PROGRESS, s -> {
                    double i = current.applyAsDouble(s);
                    return Math.abs(i - cell.at(s.getTime(), s.getPrimaryState(), i).sideCurrent()) - 0.01 * taper;
                }));
            }
        }
        return run(hold, events, initial > 0, maxDuration);
    }

    /** Open circuit: no applied current, mechanisms keep working (self-discharge, film growth). */
    public Step rest(double duration) {
        return run((t, state) -> 0, new ArrayList<>(), false, duration);
    }

    /** Largest current density a hold may draw, A/m2 (1 A/cm2: beyond any polymer cell). */
    private static final double HOLD_BOUND = 1e4;

    private double holdCurrent(double t, double[] state, double voltage, BrentSolver solver) {
        double bound = 1;
        while (bound < HOLD_BOUND && cell.at(t, state, -bound).voltage() >= voltage) {
            bound *= 10;
        }
        while (bound < HOLD_BOUND && cell.at(t, state, bound).voltage() <= voltage) {
            bound *= 10;
        }
        if (cell.at(t, state, -bound).voltage() >= voltage) {
            return -bound;
        }
        if (cell.at(t, state, bound).voltage() <= voltage) {
            return bound;
        }
        return solver.solve(200, i -> cell.at(t, state, i).voltage() - voltage, -bound, bound);
    }

    /** The applied current density of a step (A/m2, + on charge) at a time and state. */
    private interface Current {
        double at(double t, double[] state);
    }

    private Step run(Current current, List<StopEvent> events, boolean charging, double maxDuration) {
        ToDoubleFunction<ODEStateAndDerivative> applied = s -> current.at(s.getTime(), s.getPrimaryState());
        double lo = model.cathode().ocv().minDelithiation();
        double hi = model.cathode().ocv().maxDelithiation();
        double current0 = current.at(time, y);
        boolean flowing = current0 != 0;
        boolean stripping = flowing && !charging;
        if (flowing && (charging ? y[X] >= hi : y[X] <= lo) || stripping && AnodeInventory.empty(model.anodeLithium(), y)) {
            // already at the end of the OCV curve or of the anode's lithium: an event starting at 0 might never fire
            return new Step(0, 0, charging ? End.FULLY_CHARGED : End.FULLY_DISCHARGED, voltage(current0), null);
        }
        if (flowing) {
            events.add(charging ? new StopEvent(End.FULLY_CHARGED, s -> hi - s.getPrimaryState()[X])
                    : new StopEvent(End.FULLY_DISCHARGED, s -> s.getPrimaryState()[X] - lo));
        }
        if (stripping && Double.isFinite(model.anodeLithium())) {
            events.add(AnodeInventory.emptied(model.anodeLithium()));
        }
        StopEvent shortEvent = new StopEvent(End.SHORT_CIRCUIT, s -> cell.at(s.getTime(), s.getPrimaryState(),
                applied.applyAsDouble(s)).shortCircuit() == null ? 1 : -1);
        events.add(shortEvent);
        double start = time;
        double startCharge = y[APPLIED_CHARGE];
        // the remembered rates themselves: Hipparchus copies what an equation returns (ExpandableODE, ODEStateAndDerivative)
        OrdinaryDifferentialEquation ode = Derivatives.of(y.length,
                (t, state) -> cell.at(t, state, current.at(t, state)).rates());
        double limit = Double.isInfinite(maxDuration) ? LONGEST_STEP : maxDuration;
        double[][] tolerances = Tolerances.cycling(y.length, mechanisms, Tolerances.RELATIVE);
        DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-6, MAX_STEP, tolerances[0], tolerances[1]);
        events.forEach(integrator::addEventDetector);
        List<double[]> samples = List.of();
        if (sampling && flowing) {
            // the step's expected length: to its time limit, or the charge left on the OCV curve at this current
            double room = (charging ? hi - y[X] : y[X] - lo) * model.cathode().theoreticalCapacity()
                    * Math.max(1e-9, y[ACTIVE] * y[CONTACT]);
            double expected = Math.min(limit, current0 != 0 ? room / Math.abs(current0) : limit);
            samples = StepSamples.record(integrator, time, expected, applied, (t, s, i) -> cell.at(t, s, i).voltage());
        }
        salt.settle(time, model.temperature(), y);
        ODEStateAndDerivative end = fast.around(integrator, time, cell.at(time, y, current0).fast(),
                s -> cell.at(s.getTime(), s.getPrimaryState(), applied.applyAsDouble(s)).fast(),
                () -> salt.integrate(integrator, ode, new ODEState(time, y), limit, events, applied, model.temperature(),
                        () -> integrator.setStepSizeControl(1e-6, stepLimit(tolerances), tolerances[0], tolerances[1])));
        y = end.getPrimaryState().clone();
        fast.end(y);
        y[X] = Math.max(lo, Math.min(hi, y[X]));
        time = end.getTime();
        CellEvaluator.Eval last = cell.at(time, y, applied.applyAsDouble(end));
        End reason = events.stream().filter(StopEvent::fired).map(StopEvent::kind).findFirst().orElse(End.DURATION);
        return new Step(y[APPLIED_CHARGE] - startCharge, time - start, reason, last.voltage(),
                shortEvent.fired() ? last.shortCircuit() : null, samples);
    }
}
