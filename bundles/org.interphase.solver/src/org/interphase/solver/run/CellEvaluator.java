package org.interphase.solver.run;

import org.hipparchus.util.FastMath;
import org.interphase.solver.api.Physics;
import org.interphase.solver.cell.CellModel;

/**
 * The cycling runner's ({@link Simulation}) evaluation of the cell at a time, state and applied current: the
 * states' rates, the terminal voltage and what the steps and records read of it, remembered ({@link EvalMemo}):
 * a step's stop events, its fast states and the salt chunks ask for the same evaluation in turn.
 */
final class CellEvaluator {

    /** One evaluation: the states' rates, the voltage, the resistances, the cathode's side current, a short. */
    record Eval(double[] rates, double voltage, double filmResistance, double bulkResistance, double sideCurrent,
            String shortCircuit, double[] fast) {
    }

    private final CellModel model;
    private final MechanismPass pass;
    private final EffectSum effects;
    private final SaltCoupling salt;
    private final FastStates fast;
    /** Enough for the check points of a step's events (at most 5 each) and one root search. */
    private final EvalMemo<Eval> memo = new EvalMemo<>(16);
    /** What an evaluation reads of the salt at its time: the overpotential, the two walls, the conductivity factor. */
    private final double[] saltNow = new double[4];
    /**
     * The temperature the charge-transfer terms below were computed at (bit for bit) and those terms: the cathode's
     * and the anode's exchange current (an Arrhenius exponential each) and 2RT/F, the same at every evaluation of a
     * temperature.
     */
    private double atTemperature = Double.NaN;
    private double cathodeExchange;
    private double anodeExchange;
    private double twoRtF;

    CellEvaluator(CellModel model, MechanismPass pass, EffectSum effects, SaltCoupling salt, FastStates fast) {
        this.model = model;
        this.pass = pass;
        this.effects = effects;
        this.salt = salt;
        this.fast = fast;
    }

    /** The cell at a time, state and current, remembered: a step's stop events ask for the same one in turn. */
    Eval at(double t, double[] state, double applied) {
        double temperature = model.temperature();
        long version = salt.version();
        Eval known = memo.get(t, state, applied, temperature, null, version);
        if (known == null) {
            saltNow[0] = salt.overpotential(t);
            saltNow[1] = salt.anodeSide(t);
            saltNow[2] = salt.cathodeSide(t);
            saltNow[3] = salt.conductivityFactor();
            known = memo.get(t, state, applied, temperature, saltNow, version);
            if (known == null) {
                known = compute(t, state, applied, temperature, saltNow[0], saltNow[3]);
                memo.put(t, state, applied, temperature, saltNow, version, pass.readSaltLeft(), known);
            }
        }
        return known;
    }

    private Eval compute(double t, double[] state, double applied, double temperature, double overpotential,
            double conductivityFactor) {
        if (Double.doubleToRawLongBits(temperature) != Double.doubleToRawLongBits(atTemperature)) {
            cathodeExchange = model.cathode().exchangeCurrent(temperature);
            anodeExchange = model.anodeExchangeCurrent(temperature);
            twoRtF = 2 * Physics.thermalVoltage(temperature);
            atTemperature = temperature;
        }
        double x = state[Simulation.X];
        double accessible = Math.max(1e-9, state[Simulation.ACTIVE] * state[Simulation.CONTACT]);
        double contact = Math.max(1e-9, state[Simulation.CONTACT]);
        double etaCathode = twoRtF * FastMath.asinh(applied / contact / (2 * cathodeExchange));
        double etaAnode = twoRtF * FastMath.asinh(applied / (2 * anodeExchange));
        double ocvSurface = model.cathode().ocv().at(x + model.cathode().surfaceShift(applied / accessible));
        double[] rates = new double[state.length];
        model.electrolyte().phase().setClock(t); // the mechanisms' views read the phase at this time
        pass.evaluate(t, temperature, state, new MechanismPass.Surfaces(ocvSurface + etaCathode, -etaAnode, applied,
                applied, applied, x, contact), rates);
        double intercalation = applied - effects.cathodeSideCurrent;
        rates[Simulation.X] = intercalation / (model.cathode().theoreticalCapacity() * accessible);
        rates[Simulation.ACTIVE] = state[Simulation.ACTIVE] > 0 ? -effects.activeMaterialLoss : 0;
        rates[Simulation.CONTACT] = -effects.contactLoss;
        rates[Simulation.SIDE_CHARGE] = effects.cathodeSideCurrent;
        rates[Simulation.APPLIED_CHARGE] = applied;
        double ocv = model.cathode().ocv().at(x + model.cathode().surfaceShift(intercalation / accessible));
        model.electrolyte().phase().setClock(t);
        double bulk = model.electrolyte().resistance(temperature, effects.fillerResistance) / conductivityFactor;
        double series = bulk + effects.filmResistance + model.anodeInterlayerResistance();
        double voltage = ocv + applied * series + etaCathode + etaAnode + overpotential;
        return new Eval(rates, voltage, effects.filmResistance + model.anodeInterlayerResistance(), bulk,
                effects.cathodeSideCurrent, effects.shortCircuit, fast.snapshot());
    }
}
