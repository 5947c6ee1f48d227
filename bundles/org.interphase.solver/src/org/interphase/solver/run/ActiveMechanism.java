package org.interphase.solver.run;

import java.util.List;

import org.interphase.model.CellInterface;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.StateVariable;

/**
 * One mechanism's process on one interface of the cell being simulated, with where its state
 * variables sit in the engine's state vector.
 *
 * @param mechanismId the contributing mechanism
 * @param where       the interface
 * @param process     its process for this run
 * @param offset      index of its first state variable in the engine's state vector
 * @param state       its state variables, read once from the process
 * @param contributor the bundle that contributed it, named when it fails ("" if unknown)
 * @param watch       where its evaluations are marked for the run's watchdog (shared by the
 *                    mechanisms of one run)
 */
public record ActiveMechanism(String mechanismId, CellInterface where, InterfaceProcess process, int offset,
        List<StateVariable> state, String contributor, Watch watch) {

    /**
     * Reads the process's state variables once (the engine asks for them at every evaluation).
     *
     * @param contributor the bundle that contributed the mechanism, for messages ("" if unknown)
     */
    public ActiveMechanism(String mechanismId, CellInterface where, InterfaceProcess process, int offset,
            String contributor, Watch watch) {
        this(mechanismId, where, process, offset, List.copyOf(process.state()), contributor, watch);
    }

    /** Without a watchdog (nobody reads its watch). */
    public ActiveMechanism(String mechanismId, CellInterface where, InterfaceProcess process, int offset) {
        this(mechanismId, where, process, offset, "", new Watch());
    }

    public int size() {
        return state.size();
    }
}
