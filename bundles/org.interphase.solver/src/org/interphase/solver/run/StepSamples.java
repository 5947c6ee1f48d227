package org.interphase.solver.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.ODEStateAndDerivative;

/**
 * Points recorded inside a step when sampling is on (a voltage profile): time, voltage and current
 * density every so often along the integrator's accepted steps, read from its interpolator.
 */
final class StepSamples {

    /** The voltage at a time and state at a current density. */
    interface Voltage {
        double at(double t, double[] state, double current);
    }

    private StepSamples() {
    }

    /**
     * @param from     the step's start, s
     * @param expected the step's expected length, s: a point every 1/{@link Simulation#SAMPLES_PER_STEP} of it
     *                 (at least 1 s apart), at most 4 times as many points in all
     * @return the list the points go into as the integrator steps
     */
    static List<double[]> record(ODEIntegrator integrator, double from, double expected,
            ToDoubleFunction<ODEStateAndDerivative> applied, Voltage voltage) {
        List<double[]> samples = new ArrayList<>();
        double every = Math.max(1, expected / Simulation.SAMPLES_PER_STEP);
        double[] next = { from + every };
        integrator.addStepHandler(interpolator -> {
            double t1 = interpolator.getCurrentState().getTime();
            while (next[0] < t1 && samples.size() < 4 * Simulation.SAMPLES_PER_STEP) {
                ODEStateAndDerivative at = interpolator.getInterpolatedState(next[0]);
                double i = applied.applyAsDouble(at);
                samples.add(new double[] { next[0], voltage.at(next[0], at.getPrimaryState(), i), i });
                next[0] += every;
            }
        });
        return samples;
    }
}
