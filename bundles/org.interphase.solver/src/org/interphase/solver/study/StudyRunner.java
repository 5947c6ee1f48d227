package org.interphase.solver.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.interphase.model.Cell;
import org.interphase.model.CellInterface;
import org.interphase.model.MechanismSettings;
import org.interphase.model.Parameter;
import org.interphase.model.Study;
import org.interphase.model.results.MechanismVersion;
import org.interphase.model.results.ParameterValue;
import org.interphase.model.results.Provenance;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.solver.api.ParameterDeclaration;
import org.interphase.solver.cell.CellModelException;
import org.interphase.solver.registry.MechanismDescriptor;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.run.MechanismActivation;
import org.interphase.solver.run.CellRunner;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.solver.run.StaticCellRunner;
import org.interphase.solver.run.Watch;

/**
 * Runs one cell of a study: picks the study's mechanisms from the registry ('all' means every
 * registered mechanism that applies to some interface of the cell), applies the study's parameter
 * settings, runs the protocol and fills in study, mechanisms and provenance. A cell the engine
 * cannot run comes back with status failed and the reason, not as an exception.
 * <p>
 * The run itself goes on a thread of its own (a daemon) while the calling thread watches it: a
 * mechanism evaluation that does not return within {@link Watch#HUNG_NANOS} (a plug-in caught in an
 * endless loop) makes the call return a failed result naming the mechanism; the run's thread is
 * interrupted and left behind, and it can no longer change the result (Java cannot stop a thread
 * that ignores interruption).
 * <p>
 * Every cell also has a time limit ({@link #cellTimeout()}, default {@link #DEFAULT_CELL_TIMEOUT},
 * set by the {@link #StudyRunner(MechanismRegistry, String, java.time.Duration) constructor} or the
 * system property {@value #CELL_TIMEOUT_PROPERTY} in seconds): a run still going after it ends as a failed cell with that reason, so that nothing the
 * engine does can keep the rest of a run (and its report) from being written. A plug-in that runs
 * out of memory or stack fails only its own cell. Before a result is returned, it is checked against
 * {@link ResultInvariants}: an impossible number makes the cell failed, naming the invariant.
 */
public final class StudyRunner {

    /** The time limit of one cell when nobody sets one: longer than any study of the examples takes. */
    public static final java.time.Duration DEFAULT_CELL_TIMEOUT = java.time.Duration.ofMinutes(30);
    /** System property (seconds) that sets the default time limit of a cell. */
    public static final String CELL_TIMEOUT_PROPERTY = "interphase.cellTimeout";

    private final MechanismRegistry registry;
    private final String productVersion;
    private final java.time.Duration cellTimeout;

    public StudyRunner(MechanismRegistry registry, String productVersion) {
        this(registry, productVersion, defaultCellTimeout());
    }

    /** @param cellTimeout how long one cell may run before it is stopped as failed (positive) */
    public StudyRunner(MechanismRegistry registry, String productVersion, java.time.Duration cellTimeout) {
        if (cellTimeout == null || cellTimeout.isNegative() || cellTimeout.isZero()) {
            throw new IllegalArgumentException("the time limit of a cell must be positive, got " + cellTimeout);
        }
        this.registry = registry;
        this.productVersion = productVersion;
        this.cellTimeout = cellTimeout;
    }

    /** The time limit of one cell: {@value #CELL_TIMEOUT_PROPERTY} seconds if set and valid, else the default. */
    public static java.time.Duration defaultCellTimeout() {
        String set = System.getProperty(CELL_TIMEOUT_PROPERTY);
        if (set != null) {
            try {
                double seconds = Double.parseDouble(set.strip());
                if (seconds > 0 && seconds < 1e9) {
                    return java.time.Duration.ofMillis((long) Math.ceil(seconds * 1000));
                }
            } catch (NumberFormatException e) {
                // an unusable setting leaves the default
            }
        }
        return DEFAULT_CELL_TIMEOUT;
    }

    /** How long one cell may run. */
    public java.time.Duration cellTimeout() {
        return cellTimeout;
    }

    /** The mechanisms a study asks for, in registry order; an unknown id is a CellModelException. */
    public List<MechanismDescriptor> mechanisms(Study study, Cell cell) {
        if (study.isAllMechanisms()) {
            List<MechanismDescriptor> applicable = new ArrayList<>();
            for (MechanismDescriptor d : registry.all()) {
                boolean applies = d.mechanism().isPresent() && cell.getInterfaces().stream()
                        .anyMatch(i -> MechanismActivation.acts(d.appliesTo(), i) && applies(d, i));
                if (applies) {
                    applicable.add(d);
                }
            }
            return applicable;
        }
        List<MechanismDescriptor> named = new ArrayList<>();
        for (String id : new java.util.LinkedHashSet<>(study.getMechanisms())) {
            named.add(registry.get(id).orElseThrow(() -> new CellModelException(
                    "mechanism " + id + " is not available in this version (available: "
                            + String.join(", ", registry.all().stream().map(MechanismDescriptor::id).toList()) + ")")));
        }
        return named;
    }

    /**
     * The contributed mechanisms that 'mechanisms all' had to leave out because they cannot be loaded
     * (class missing, constructor throws), each as "mechanism id (from bundle) cannot be loaded: why";
     * empty for a study that names its mechanisms (naming one that cannot load fails its cells).
     */
    public List<String> loadWarnings(Study study) {
        if (!study.isAllMechanisms()) {
            return List.of();
        }
        List<String> warnings = new ArrayList<>();
        for (MechanismDescriptor d : registry.all()) {
            d.loadWarning().ifPresent(warnings::add);
        }
        return warnings;
    }

    private static boolean applies(MechanismDescriptor d, CellInterface where) {
        try {
            return d.mechanism().orElseThrow().appliesTo(where);
        } catch (RuntimeException | LinkageError | OutOfMemoryError | StackOverflowError e) {
            return false;
        }
    }

    /** The threshold of 'report onset potential at ...', else the domain brief's 10 uA/cm2; A/m2. */
    static double onsetThreshold(Study study) {
        for (var item : study.getReports()) {
            if ("onset potential".equals(item.getName()) && item.getThreshold() != null) {
                return item.getThreshold().getSi();
            }
        }
        return StaticCellRunner.DEFAULT_ONSET_THRESHOLD;
    }

    /** Parameter overrides of the study's settings blocks: mechanism id to name to SI value (also the fit's). */
    public static Map<String, Map<String, Double>> overrides(Study study) {
        Map<String, Map<String, Double>> overrides = new LinkedHashMap<>();
        for (MechanismSettings s : study.getSettings()) {
            Map<String, Double> values = overrides.computeIfAbsent(s.getMechanism(), k -> new LinkedHashMap<>());
            for (Parameter p : s.getParameters()) {
                values.put(p.getName(), p.getValue().getSi());
            }
        }
        return overrides;
    }

    /**
     * The result cache's key of a cell of a study: a hash of its normalised model with the
     * mechanisms that will run, their parameter values and the product version ({@link RunKey}).
     */
    public RunKey key(Study study, Cell cell) {
        List<MechanismDescriptor> mechanisms = List.of();
        String error = null;
        try {
            mechanisms = mechanisms(study, cell);
        } catch (RuntimeException e) {
            // the run fails with this message: the key says so, so that the failure is cached like a result
            error = String.valueOf(e.getMessage());
        }
        return RunKey.of(study, cell, productVersion, mechanisms, error, overrides(study));
    }


    /** How often the waiting thread looks at the run's watch, ms. */
    static final long WATCH_PERIOD_MS = 100;

    /**
     * Runs one cell of a study on a thread of its own and waits for it, watching for an evaluation
     * that never returns.
     *
     * @param cancelled asked by the run between steps; when it says true the run ends with a
     *                  CancellationException
     * @return the result, failed with the reason if the cell could not be run
     */
    public RunResult run(Study study, Cell cell, String inputSha256, BooleanSupplier cancelled) {
        Watch watch = new Watch();
        CompletableFuture<RunResult> done = new CompletableFuture<>();
        // the run also stops between steps once abandoned, so that its thread does not run on
        BooleanSupplier stop = () -> cancelled.getAsBoolean() || watch.abandoned();
        Thread worker = new Thread(() -> {
            try {
                done.complete(runHere(study, cell, inputSha256, stop, watch));
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        }, "interphase run " + study.getName() + "/" + cell.getName());
        worker.setDaemon(true);
        long started = System.nanoTime();
        worker.start();
        long limit = cellTimeout.toNanos();
        while (true) {
            try {
                // the watch period, or less when the time limit falls before it (a limit below the period is kept)
                long untilLimit = Math.max(1, started + limit - System.nanoTime());
                return done.get(Math.min(TimeUnit.MILLISECONDS.toNanos(WATCH_PERIOD_MS), untilLimit), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                long now = System.nanoTime();
                ActiveMechanism hung = watch.hung(Watch.HUNG_NANOS);
                String reason = null;
                if (hung != null) {
                    reason = Watch.abandonedMessage(hung, Watch.HUNG_NANOS);
                } else if (now - started >= limit) {
                    reason = timedOutMessage(cellTimeout);
                }
                if (reason != null) {
                    watch.abandon();
                    worker.interrupt();
                    return finish(failed(study, cell, reason), study, cell, inputSha256);
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof OutOfMemoryError || e.getCause() instanceof StackOverflowError) {
                    // the engine itself ran out (a plug-in's are caught by Guard): only this cell fails
                    return finish(failed(study, cell, outOfResources(e.getCause())), study, cell, inputSha256);
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                worker.interrupt();
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while running " + study.getName() + "/" + cell.getName());
            }
        }
    }

    /** The reason of a cell stopped at its time limit. */
    static String timedOutMessage(java.time.Duration limit) {
        return String.format(java.util.Locale.ROOT, "the run did not finish within the time limit of a cell (%s);"
                + " it was stopped", human(limit));
    }

    private static String human(java.time.Duration d) {
        long s = d.toSeconds();
        if (s >= 3600 && s % 3600 == 0) {
            return s / 3600 + " h";
        }
        if (s >= 60 && s % 60 == 0) {
            return s / 60 + " min";
        }
        return String.format(java.util.Locale.ROOT, "%.3g s", d.toNanos() / 1e9);
    }

    static String outOfResources(Throwable t) {
        return "the solver ran out of " + (t instanceof StackOverflowError ? "stack" : "memory")
                + " on this cell (" + t.getClass().getSimpleName() + "); the other cells are unaffected";
    }

    private RunResult runHere(Study study, Cell cell, String inputSha256, BooleanSupplier cancelled, Watch watch) {
        RunResult result;
        List<MechanismDescriptor> mechanisms = List.of();
        Map<String, Map<String, Double>> overrides = overrides(study);
        try {
            mechanisms = mechanisms(study, cell);
            List<MechanismDescriptor> named = mechanisms;
            // the mechanisms' views of the electrolyte share the runner's polymer phase (FilmPhases)
            result = org.interphase.solver.cell.FilmPhases.within(() -> {
                var active = MechanismActivation.activate(cell, named, overrides, watch);
                double threshold = onsetThreshold(study);
                return CellRunner.of(cell, study.getProtocol(), active, cancelled, threshold).run();
            });
        } catch (RuntimeException e) {
            if (e instanceof CancellationException) {
                throw e;
            }
            result = failed(study, cell, e instanceof CellModelException ? String.valueOf(e.getMessage())
                    : "the solver failed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        var broken = ResultInvariants.violation(result, cell, study.getProtocol());
        if (broken.isPresent()) {
            result = failed(study, cell, ResultInvariants.message(broken.get()));
        }
        return finish(result, mechanisms, overrides, study, inputSha256);
    }

    private static RunResult failed(Study study, Cell cell, String reason) {
        RunResult result = ResultsFactory.eINSTANCE.createRunResult();
        result.setCell(cell.getName());
        result.setProtocol(study.getProtocol() == null ? null : study.getProtocol().getName());
        result.setStatus(RunStatus.FAILED);
        result.setStopReason(reason);
        result.setMetrics(ResultsFactory.eINSTANCE.createMetrics());
        return result;
    }

    /** Study, mechanisms and provenance of an abandoned run (the mechanisms as the run found them). */
    private RunResult finish(RunResult result, Study study, Cell cell, String inputSha256) {
        List<MechanismDescriptor> mechanisms;
        try {
            mechanisms = mechanisms(study, cell);
        } catch (RuntimeException e) {
            mechanisms = List.of();
        }
        return finish(result, mechanisms, overrides(study), study, inputSha256);
    }

    private RunResult finish(RunResult result, List<MechanismDescriptor> mechanisms,
            Map<String, Map<String, Double>> overrides, Study study, String inputSha256) {
        result.setStudy(study.getName());
        for (MechanismDescriptor m : mechanisms) {
            result.getMechanisms().add(m.id());
        }
        Provenance provenance = provenance(mechanisms, overrides, inputSha256);
        if (study.isAllMechanisms()) {
            // left out of 'mechanisms all' because they cannot be loaded: recorded, not silently dropped
            for (MechanismDescriptor d : registry.all()) {
                d.loadProblem().ifPresent(problem -> {
                    MechanismVersion v = ResultsFactory.eINSTANCE.createMechanismVersion();
                    v.setId(d.id());
                    v.setVersion(d.version() + " (not loaded, left out: " + problem + ")");
                    provenance.getMechanisms().add(v);
                });
            }
        }
        result.setProvenance(provenance);
        return result;
    }

    private Provenance provenance(List<MechanismDescriptor> mechanisms, Map<String, Map<String, Double>> overrides,
            String inputSha256) {
        Provenance p = ResultsFactory.eINSTANCE.createProvenance();
        p.setProductVersion(productVersion);
        p.setInputSha256(inputSha256);
        for (MechanismDescriptor d : mechanisms) {
            MechanismVersion v = ResultsFactory.eINSTANCE.createMechanismVersion();
            v.setId(d.id());
            v.setVersion(d.version());
            p.getMechanisms().add(v);
            for (ParameterDeclaration decl : d.parameters()) {
                ParameterValue value = ResultsFactory.eINSTANCE.createParameterValue();
                value.setPath(d.id() + "." + decl.name());
                double si = overrides.getOrDefault(d.id(), Map.of()).getOrDefault(decl.name(), decl.defaultValue());
                // shown in the unit the mechanism declares its default in (10 uA/cm2, not 0.1 A/m2)
                var unit = org.interphase.model.units.Units.parse(decl.unit()).orElseThrow();
                value.setValue(unit.fromSI(si));
                value.setUnit(decl.unit());
                p.getParameters().add(value);
            }
        }
        return p;
    }
}
