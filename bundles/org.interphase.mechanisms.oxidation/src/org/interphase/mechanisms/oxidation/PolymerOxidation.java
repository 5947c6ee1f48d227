package org.interphase.mechanisms.oxidation;

import java.util.List;

import org.interphase.model.CellInterface;
import org.interphase.model.MaterialRole;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.api.Effects;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.StateVariable;

/**
 * polymer_oxidation: the side current of {@link OxidationKinetics} at the cathode/electrolyte
 * interface, and the charge it has passed (state oxidation_charge, C/m2).
 */
public class PolymerOxidation implements Mechanism {

    @Override
    public boolean appliesTo(CellInterface where) {
        return where.getElectrode() != null && where.getElectrode().getMaterial() != null
                && !where.getElectrode().getMaterial().getRoles().contains(MaterialRole.ANODE)
                && where.getElectrolyte() != null && where.getElectrolyte().getPolymer() != null;
    }

    @Override
    public InterfaceProcess create(CellInterface where, ParameterValues parameters) {
        OxidationKinetics kinetics = new OxidationKinetics(where, parameters);
        return new InterfaceProcess() {
            @Override
            public List<StateVariable> state() {
                return List.of(new StateVariable("oxidation_charge", "C/m2", 0));
            }

            @Override
            public void evaluate(Conditions c, double[] state, double[] rates, Effects effects) {
                double i = kinetics.current(c.potential(), c.temperature(), c.delithiation(),
                        c.state("cei_thickness"));
                rates[0] = i;
                effects.sideCurrent(i);
            }
        };
    }
}
