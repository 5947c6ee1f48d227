package org.interphase.solver.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.api.StateVariable;

/**
 * Exponential integration of the cell's fast states ({@link StateVariable#fast()}): states that relax
 * linearly, {@code dh/dt = P - k h}, within seconds to minutes (an acid inventory that diffuses to the
 * lithium in about a minute). Left to the explicit Dormand-Prince integrator, such a state bounds its
 * step by stability (k times the step below about 3.3) long after it sits on its quasi-steady value
 * P/k: on the engine of early 2026-12-07 the coated LiCoO2 cell's acid set 92 % of the step sizes (no
 * longer on the engine after it; docs/engine.md, Benchmarks). Here the integrator carries the fast state with a
 * zero rate, and the state is instead, at any time t of an integrator step that started at t0,
 * <pre>
 *   h(t) = e^(-z) h0 + dt [(phi1(z) - phi2(z)) P0 + phi2(z) P(t)],  dt = t - t0, z = k dt,
 *   phi1(z) = (1 - e^(-z)) / z,  phi2(z) = (z - 1 + e^(-z)) / z^2,
 * </pre>
 * the variation-of-constants solution with the source linear in time between the step's start and t:
 * the second-order exponential time differencing scheme, ETD2 (Cox and Matthews, J. Comput. Phys. 176
 * (2002) 430; Hochbruck and Ostermann, Acta Numerica 19 (2010) 209, sect. 2). It is exact for
 * a constant or linear source whatever k dt, and stable for any step, so the step is set by the
 * accuracy of the slow states, which read h(t) at every stage. P and k come from the mechanism itself:
 * it is evaluated with its fast states at 0 (the rate is P), then at h(t), whose rate P - k h gives k; as
 * in exponential integrators generally, k is taken at the step's start and held over the step (exact for
 * acid_crosstalk, whose k = pi^2 D / L^2 depends on the temperature only). Where h is 0 (or k h too small
 * against P to tell k from its rounding) one more evaluation, at h = 1, gives k.
 * <p>
 * The step's start (t0, h0, P0) moves with the integrator's accepted steps ({@link #around}); outside
 * an integration a fast state is read from the state vector as any other.
 */
final class FastStates {

    /** The evaluation of the cell at an integrator state: the {@link #snapshot} it computed. */
    interface Snapshots {
        double[] at(ODEStateAndDerivative state);
    }

    private final List<ActiveMechanism> mechanisms;
    /** Per mechanism: the indices of its fast states among its own. */
    private final int[][] local;
    /** Per mechanism: the number of fast states of the mechanisms before it. */
    private final int[] first;
    /** Index in the engine's state vector of each fast state. */
    private final int[] global;
    private final EffectSum probe = new EffectSum();
    /** The fast states, their sources and relaxation rates at the last evaluation. */
    private final double[] h, p, k;
    /** The start of the integrator's current step: time, fast states, sources, relaxation rates. */
    private double t0;
    private final double[] h0, p0, k0;
    /**
     * The two step ends before the step's start, for the sources' curvature ({@link #stepLimit}): times and
     * sources, and how many step ends the integration has seen (the start counts as one).
     */
    private double tBefore, tBefore2;
    private final double[] pBefore, pBefore2;
    private int seen;
    /** Per mechanism: rates of a probe evaluation. */
    private final double[][] probeRates;
    private boolean integrating;

    FastStates(List<ActiveMechanism> mechanisms) {
        this.mechanisms = mechanisms;
        local = new int[mechanisms.size()][];
        first = new int[mechanisms.size()];
        List<Integer> all = new ArrayList<>();
        for (int m = 0; m < mechanisms.size(); m++) {
            ActiveMechanism mechanism = mechanisms.get(m);
            first[m] = all.size();
            List<Integer> own = new ArrayList<>();
            for (int k = 0; k < mechanism.size(); k++) {
                if (mechanism.state().get(k).fast()) {
                    own.add(k);
                    all.add(mechanism.offset() + k);
                }
            }
            local[m] = own.stream().mapToInt(Integer::intValue).toArray();
        }
        global = all.stream().mapToInt(Integer::intValue).toArray();
        h = new double[global.length];
        p = new double[global.length];
        k = new double[global.length];
        h0 = new double[global.length];
        p0 = new double[global.length];
        k0 = new double[global.length];
        pBefore = new double[global.length];
        pBefore2 = new double[global.length];
        probeRates = mechanisms.stream().map(m -> new double[m.size()]).toArray(double[][]::new);
    }

    boolean any() {
        return global.length > 0;
    }

    /**
     * Evaluates mechanism {@code index} into the effects; its fast states (in {@code own}, from the state
     * vector) are replaced by their exponential solution and their rates set to 0.
     */
    void evaluate(int index, Conditions c, double[] own, double[] ownRates, EffectSum effects) {
        ActiveMechanism m = mechanisms.get(index);
        int[] fast = local[index];
        if (fast.length == 0) {
            Guard.evaluate(m, c, own, ownRates, effects);
            return;
        }
        probe.reset();
        probe.at(m.where());
        int j0 = first[index];
        for (int q = 0; q < fast.length; q++) {
            h[j0 + q] = own[fast[q]];
            own[fast[q]] = 0;
        }
        double[] rates = probeRates[index];
        java.util.Arrays.fill(rates, 0);
        Guard.evaluate(m, c, own, rates, probe);
        double dt = c.time() - t0;
        for (int q = 0; q < fast.length; q++) {
            int j = j0 + q;
            p[j] = rates[fast[q]];
            if (integrating) {
                // the integrator carries the value the step started with, not the state now
                h[j] = dt > 0 ? etd2(h0[j], p0[j], p[j], k0[j], dt) : h0[j];
            }
            own[fast[q]] = h[j];
        }
        java.util.Arrays.fill(ownRates, 0);
        Guard.evaluate(m, c, own, ownRates, effects);
        boolean unknown = false;
        for (int q = 0; q < fast.length; q++) {
            int j = j0 + q;
            double decay = p[j] - ownRates[fast[q]];
            if (Math.abs(decay) > 1e-6 * Math.abs(p[j]) && h[j] != 0) {
                k[j] = decay / h[j];
            } else {
                unknown = true;
            }
        }
        if (unknown) {
            for (int q = 0; q < fast.length; q++) {
                own[fast[q]] = 1;
            }
            probe.reset();
            java.util.Arrays.fill(rates, 0);
            Guard.evaluate(m, c, own, rates, probe);
            for (int q = 0; q < fast.length; q++) {
                k[j0 + q] = p[j0 + q] - rates[fast[q]];
            }
        }
        for (int f : fast) {
            ownRates[f] = 0; // integrated here, not by the integrator
        }
    }

    /** The fast states, their sources and relaxation rates at the last evaluation (empty without fast states). */
    double[] snapshot() {
        if (global.length == 0) {
            return h;
        }
        double[] all = new double[3 * global.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(p, 0, all, h.length, p.length);
        System.arraycopy(k, 0, all, 2 * h.length, k.length);
        return all;
    }

    /**
     * Runs an integration that starts at time t, the fast states following its accepted steps.
     *
     * @param start    the cell's {@link #snapshot} at t
     * @param at       the cell's snapshot at an integrator state
     * @param integrate integrates with the integrator (which this gives a step handler, when there are fast states)
     * @return what integrate returns; then {@link #end} puts the fast states at its end into the state vector
     */
    ODEStateAndDerivative around(ODEIntegrator integrator, double t, double[] start, Snapshots at,
            Supplier<ODEStateAndDerivative> integrate) {
        if (any()) {
            integrator.addStepHandler((ODEStateInterpolator interpolator) -> {
                ODEStateAndDerivative now = interpolator.getCurrentState();
                moveTo(now.getTime(), at.at(now));
            });
        }
        seen = 0;
        moveTo(t, start);
        integrating = true;
        try {
            return integrate.get();
        } finally {
            integrating = false;
        }
    }

    /** The fast states at the end of the last {@link #around} into the state vector. */
    void end(double[] y) {
        for (int j = 0; j < global.length; j++) {
            y[global[j]] = h0[j];
        }
    }

    /**
     * The longest step that keeps every fast state within its tolerance (absolute + relative times its value,
     * by index of the state vector) by the scheme's own error, or NaN before three step ends tell the sources'
     * curvature. ETD2 takes the source P as linear over a step: a curvature P'' makes the state off by at most
     * P'' dt / (2 k^2) where k dt is large (the state follows P/k; Delta tau / (2 T^2) of itself for a source
     * that changes over T, the bound {@code FastStateTest} checks) and by at most P'' dt^3 / 12 whatever k
     * (the integral of the linear interpolation's error), so the step may be as long as the larger of the two
     * lengths that put those at the tolerance. P'' is the second divided difference of the sources at the last
     * three step ends.
     */
    double stepLimit(double[] absolute, double[] relative) {
        if (global.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (seen < 3 || !(t0 > tBefore && tBefore > tBefore2)) {
            return Double.NaN;
        }
        double limit = Double.POSITIVE_INFINITY;
        for (int j = 0; j < global.length; j++) {
            double slope = (p0[j] - pBefore[j]) / (t0 - tBefore);
            double before = (pBefore[j] - pBefore2[j]) / (tBefore - tBefore2);
            double curvature = 2 * Math.abs(slope - before) / (t0 - tBefore2);
            if (!(curvature > 0)) {
                continue;
            }
            double tolerance = absolute[global[j]] + relative[global[j]] * Math.abs(h0[j]);
            double relaxing = k0[j] > 0 ? 2 * k0[j] * k0[j] * tolerance / curvature : 0;
            limit = Math.min(limit, Math.max(relaxing, Math.cbrt(12 * tolerance / curvature)));
        }
        return limit;
    }

    private void moveTo(double t, double[] snapshot) {
        tBefore2 = tBefore;
        tBefore = t0;
        System.arraycopy(pBefore, 0, pBefore2, 0, global.length);
        System.arraycopy(p0, 0, pBefore, 0, global.length);
        seen++;
        t0 = t;
        System.arraycopy(snapshot, 0, h0, 0, global.length);
        System.arraycopy(snapshot, global.length, p0, 0, global.length);
        System.arraycopy(snapshot, 2 * global.length, k0, 0, global.length);
    }

    /**
     * The solution of dh/dt = P - k h after dt from h0, with P linear in time from P0 to P1 (ETD2).
     * For |z| below 1e-4 the phi functions are their Taylor series (the closed forms cancel there).
     */
    static double etd2(double h0, double p0, double p1, double k, double dt) {
        double z = k * dt;
        double phi1;
        double phi2;
        if (Math.abs(z) < 1e-4) {
            phi1 = 1 - z / 2 + z * z / 6;
            phi2 = 0.5 - z / 6 + z * z / 24;
        } else {
            double em1 = Math.expm1(-z);
            phi1 = -em1 / z;
            phi2 = (z + em1) / (z * z);
        }
        return Math.exp(-z) * h0 + dt * ((phi1 - phi2) * p0 + phi2 * p1);
    }
}
