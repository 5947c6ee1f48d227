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
 * the salt profile is first advanced over the whole chunk at the current the chunk starts with, its own
 * sub-steps recorded (a point whenever a wall concentration has moved by 1 % of the smaller of c0 and its
 * last recorded value, and at the chunk's end), then the ODE is integrated over the chunk with the salt's
 * wall concentrations and concentration overpotential interpolated linearly in time between those points
 * (so the voltage the events watch stays continuous). When an event ends the step inside a chunk, the salt
 * is advanced again from the chunk's start to that moment only. At a steady current (constant-current steps,
 * rests) a chunk is as long as the longer steady chunk (the cycling runner's: 3600 s) from the second chunk of
 * a current on: the recorded sub-steps resolve the transient (until 2026-12-07 midday the chunk followed the
 * wall concentrations, 4 % of c0 per chunk between its two ends, and its ends bound half of the integrator's
 * steps: 84 chunks per cycle of the benchmark cell, 19 since). While the current changes from chunk to chunk
 * (a CV hold: the salt is advanced at the current the chunk starts with) a chunk keeps the wall
 * concentrations within 4 % of c0 of their previous value (halved or doubled from one chunk to the next), at
 * least 1/10000 of L^2/D and at most the runner's hold chunk (300 s); a chunk starts short (1/1000 of L^2/D) whenever
 * the current changes by more than 10 %.
 */
final class SaltCoupling {

    private static final double MAX_WALL_CHANGE = 0.04;

    /**
     * A recorded point of the salt's own sub-steps once a wall concentration has moved by this share of the
     * smaller of c0 and its last recorded value (so near exhaustion, where the overpotential goes as ln c,
     * every sub-step), and at each chunk's end.
     */
    private static final double RECORD_CHANGE = 0.01;

    private final SaltTransport salt;
    private final double maxChunk;
    private final double steadyChunk;
    private SaltTransport start;
    private double chunk;
    private double current = Double.NaN;
    /** The chunk's recorded points: times and, per point, overpotential and the two wall concentrations. */
    private double[] times = new double[64];
    private double[][] values = new double[3][64];
    private int count;
    /** Where the last interpolation found its time (the integrator asks at nearby times in turn). */
    private int hint;
    private double temperatureK = Double.NaN;
    /** Changes whenever what {@link #interpolate} answers may change (for {@link EvalMemo}). */
    private long version;
    /** The salt the mechanisms reduce, which leaves the profile at each {@link #settle(double, double, double[])}. */
    private SaltInventory inventory;

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

    /**
     * Lets the salt the mechanisms reduce (their {@link SaltInventory#STATE}) leave this profile (returns this).
     *
     * @param conductivity the film's conductivity at a share of its salt left, over that at c0
     */
    SaltCoupling draining(List<ActiveMechanism> mechanisms, java.util.function.ToIntFunction<ActiveMechanism> offset,
            java.util.function.DoubleUnaryOperator conductivity) {
        inventory = new SaltInventory(salt, mechanisms, offset, conductivity);
        return this;
    }

    /** The film's bulk conductivity now over that with all its salt (1 while nothing was reduced). */
    double conductivityFactor() {
        return inventory == null ? 1 : inventory.conductivityFactor();
    }

    /** The share of the film's salt still in it (1 until the mechanisms' reduced salt is drained). */
    double saltLeft() {
        return salt.saltLeft();
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
        double[] v = values[k];
        if (count == 1 || t <= times[0]) {
            return v[0];
        }
        if (t >= times[count - 1]) {
            return v[count - 1];
        }
        int i = hint < count - 1 && times[hint] <= t ? hint : 0;
        while (times[i + 1] < t) {
            i++;
        }
        hint = i;
        double w = (t - times[i]) / (times[i + 1] - times[i]);
        return v[i] + w * (v[i + 1] - v[i]);
    }

    /** Reads the profile as it is now into the points of the chunk, at a time (replacing a point at or after it). */
    private void record(double time) {
        while (count > 0 && times[count - 1] >= time) {
            count--;
        }
        if (count == times.length) {
            times = java.util.Arrays.copyOf(times, 2 * count);
            for (int k = 0; k < 3; k++) {
                values[k] = java.util.Arrays.copyOf(values[k], 2 * count);
            }
        }
        times[count] = time;
        double left = salt.left(temperatureK);
        double right = salt.right(temperatureK);
        values[0][count] = salt.overpotential(temperatureK, left, right);
        values[1][count] = left;
        values[2][count] = right;
        count++;
        hint = 0;
        version++;
    }

    /** Whether a wall concentration moved by {@link #RECORD_CHANGE} since the last recorded point. */
    private boolean moved() {
        for (int k = 1; k <= 2; k++) {
            double last = values[k][count - 1];
            double now = k == 1 ? salt.left(temperatureK) : salt.right(temperatureK);
            if (Math.abs(now - last) > RECORD_CHANGE * Math.min(salt.initialConcentration(), last)) {
                return true;
            }
        }
        return false;
    }

    /** The same, after the salt the mechanisms reduced up to the state y has left the profile. */
    void settle(double time, double temperatureK, double[] y) {
        if (inventory != null) {
            inventory.drain(y);
        }
        settle(time, temperatureK);
    }

    /** Salt at rest (at the start of a run or after a temperature change): reads the profile as it is. */
    void settle(double time, double temperatureK) {
        this.temperatureK = temperatureK;
        count = 0;
        record(time);
    }

    /** The salt advanced from the chunk's start at time t by h at current j, its sub-steps recorded. */
    private void advance(double t, double h, double j) {
        count = 0;
        record(t);
        salt.advance(h, j, temperatureK, done -> {
            if (moved()) {
                record(t + done);
            }
        });
        record(t + h);
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
        return integrate(integrator, ode, state, duration, events, currentAt, temperatureK, null);
    }

    /**
     * The same, telling a step control before each chunk (null: none), which may set the integrator's step
     * limits for the chunk ({@code setStepSizeControl}); the chunk's first step is kept within its longest.
     */
    ODEStateAndDerivative integrate(DormandPrince54Integrator integrator, OrdinaryDifferentialEquation ode,
            ODEState state, double duration, List<StopEvent> events, ToDoubleFunction<ODEStateAndDerivative> currentAt,
            double temperatureK, Runnable beforeChunk) {
        double end = state.getTime() + duration;
        StepCarry carry = new StepCarry();
        integrator.addStepHandler(carry);
        ODEStateAndDerivative now = new ODEStateAndDerivative(state.getTime(), state.getPrimaryState(),
                ode.computeDerivatives(state.getTime(), state.getPrimaryState()));
        double[] signs = new double[events.size()];
        for (int k = 0; k < signs.length; k++) {
            signs[k] = Math.signum(events.get(k).g(now));
        }
        this.temperatureK = temperatureK;
        while (true) {
            double t = now.getTime();
            double j = currentAt.applyAsDouble(now);
            double tau = salt.diffusionTime(temperatureK);
            if (!(Math.abs(j - current) <= 0.1 * Math.max(Math.abs(j), Math.abs(current))) || chunk <= 0) {
                chunk = Math.min(maxChunk, 1e-3 * tau);
            } else if (j == current) {
                chunk = steadyChunk; // the recorded sub-steps resolve the transient, the chunk need not
            } else {
                chunk = Math.min(chunk, maxChunk);
            }
            current = j;
            double h = Math.min(chunk, end - t);
            start.set(salt);
            advance(t, h, j);
            double t1 = t + h;
            double change = Math.max(Math.abs(values[1][count - 1] - values[1][0]),
                    Math.abs(values[2][count - 1] - values[2][0])) / salt.initialConcentration();
            // the next chunk starts with the step the integrator last chose (a fresh estimate of the first
            // step, then growth from it, took a quarter of the evaluations); the first chunk estimates it
            if (beforeChunk != null) {
                beforeChunk.run();
            }
            integrator.setInitialStepSize(Math.min(carry.step(t1), integrator.getMaxStep()));
            ODEStateAndDerivative out = integrator.integrate(ode, now, t1);
            boolean fired = events.stream().anyMatch(StopEvent::fired);
            if (fired && out.getTime() < t1) {
                // the same sub-steps up to the event: the points before it stay, the last is read there
                salt.set(start);
                salt.advance(out.getTime() - t, j, temperatureK);
                record(out.getTime());
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
