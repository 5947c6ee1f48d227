package org.interphase.results;

import java.io.IOException;
import java.util.concurrent.ExecutionException;

/**
 * What a run task on a thread pool threw, for its caller: runs that write result folders fail with an
 * IOException (the folder cannot be written) or a RuntimeException, and the caller rethrows either as if
 * the task had run on its own thread. Used by every pool of runs (StudyExecution, the uncertainty
 * samples).
 */
public final class TaskFailures {

    private TaskFailures() {
    }

    /**
     * Throws the task's IOException; returns its RuntimeException, or anything else wrapped in an
     * IllegalStateException, for the caller to throw: {@code catch (ExecutionException e) { throw
     * TaskFailures.rethrow(e); }}.
     */
    public static RuntimeException rethrow(ExecutionException e) throws IOException {
        if (e.getCause() instanceof IOException io) {
            throw io;
        }
        if (e.getCause() instanceof RuntimeException re) {
            return re;
        }
        return new IllegalStateException(e.getCause());
    }
}
