package org.interphase.solver.tests;

import java.util.List;
import java.util.function.ObjDoubleConsumer;

import org.interphase.model.CellInterface;
import org.interphase.solver.api.Effects;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.StateVariable;

/**
 * Test contributions at an electrode: one state variable that grows at the constant rate of one
 * parameter, and one effect at that rate.
 */
abstract class ConstantRateMechanism implements Mechanism {

    private final String parameter;
    private final StateVariable variable;
    private final ObjDoubleConsumer<Effects> effect;

    ConstantRateMechanism(String parameter, StateVariable variable, ObjDoubleConsumer<Effects> effect) {
        this.parameter = parameter;
        this.variable = variable;
        this.effect = effect;
    }

    @Override
    public boolean appliesTo(CellInterface cellInterface) {
        return cellInterface.getElectrode() != null;
    }

    @Override
    public InterfaceProcess create(CellInterface cellInterface, ParameterValues parameters) {
        double rate = parameters.get(parameter);
        return InterfaceProcess.of(List.of(variable), (conditions, state, rates, effects) -> {
            rates[0] = rate;
            effect.accept(effects, rate);
        });
    }
}
