package org.interphase.solver.run;

import org.interphase.solver.cell.CellModelException;

/**
 * A contributed mechanism misbehaved during a run: it threw, reported a NaN or infinite rate or
 * effect, or took too long. Only the run that uses it fails, with a message that names the mechanism,
 * the bundle that contributed it and the cause.
 */
public final class MechanismFailure extends CellModelException {

    private static final long serialVersionUID = 1L;

    MechanismFailure(ActiveMechanism m, String cause, Throwable thrown) {
        super("mechanism " + m.mechanismId() + (m.contributor().isEmpty() ? "" : " (from " + m.contributor() + ")")
                + " failed on the " + m.where().getName() + " interface: " + cause);
        if (thrown != null) {
            initCause(thrown);
        }
    }
}
