package org.interphase.solver.run;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.interphase.solver.transport.SaltTransport;

/**
 * Couples the stiff salt transport ({@link SaltTransport}, implicit finite volumes) to the slow states
 * a runner integrates with Dormand-Prince, by operator splitting: the time is cut into chunks; in each,
 * the salt profile is first advanced over the whole chunk at the current the chunk starts with, then
 * the ODE is integrated over the chunk with the salt's wall concentrations and concentration
 * overpotential interpolated linearly in time between the chunk's ends (so the voltage the events watch
 * stays continuous). When an event ends the step inside a chunk, the salt is advanced again from the
 * chunk's start to that moment only. A chunk is as long as keeps the wall concentrations within 4 % of
 * c0 of their previous value (halved or doubled from one chunk to the next), at least 1/10000 of L^2/D and
 * at most the ODE's longest step while the current changes (a CV hold) and at most a longer steady chunk at a
 * steady current (the cycling runner's: 3600 s, twelve of its longest steps; at 300 s the chunk ends set a third of
 * the steps), and starts short (1/1000 of L^2/D) whenever the current changes by more than 10 %.
 */
final class SaltCoupling {

    private static final double MAX_WALL_CHANGE = 0.04;

    private final SaltTransport salt;
    private final double maxChunk;
    private final double steadyChunk;
    private SaltTransport start;
    private double t0;
    private double t1 = Double.NEGATIVE_INFINITY;
    private double chunk;
    private double current = Double.NaN;
    private final double[] from = new double[3];
    private final double[] to = new double[3];
    /** Changes whenever what {@link #interpolate} answers may change (for {@link EvalMemo}). */
    private long version;

    SaltCoupling(SaltTransport salt, double maxChunk) {
        this(salt, maxChunk, maxChunk);
    }

    /**
     * @param maxChunk    longest chunk, s, while the current changes from one chunk to the next (a CV hold: the salt
     *                    is advanced at the current the chunk starts with)
     * @param steadyChunk longest chunk, s, at a steady current (constant-current steps, rests)
     */
    SaltCoupling(SaltTransport salt, double maxChunk, double steadyChunk) {
        this.salt = salt;
        this.maxChunk = maxChunk;
        this.steadyChunk = Math.max(maxChunk, steadyChunk);
        start = salt.copy();
    }

    /** A number that changes whenever the salt's answers at a given time may change. */
    long version() {
        return version;
    }

    /** Concentration overpotential at time t (V, + when the salt is richer at the cathode's side). */
    double overpotential(double t) {
        return interpolate(0, t);
    }

    /** Salt concentration at the wall in the anode's place at time t, mol/m3. */
    double anodeSide(double t) {
        return interpolate(1, t);
    }

    /** Salt concentration at the wall in the cathode's (working electrode's) place at time t, mol/m3. */
    double cathodeSide(double t) {
        return interpolate(2, t);
    }

    private double interpolate(int k, double t) {
        if (!(t1 > t0) || t >= t1) {
            return to[k];
        }
        double w = Math.max(0, (t - t0) / (t1 - t0));
        return from[k] + w * (to[k] - from[k]);
    }

    private void read(double[] into, double temperatureK) {
        version++;
        into[0] = salt.overpotential(temperatureK);
        into[1] = salt.left(temperatureK);
        into[2] = salt.right(temperatureK);
    }

    /** Salt at rest (at the start of a run or after a temperature change): reads the profile as it is. */
    void settle(double time, double temperatureK) {
        read(to, temperatureK);
        System.arraycopy(to, 0, from, 0, 3);
        t0 = time;
        t1 = time;
        version++;
    }

    /**
     * Integrates a step: the ODE from the state over at most the duration, the salt alongside, until an
     * event fires.
     *
     * @param currentAt the current density (A/m2, + plating at the anode's place) at a state
     */
    ODEStateAndDerivative integrate(DormandPrince54Integrator integrator, OrdinaryDifferentialEquation ode,
            ODEState state, double duration, List<StopEvent> events, ToDoubleFunction<ODEStateAndDerivative> currentAt,
            double temperatureK) {
        double end = state.getTime() + duration;
        StepCarry carry = new StepCarry();
        integrator.addStepHandler(carry);
        ODEStateAndDerivative now = new ODEStateAndDerivative(state.getTime(), state.getPrimaryState(),
                ode.computeDerivatives(state.getTime(), state.getPrimaryState()));
        double[] signs = new double[events.size()];
        for (int k = 0; k < signs.length; k++) {
            signs[k] = Math.signum(events.get(k).g(now));
        }
        while (true) {
            double t = now.getTime();
            double j = currentAt.applyAsDouble(now);
            double tau = salt.diffusionTime(temperatureK);
            if (!(Math.abs(j - current) <= 0.1 * Math.max(Math.abs(j), Math.abs(current))) || chunk <= 0) {
                chunk = Math.min(maxChunk, 1e-3 * tau);
            } else if (j != current) {
                chunk = Math.min(chunk, maxChunk);
            }
            current = j;
            double h = Math.min(chunk, end - t);
            start.set(salt);
            read(from, temperatureK);
            salt.advance(h, j, temperatureK);
            read(to, temperatureK);
            t0 = t;
            t1 = t + h;
            version++;
            double change = Math.max(Math.abs(to[1] - from[1]), Math.abs(to[2] - from[2])) / salt.initialConcentration();
            // the next chunk starts with the step the integrator last chose (a fresh estimate of the first
            // step, then growth from it, took a quarter of the evaluations); the first chunk estimates it
            integrator.setInitialStepSize(carry.step(t1));
            ODEStateAndDerivative out = integrator.integrate(ode, now, t1);
            boolean fired = events.stream().anyMatch(StopEvent::fired);
            if (fired && out.getTime() < t1) {
                salt.set(start);
                salt.advance(out.getTime() - t, j, temperatureK);
                read(to, temperatureK);
                t1 = out.getTime();
                version++;
            }
            if (fired || out.getTime() >= end || out.getTime() <= t) {
                return out;
            }
            // never below 1/10000 of the diffusion time, so a step always ends
            chunk = Math.max(1e-4 * tau, change > MAX_WALL_CHANGE ? h / 2
                    : change < MAX_WALL_CHANGE / 4 ? Math.min(steadyChunk, 2 * h) : h);
            now = out;
            // an event whose function changed sign between chunks (not inside one) still ends the step
            for (int k = 0; k < signs.length; k++) {
                double s = Math.signum(events.get(k).g(now));
                if (signs[k] != 0 && s != 0 && s != signs[k]) {
                    events.get(k).fire();
                    return now;
                }
            }
        }
    }

    /**
     * The size of the integrator's last accepted step that the end of a chunk did not cut short, for the
     * next chunk to start with; -1 (let the integrator estimate it) before the first.
     */
    private static final class StepCarry implements ODEStepHandler {

        private double step = -1;
        private double chunkEnd = Double.NaN;

        /** The step to start the chunk ending at chunkEnd with. */
        double step(double chunkEnd) {
            this.chunkEnd = chunkEnd;
            return step;
        }

        @Override
        public void handleStep(ODEStateInterpolator interpolator) {
            double t1 = interpolator.getCurrentState().getTime();
            double h = Math.abs(t1 - interpolator.getPreviousState().getTime());
            boolean cut = Math.abs(t1 - chunkEnd) <= 1e-9 * Math.max(1, Math.abs(chunkEnd));
            if (h > 0 && (!cut || h > step)) {
                step = h;
            }
        }
    }
}
