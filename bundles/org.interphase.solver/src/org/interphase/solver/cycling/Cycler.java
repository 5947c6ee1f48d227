package org.interphase.solver.cycling;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.interphase.solver.cell.CellModel;

/**
 * Runs constant-current, constant-voltage and rest steps on a cell model, integrating the
 * cathode's delithiation in time with Hipparchus (Dormand-Prince 5(4)) and ending each step at
 * the first of its events: a cut-off voltage, a taper current, its duration, or the end of the
 * cathode's OCV curve (nothing left to extract or insert).
 */
public final class Cycler {

    /** Why a step ended. */
    public enum End {
        CUT_OFF, TAPER_CURRENT, DURATION, FULLY_CHARGED, FULLY_DISCHARGED
    }

    /**
     * The outcome of one step.
     *
     * @param charge     charge passed, C/m2 (always positive)
     * @param duration   s
     * @param end        why it ended
     * @param endVoltage terminal voltage at its end, V
     */
    public record StepResult(double charge, double duration, End end, double endVoltage) {
    }

    private static final double MAX_STEP = 300; // s: keeps voltage events from being stepped over
    private static final double TOLERANCE = 1e-10;
    private static final double EVENT_TIME_ACCURACY = 1e-3; // s

    private final CellModel model;
    private final double capacity;
    private double delithiation;

    /** @param initialDelithiation fraction of the theoretical capacity already extracted */
    public Cycler(CellModel model, double initialDelithiation) {
        this.model = model;
        this.capacity = model.cathode().theoreticalCapacity();
        this.delithiation = initialDelithiation;
    }

    public double delithiation() {
        return delithiation;
    }

    /** Terminal voltage now at a current density. */
    public double voltage(double currentDensity) {
        return model.voltage(delithiation, currentDensity);
    }

    /**
     * Constant current density (A/m2, positive on charge) until the voltage reaches the cut-off
     * (NaN: none) or the duration passes (infinite: none).
     */
    public StepResult constantCurrent(double currentDensity, double cutOff, double maxDuration) {
        boolean charging = currentDensity > 0;
        double x0 = delithiation;
        if (!Double.isNaN(cutOff) && (charging ? voltage(currentDensity) >= cutOff : voltage(currentDensity) <= cutOff)) {
            return new StepResult(0, 0, End.CUT_OFF, voltage(currentDensity));
        }
        double rate = currentDensity / capacity;
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 1;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                return new double[] { rate };
            }
        };
        List<Event> events = new ArrayList<>();
        if (!Double.isNaN(cutOff)) {
            events.add(new Event(End.CUT_OFF, s -> model.voltage(s.getPrimaryState()[0], currentDensity) - cutOff));
        }
        events.add(curveEnd(charging));
        double limit = Math.min(maxDuration, timeToCurveEnd(rate) * 1.01 + 1);
        ODEStateAndDerivative end = integrate(ode, limit, events);
        delithiation = clampToCurve(end.getPrimaryState()[0]);
        return new StepResult(Math.abs(delithiation - x0) * capacity, end.getTime(), reason(events, End.DURATION),
                voltage(currentDensity));
    }

    /**
     * Constant voltage: the current that holds the terminal voltage, until it falls below the taper
     * current density (magnitude, NaN: none) or the duration passes.
     */
    public StepResult constantVoltage(double voltage, double taperCurrent, double maxDuration) {
        double x0 = delithiation;
        double bound = 0.999 * model.electrolyte().limitingCurrent(model.temperature());
        BrentSolver solver = new BrentSolver(1e-9);
        ToDoubleFunction<Double> current = x -> {
            double low = model.voltage(x, -bound) - voltage;
            double high = model.voltage(x, bound) - voltage;
            if (low >= 0) {
                return -bound;
            }
            if (high <= 0) {
                return bound;
            }
            return solver.solve(200, i -> model.voltage(x, i) - voltage, -bound, bound);
        };
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 1;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                return new double[] { current.applyAsDouble(clampToCurve(y[0])) / capacity };
            }
        };
        double initial = current.applyAsDouble(delithiation);
        if (!Double.isNaN(taperCurrent) && Math.abs(initial) <= taperCurrent) {
            return new StepResult(0, 0, End.TAPER_CURRENT, voltage);
        }
        boolean charging = initial > 0;
        List<Event> events = new ArrayList<>();
        if (!Double.isNaN(taperCurrent)) {
            events.add(new Event(End.TAPER_CURRENT,
                    s -> Math.abs(current.applyAsDouble(clampToCurve(s.getPrimaryState()[0]))) - taperCurrent));
        }
        events.add(curveEnd(charging));
        ODEStateAndDerivative end = integrate(ode, Double.isInfinite(maxDuration) ? 1e7 : maxDuration, events);
        delithiation = clampToCurve(end.getPrimaryState()[0]);
        return new StepResult(Math.abs(delithiation - x0) * capacity, end.getTime(), reason(events, End.DURATION),
                voltage);
    }

    /** Open circuit for a while (without degradation the lithiation does not change). */
    public StepResult rest(double duration) {
        return new StepResult(0, duration, End.DURATION, voltage(0));
    }

    private Event curveEnd(boolean charging) {
        double lo = model.cathode().ocv().minDelithiation();
        double hi = model.cathode().ocv().maxDelithiation();
        return charging ? new Event(End.FULLY_CHARGED, s -> hi - s.getPrimaryState()[0])
                : new Event(End.FULLY_DISCHARGED, s -> s.getPrimaryState()[0] - lo);
    }

    private double timeToCurveEnd(double rate) {
        double lo = model.cathode().ocv().minDelithiation();
        double hi = model.cathode().ocv().maxDelithiation();
        return rate > 0 ? (hi - delithiation) / rate : (delithiation - lo) / -rate;
    }

    private double clampToCurve(double x) {
        return Math.max(model.cathode().ocv().minDelithiation(), Math.min(model.cathode().ocv().maxDelithiation(), x));
    }

    private ODEStateAndDerivative integrate(OrdinaryDifferentialEquation ode, double duration, List<Event> events) {
        DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-6, MAX_STEP, TOLERANCE, TOLERANCE);
        events.forEach(integrator::addEventDetector);
        return integrator.integrate(ode, new ODEState(0, new double[] { delithiation }), duration);
    }

    private static End reason(List<Event> events, End otherwise) {
        return events.stream().filter(e -> e.fired).map(e -> e.kind).findFirst().orElse(otherwise);
    }

    /** A zero crossing that ends the step. */
    private static final class Event implements ODEEventDetector, ODEEventHandler {
        final End kind;
        final java.util.function.ToDoubleFunction<ODEStateAndDerivative> g;
        boolean fired;

        Event(End kind, java.util.function.ToDoubleFunction<ODEStateAndDerivative> g) {
            this.kind = kind;
            this.g = g;
        }

        @Override
        public double g(ODEStateAndDerivative state) {
            return g.applyAsDouble(state);
        }

        @Override
        public AdaptableInterval getMaxCheckInterval() {
            return AdaptableInterval.of(MAX_STEP / 4);
        }

        @Override
        public int getMaxIterationCount() {
            return 100;
        }

        @Override
        public org.hipparchus.analysis.solvers.BracketedUnivariateSolver<org.hipparchus.analysis.UnivariateFunction> getSolver() {
            return new BracketingNthOrderBrentSolver(1e-14, EVENT_TIME_ACCURACY, 1e-15, 5);
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
}
