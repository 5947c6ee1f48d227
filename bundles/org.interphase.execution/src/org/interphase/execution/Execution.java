package org.interphase.execution;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.study.StudyRunner;

/**
 * The one execution path of {@code interphase run} and the workbench's Run Study: the selected
 * studies and sweeps, their measured data read first (all or nothing), the runs
 * ({@link StudyExecution}: cache, parallel runs, atomic folders, reports) with the engine of
 * {@link ProductVersion#current()}, and what to tell the user afterwards. The front-ends only load
 * and check the files, show progress and print what this returns.
 */
public final class Execution {

    /**
     * A finished (or cancelled) execution.
     *
     * @param outcomes    the studies' cells in order, then the sweep points
     * @param cells       how many study cells were selected
     * @param comparisons a line per cell compared with measured data (may be empty)
     * @param cancelled   true when the cancel cut the execution short (no report was written); false
     *                    when it completed, also when a cancel came after every run had ended
     */
    public record Result(List<StudyExecution.Outcome> outcomes, int cells, String comparisons, boolean cancelled) {

        /** The results, in the order of {@link #outcomes}. */
        public List<RunResult> results() {
            return outcomes.stream().map(StudyExecution.Outcome::result).toList();
        }

        /** How many cells were served from the cache. */
        public int cached() {
            return (int) outcomes.stream().filter(StudyExecution.Outcome::cached).count();
        }

        /** Whether a run failed. */
        public boolean failed() {
            return outcomes.stream().anyMatch(o -> o.result().getStatus() == RunStatus.FAILED);
        }

        /** The outcome table ({@link OutcomeTable}). */
        public String table() {
            return OutcomeTable.format(outcomes);
        }

        /**
         * "N of M cells served from the cache (...)", or null when none was.
         *
         * @param where how the output folder is called to the user ("the output folder", "results/")
         * @param how   how to run them again, appended after "; " when not null ("--force runs them again")
         */
        public String cacheNote(String where, String how) {
            int served = cached();
            if (served == 0) {
                return null;
            }
            return served + " of " + cells + (cells == 1 ? " cell" : " cells") + " served from the cache (results in "
                    + where + " computed from the same model)" + (how == null ? "" : "; " + how);
        }
    }

    /** The measured data of the selected studies could not be read: nothing was run. */
    public static final class DataException extends Exception {
        private static final long serialVersionUID = 1L;

        DataException(String message) {
            super(message);
        }
    }

    private Execution() {
    }

    /**
     * Runs a selection into an output folder.
     *
     * @param threads   parallel runs (at least 1)
     * @param options   the cache and the library folders
     * @param cancelled polled by the engine; once true, the runs stop and no further folder is written
     * @param listener  hears about each finished run
     * @param waiting   hears why the run waits before it starts (another run writes into the same folder)
     * @throws DataException when a study's data file cannot be read (its message has a line a file)
     * @throws IOException   when a results folder cannot be written (the message names it and says why)
     */
    public static Result run(Selection selection, Path out, int threads, StudyExecution.Options options,
            BooleanSupplier cancelled, StudyExecution.Listener listener, Consumer<String> waiting)
            throws DataException, IOException, InterruptedException {
        StringWriter messages = new StringWriter();
        MeasuredComparison measured = MeasuredComparison.load(selection.studies(), new PrintWriter(messages, true));
        if (measured == null) {
            throw new DataException(messages.toString().strip());
        }
        StudyRunner runner = new StudyRunner(MechanismRegistry.getDefault(), ProductVersion.current(),
                options.cellTimeout());
        List<StudyExecution.Outcome> outcomes;
        StudyExecution execution = new StudyExecution(runner, threads);
        // one run at a time writes into a folder: a second one waits (issue 14)
        try (OutputLock lock = OutputLock.acquire(out, waiting)) {
            outcomes = execution.run(selection.studies(), selection.sweeps(), out, options, cancelled, listener, measured);
        }
        StringWriter comparisons = new StringWriter();
        measured.print(selection.studies(), new PrintWriter(comparisons, true));
        return new Result(outcomes, selection.cells(), comparisons.toString(), execution.cut());
    }
}
