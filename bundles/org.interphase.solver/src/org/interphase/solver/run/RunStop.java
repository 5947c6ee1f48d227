package org.interphase.solver.run;

import org.interphase.model.results.RunStatus;

/** Thrown inside a runner to unwind when the run must end early: a stop condition or a short circuit. */
final class RunStop extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final RunStatus status;

    RunStop(RunStatus status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }
}
