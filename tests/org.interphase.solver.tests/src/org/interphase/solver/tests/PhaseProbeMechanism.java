package org.interphase.solver.tests;

import java.util.List;

import org.interphase.model.CellInterface;
import org.interphase.solver.api.CellProperties;
import org.interphase.solver.api.ElectrolyteView;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;

/**
 * Test contribution that changes nothing and records the largest crystallinity and the smallest
 * crystalline conductivity factor its view of the electrolyte reported during a run, as a plug-in sees
 * them through the API (PhaseMechanicsTest). One run at a time.
 */
public class PhaseProbeMechanism implements Mechanism {

    static double crystallinity;
    static double conductivityFactor;

    static synchronized void reset() {
        crystallinity = 0;
        conductivityFactor = 1;
    }

    @Override
    public boolean appliesTo(CellInterface where) {
        return where.getElectrode() != null && where.getElectrolyte() != null
                && where.getElectrolyte().getPolymer() != null;
    }

    @Override
    public InterfaceProcess create(CellInterface where, ParameterValues parameters) {
        ElectrolyteView spe = CellProperties.electrolyte(where);
        return InterfaceProcess.of(List.of(), (c, state, rates, effects) -> {
            synchronized (PhaseProbeMechanism.class) {
                crystallinity = Math.max(crystallinity, spe.crystallinity());
                conductivityFactor = Math.min(conductivityFactor, spe.crystallineConductivityFactor(c.temperature()));
            }
        });
    }
}
