package org.interphase.solver.run;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.interphase.model.Cell;
import org.interphase.model.InterfaceKind;
import org.interphase.model.MaterialRole;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.api.InterfaceState;
import org.interphase.solver.cell.Cathode;

/**
 * Linear sweep voltammetry of the working electrode (the cell's cathode side) against lithium:
 * E(t) = E0 + r t. The current is what the mechanisms of the cathode interface pass (oxidation of
 * the polymer and what follows it), plus double-layer charging, plus, on an intercalation cathode,
 * the delithiation that keeps it at equilibrium with E (quasi-static: slow sweeps). Mechanism
 * states integrate along the sweep (Hipparchus) and each mechanism sees the others' states on the
 * interface as in cycling (a CEI grown during the sweep passivates the polymer's oxidation). The onset is read from the side current alone,
 * as gas-evolution experiments read it, so that delithiation does not mask it.
 */
public final class LinearSweep {

    /** Double-layer capacitance per geometric area: 1 uF/cm2 (domain brief: ~0.1-1 uF/cm2). */
    static final double DOUBLE_LAYER = 0.01;

    /** Potential resolution of the recorded curve, V. */
    static final double STEP = 0.005;

    /**
     * One point of the sweep.
     *
     * @param potential   V vs Li/Li+
     * @param current     total current density, A/m2
     * @param sideCurrent the mechanisms' side current density, A/m2
     */
    public record Point(double potential, double current, double sideCurrent) {
    }

    private final List<ActiveMechanism> mechanisms;
    private final double temperature;
    private final double[] gas = new double[EffectSum.GASES.size()];
    private final Cathode cathode;
    /** The mechanisms' states by name, for the sweep under way. */
    private SharedState shared;

    public LinearSweep(Cell cell, List<ActiveMechanism> mechanisms, double temperatureK) {
        this.mechanisms = mechanisms.stream().filter(m -> m.where().getKind() == InterfaceKind.CATHODE_ELECTROLYTE)
                .toList();
        this.temperature = temperatureK;
        boolean intercalating = cell.getCathode() != null && cell.getCathode().getMaterial() != null
                && cell.getCathode().getMaterial().getRoles().contains(MaterialRole.CATHODE);
        this.cathode = intercalating ? Cathode.of(cell.getCathode()) : null;
    }

    /** Sweeps from one potential to another at a rate (V/s, positive). */
    public List<Point> run(double from, double to, double rate) {
        int n = Math.max(1, (int) Math.round((to - from) / STEP));
        int states = mechanisms.stream().mapToInt(ActiveMechanism::size).sum();
        int size = states + gas.length; // mechanism states, then the evolved gases
        double[] state = new double[size];
        int[] offsets = new int[mechanisms.size()];
        int o = 0;
        for (int k = 0; k < mechanisms.size(); k++) {
            offsets[k] = o;
            for (int j = 0; j < mechanisms.get(k).size(); j++) {
                state[o + j] = mechanisms.get(k).state().get(j).initial();
            }
            o += mechanisms.get(k).size();
        }
        shared = new SharedState(mechanisms, k -> offsets[k]);
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return size;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double[] rates = new double[getDimension()];
                evaluate(t, from + rate * t, y, offsets, rates);
                return rates;
            }
        };
        List<Point> points = new ArrayList<>(n + 1);
        double[] y = state;
        double t = 0;
        for (int k = 0; k <= n; k++) {
            double potential = from + (to - from) * k / n;
            double target = (potential - from) / rate;
            if (target > t) {
                DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-6, 60, 1e-10, 1e-8);
                ODEStateAndDerivative end = integrator.integrate(ode, new ODEState(t, y), target);
                y = end.getPrimaryState();
                t = end.getTime();
            }
            double side = evaluate(t, potential, y, offsets, new double[y.length]);
            double intercalation = cathode == null ? 0 : cathode.theoreticalCapacity() * rate
                    * derivativeOfDelithiation(potential);
            points.add(new Point(potential, side + intercalation + DOUBLE_LAYER * rate, side));
        }
        System.arraycopy(y, states, gas, 0, gas.length);
        return points;
    }

    /** Gas evolved during the last run, mol/m2, per species of {@link EffectSum#GASES}. */
    public double gas(int species) {
        return gas[species];
    }

    /** Mechanism rates at a potential; returns their side current. */
    private double evaluate(double t, double potential, double[] y, int[] offsets, double[] rates) {
        EffectSum effects = new EffectSum();
        effects.at(InterfaceKind.CATHODE_ELECTROLYTE);
        double x = cathode == null ? 0 : cathode.ocv().delithiationAt(potential);
        Guard.begin(mechanisms);
        for (int k = 0; k < mechanisms.size(); k++) {
            ActiveMechanism m = mechanisms.get(k);
            double[] own = new double[m.size()];
            double[] ownRates = new double[m.size()];
            System.arraycopy(y, offsets[k], own, 0, own.length);
            int mechanism = k;
            InterfaceState others = name -> shared.sum(y, mechanism, name);
            Guard.evaluate(m, new Conditions(t, temperature, potential, 0, x, 1, others), own, ownRates, effects);
            System.arraycopy(ownRates, 0, rates, offsets[k], ownRates.length);
        }
        System.arraycopy(effects.gas, 0, rates, rates.length - effects.gas.length, effects.gas.length);
        return effects.cathodeSideCurrent;
    }

    private double derivativeOfDelithiation(double potential) {
        double h = 1e-3;
        return (cathode.ocv().delithiationAt(potential + h) - cathode.ocv().delithiationAt(potential - h)) / (2 * h);
    }

    /** The first potential where the side current reaches a threshold (A/m2), interpolated; NaN if never. */
    public static double onset(List<Point> points, double threshold) {
        for (int k = 1; k < points.size(); k++) {
            Point a = points.get(k - 1);
            Point b = points.get(k);
            if (a.sideCurrent() < threshold && b.sideCurrent() >= threshold) {
                return a.potential() + (threshold - a.sideCurrent()) / (b.sideCurrent() - a.sideCurrent())
                        * (b.potential() - a.potential());
            }
        }
        return points.isEmpty() || points.get(0).sideCurrent() < threshold ? Double.NaN : points.get(0).potential();
    }
}
