package org.interphase.solver.tests;

import java.util.HashSet;
import java.util.Set;

import org.interphase.model.CellInterface;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.StateVariable;

/**
 * Test contribution that changes nothing (a state that never moves) and counts how often the engine
 * evaluates it, and how often with exactly the conditions and state of an earlier evaluation (the
 * whole cell evaluated again for nothing). One run at a time (EvaluationCountTest).
 */
public class CountingMechanism implements Mechanism {

    private record Seen(double time, double temperature, double potential, double current, double delithiation,
            double contact, double state) {
    }

    private static final Set<Seen> SEEN = new HashSet<>();
    static int evaluations;
    static int repeated;

    static synchronized void reset() {
        SEEN.clear();
        evaluations = 0;
        repeated = 0;
    }

    @Override
    public boolean appliesTo(CellInterface cellInterface) {
        return cellInterface.getElectrode() != null;
    }

    @Override
    public InterfaceProcess create(CellInterface cellInterface, ParameterValues parameters) {
        return InterfaceProcess.of(new StateVariable("counted", "m", 0), (c, state, rates, effects) -> {
            synchronized (CountingMechanism.class) {
                evaluations++;
                if (!SEEN.add(new Seen(c.time(), c.temperature(), c.potential(), c.currentDensity(), c.delithiation(),
                        c.contact(), state[0]))) {
                    repeated++;
                }
            }
        });
    }
}
