package org.interphase.solver.run;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.interphase.model.Cell;
import org.interphase.model.MaterialRole;
import org.interphase.model.Protocol;
import org.interphase.model.results.RunResult;
import org.interphase.solver.cell.LithiumAnode;

/**
 * Runs one cell's protocol to its result. The cell's working electrode chooses the runner, here and
 * nowhere else: a cathode that stores lithium cycles ({@link ProtocolRunner}, with the multi-rate
 * scheme), lithium against lithium plates and strips ({@link SymmetricCellRunner}), and an electrode that
 * stores none (steel, platinum) sweeps and measures impedance ({@link StaticCellRunner}). The cycling and
 * Li|Li runners walk the protocol through one {@link ProtocolWalk}.
 */
public interface CellRunner {

    /** Runs the protocol; cancellation is polled through the supplier the runner was made with. */
    RunResult run();

    /**
     * The runner for this cell.
     *
     * @param onsetThreshold side current density at which a linear sweep's onset is read, A/m2
     */
    static CellRunner of(Cell cell, Protocol protocol, List<ActiveMechanism> mechanisms, BooleanSupplier cancelled,
            double onsetThreshold) {
        var cathode = cell.getCathode();
        if (cathode != null && cathode.getMaterial() != null
                && cathode.getMaterial().getRoles().contains(MaterialRole.CATHODE)) {
            return new ProtocolRunner(cell, protocol, mechanisms, cancelled, true, onsetThreshold);
        }
        if (cathode != null && LithiumAnode.isLithium(cathode)) {
            return new SymmetricCellRunner(cell, protocol, mechanisms, cancelled);
        }
        return new StaticCellRunner(cell, protocol, mechanisms, cancelled, onsetThreshold);
    }
}
