package org.interphase.solver.tests;

import java.util.List;

import org.interphase.model.CellInterface;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.api.Effects;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.StateVariable;

/** Test contribution: the cathode loses contact with the electrolyte at a constant fraction per second. */
public class ContactLossMechanism implements Mechanism {

    @Override
    public boolean appliesTo(CellInterface cellInterface) {
        return cellInterface.getElectrode() != null;
    }

    @Override
    public InterfaceProcess create(CellInterface cellInterface, ParameterValues parameters) {
        double rate = parameters.get("loss rate");
        return new InterfaceProcess() {
            @Override
            public List<StateVariable> state() {
                return List.of(new StateVariable("lost_contact", "1", 0));
            }

            @Override
            public void evaluate(Conditions conditions, double[] state, double[] rates, Effects effects) {
                rates[0] = rate;
                effects.contactLoss(rate);
            }
        };
    }
}
