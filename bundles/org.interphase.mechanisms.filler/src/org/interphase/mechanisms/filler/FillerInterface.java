package org.interphase.mechanisms.filler;

import org.interphase.model.CellInterface;
import org.interphase.model.EndGroup;
import org.interphase.solver.api.CellProperties;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.Physics;
import org.interphase.solver.api.StateVariable;

/**
 * filler_interface: an interphase grows between a reactive filler and the polymer, parabolically,
 * d^2 = k t, i.e. dd/dt = k / 2d, with k the filler's 'polymer reactivity' at 60 °C, the temperature
 * the library's values are derived at (LSPS: ~20 nm in ~100 h at 60 °C), Arrhenius in temperature,
 * times the hydroxyl acceleration for -OH terminated polymers. Its resistance
 * d / sigma sits on every particle of the filler and enters the composite's effective medium.
 * Non-reactive fillers (k = 0) grow nothing.
 */
public class FillerInterface implements Mechanism {

    /** Below this thickness the parabolic rate is taken at it (the law is singular at zero), m. */
    static final double SEED = 1e-9;

    private static final double BOLTZMANN_EV = 8.617333262e-5;

    /** Temperature of the library's 'polymer reactivity' values, K (60 °C). */
    static final double REFERENCE_K = 333.15;

    @Override
    public boolean appliesTo(CellInterface where) {
        return where.getFiller() != null && where.getFiller().getMaterial() != null
                && !where.getFiller().getMaterial().eIsProxy();
    }

    @Override
    public InterfaceProcess create(CellInterface where, ParameterValues p) {
        double reactivity = CellProperties.value(where.getFiller().getMaterial(), "polymer reactivity").orElse(0.0);
        boolean hydroxyl = where.getElectrolyte() != null && where.getElectrolyte().getPolymer() != null
                && where.getElectrolyte().getPolymer().getEndGroup() == EndGroup.HYDROXYL;
        double k60 = reactivity * (hydroxyl ? p.get("hydroxyl acceleration") : 1);
        double activationEv = p.get("activation energy") / Physics.E;
        double conductivity = p.get("interphase conductivity");
        return InterfaceProcess.of(new StateVariable("filler_interphase_thickness", "m", 0), (c, state, rates, effects) -> {
            double k = k60 * Math.exp(-activationEv / BOLTZMANN_EV * (1 / c.temperature() - 1 / REFERENCE_K));
            rates[0] = k == 0 ? 0 : k / (2 * Math.max(SEED, state[0]));
            effects.fillerInterfaceResistance(state[0] / conductivity);
        });
    }
}
