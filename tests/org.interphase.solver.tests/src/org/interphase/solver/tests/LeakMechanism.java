package org.interphase.solver.tests;

import java.util.List;

import org.interphase.model.CellInterface;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.api.Effects;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.StateVariable;

/** Test contribution: a constant side current that leaves a film growing at a rate proportional to it. */
public class LeakMechanism implements Mechanism {

    @Override
    public boolean appliesTo(CellInterface cellInterface) {
        return cellInterface.getElectrode() != null;
    }

    @Override
    public InterfaceProcess create(CellInterface cellInterface, ParameterValues parameters) {
        double leak = parameters.get("leak current");
        return new InterfaceProcess() {
            @Override
            public List<StateVariable> state() {
                return List.of(new StateVariable("leaked_charge", "C/m2", 0));
            }

            @Override
            public void evaluate(Conditions conditions, double[] state, double[] rates, Effects effects) {
                rates[0] = leak;
                effects.sideCurrent(leak);
            }
        };
    }
}
