package org.interphase.ui.internal.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;
import org.interphase.model.Document;
import org.interphase.model.Study;
import org.interphase.model.Sweep;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.report.MeasuredComparison;
import org.interphase.report.StudyExecution;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.study.StudyRunner;
import org.interphase.ui.InterphaseUi;
import org.interphase.ui.internal.project.ProjectFiles;
import org.interphase.ui.internal.project.ProjectModel;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs the studies and sweeps of a {@code .cell} file into its project's {@code results/} folder,
 * in the same format as {@code interphase run}, as a workspace {@link Job} with progress and
 * cancel. A file with errors runs nothing and says so; a failed run gets a marker on its study's
 * line and its reason in the Interphase console. Cancelling leaves the folders of the runs that
 * had finished and nothing half-written. A cell whose folder in {@code results/} holds the result
 * of the same model is served from there ({@code (cached)} in the console), as by {@code interphase run}.
 */
public final class StudyRun extends Job {

    /** The job family of study runs (for tests and for waiting). */
    public static final Object FAMILY = StudyRun.class;

    private final IFile file;
    private final String studyName;
    private volatile List<RunResult> results = List.of();
    private volatile int cached;

    /**
     * @param file      the {@code .cell} file with the studies
     * @param studyName run only this study or sweep, or all of the file when null
     */
    public StudyRun(IFile file, String studyName) {
        super("Running " + (studyName != null ? studyName : "the studies of " + file.getName()));
        this.file = file;
        this.studyName = studyName;
        setUser(true);
        // writes into the project: no other build or run of it at the same time
        setRule(file.getProject());
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The results of the last run (empty until it finished). */
    public List<RunResult> results() {
        return results;
    }

    /** How many cells of the last run were served from the cache, not run. */
    public int cached() {
        return cached;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, getName(), 100);
        IProject project = file.getProject();
        try {
            project.deleteMarkers(InterphaseUi.RUN_MARKER, true, IResource.DEPTH_INFINITE);
            // plug-ins installed since the workbench started take part in this run
            org.interphase.ui.internal.startup.DropinsStartup.load();
            ProjectModel model = ProjectModel.load(project, null, null);
            sub.worked(5);
            Resource resource = model.resource(file);
            if (resource == null) {
                return error(file.getFullPath() + " is not a .cell file of an open project");
            }
            List<String> errors = new ArrayList<>();
            for (Issue issue : model.validate(file, sub::isCanceled)) {
                if (issue.getSeverity() == Severity.ERROR) {
                    errors.add(file.getFullPath().makeRelative() + ":" + issue.getLineNumber() + ":" + issue.getColumn()
                            + ": error: " + issue.getMessage());
                }
            }
            if (!errors.isEmpty()) {
                errors.forEach(InterphaseConsole::println);
                return error("nothing was run: " + file.getName() + " has " + errors.size()
                        + (errors.size() == 1 ? " error" : " errors") + " (see the Problems view)");
            }
            List<Study> studies = new ArrayList<>();
            List<Sweep> sweeps = new ArrayList<>();
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Document d) {
                d.getElements().stream().filter(Study.class::isInstance).map(Study.class::cast).forEach(studies::add);
                d.getElements().stream().filter(Sweep.class::isInstance).map(Sweep.class::cast).forEach(sweeps::add);
            }
            if (studyName != null) {
                studies.removeIf(s -> !s.getName().equals(studyName));
                sweeps.removeIf(s -> !s.getName().equals(studyName));
            }
            if (studies.isEmpty() && sweeps.isEmpty()) {
                return error(studyName != null ? "no study or sweep '" + studyName + "' in " + file.getName()
                        : "no study or sweep in " + file.getName());
            }
            // compare with data "FILE": the data files are read before anything runs, all or nothing
            java.io.StringWriter dataMessages = new java.io.StringWriter();
            MeasuredComparison measured = MeasuredComparison.load(studies, new java.io.PrintWriter(dataMessages, true));
            if (measured == null) {
                InterphaseConsole.println(dataMessages.toString().strip());
                return error("nothing was run: a data file of " + file.getName() + " cannot be read (see the console)");
            }
            int runs = StudyExecution.count(studies, sweeps);
            Path out = project.getLocation().toFile().toPath().resolve(InterphaseUi.RESULTS_FOLDER);
            StudyRunner runner = new StudyRunner(MechanismRegistry.getDefault(), productVersion());
            SubMonitor work = sub.split(90).setWorkRemaining(runs);
            InterphaseConsole.println("running " + runs + (runs == 1 ? " cell" : " cells") + " of " + file.getFullPath()
                    + " into " + project.getFolder(InterphaseUi.RESULTS_FOLDER).getFullPath());
            int[] done = { 0 };
            // a cell whose folder in results/ holds the result of the same model is served from there
            List<StudyExecution.Outcome> outcomes = new StudyExecution(runner,
                    Math.max(1, Runtime.getRuntime().availableProcessors()))
                    .run(studies, sweeps, out, sha256(model), StudyExecution.Options.DEFAULT, work::isCanceled,
                            (label, status) -> {
                        synchronized (done) {
                            done[0]++;
                            work.subTask(done[0] + "/" + runs + " " + label + ": " + status);
                            work.worked(1);
                        }
                        InterphaseConsole.println(label + ": " + status);
                    }, measured);
            List<RunResult> finished = outcomes.stream().map(StudyExecution.Outcome::result).toList();
            if (monitor.isCanceled()) {
                refresh(project, sub);
                InterphaseConsole.println("cancelled: the results of the runs that had finished are in results/");
                return Status.CANCEL_STATUS;
            }
            results = List.copyOf(finished);
            cached = (int) outcomes.stream().filter(StudyExecution.Outcome::cached).count();
            InterphaseConsole.println(table(outcomes));
            if (cached > 0) {
                int cells = StudyExecution.count(studies, List.of());
                InterphaseConsole.println(cached + " of " + cells + (cells == 1 ? " cell" : " cells")
                        + " served from the cache (results in results/ computed from the same model)");
            }
            java.io.StringWriter comparisons = new java.io.StringWriter();
            measured.print(studies, new java.io.PrintWriter(comparisons, true));
            if (!comparisons.toString().isBlank()) {
                InterphaseConsole.println(comparisons.toString().strip());
            }
            int failed = 0;
            for (RunResult r : finished) {
                if (r.getStatus() == RunStatus.FAILED) {
                    failed++;
                    failureMarker(resource, r);
                }
            }
            refresh(project, sub.split(5));
            if (failed > 0) {
                return new Status(IStatus.WARNING, InterphaseUi.PLUGIN_ID, failed + " of " + finished.size()
                        + " runs failed; their reasons are in the Problems view and the Interphase console");
            }
            return Status.OK_STATUS;
        } catch (OperationCanceledException | java.util.concurrent.CancellationException e) {
            // the engine stops a cancelled run by throwing CancellationException
            refreshQuietly(project);
            InterphaseConsole.println("cancelled: the results of the runs that had finished are in results/");
            return Status.CANCEL_STATUS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } catch (CoreException e) {
            return e.getStatus();
        } catch (IOException | RuntimeException e) {
            InterphaseConsole.println("the run failed: " + e);
            return new Status(IStatus.ERROR, InterphaseUi.PLUGIN_ID, "the run of " + file.getName() + " failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } finally {
            monitor.done();
        }
    }

    private static void refreshQuietly(IProject project) {
        try {
            refresh(project, null);
        } catch (CoreException e) {
            // the next refresh shows them
        }
    }

    private static void refresh(IProject project, IProgressMonitor monitor) throws CoreException {
        project.getFolder(InterphaseUi.RESULTS_FOLDER).refreshLocal(IResource.DEPTH_INFINITE, monitor);
    }

    private void failureMarker(Resource resource, RunResult r) throws CoreException {
        int line = 1;
        if (resource.getContents().get(0) instanceof Document d) {
            for (var e : d.getElements()) {
                if ((e instanceof Study s && s.getName().equals(r.getStudy())) || (e instanceof Sweep w && w.getName().equals(r.getStudy()))) {
                    var node = NodeModelUtils.getNode(e);
                    line = node == null ? 1 : node.getStartLine();
                }
            }
        }
        IMarker m = file.createMarker(InterphaseUi.RUN_MARKER);
        m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        m.setAttribute(IMarker.LINE_NUMBER, line);
        m.setAttribute(IMarker.MESSAGE, "run of " + r.getStudy() + "/" + r.getCell() + " failed: " + r.getStopReason());
    }

    private static IStatus error(String message) {
        InterphaseConsole.println(message);
        return new Status(IStatus.ERROR, InterphaseUi.PLUGIN_ID, message);
    }

    /** SHA-256 over the files the run read, in path order (as interphase run records it). */
    private static String sha256(ProjectModel model) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path p : model.resources().keySet().stream().map(ProjectFiles::path).sorted().toList()) {
                digest.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String productVersion() {
        var bundle = FrameworkUtil.getBundle(StudyRunner.class);
        return bundle == null ? "dev" : bundle.getVersion().toString();
    }

    private static String table(List<StudyExecution.Outcome> outcomes) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-22s %-18s %-13s %7s %12s %10s  %s%n", "STUDY", "CELL", "STATUS", "CYCLES",
                "RETENTION %", "R ohm cm2", "SOURCE"));
        for (StudyExecution.Outcome o : outcomes) {
            RunResult r = o.result();
            var m = r.getMetrics();
            b.append(String.format(Locale.ROOT, "%-22s %-18s %-13s %7s %12s %10s  %s%n", r.getStudy(), r.getCell(),
                    r.getStatus().getLiteral(), m.getCyclesCompleted() == null ? "-" : m.getCyclesCompleted(),
                    fixed(m.getCapacityRetention(), 1), fixed(m.getFinalResistance(), 1), o.cached() ? "cached" : "run"));
            if (r.getStopReason() != null) {
                b.append("    ").append(r.getStopReason()).append('\n');
            }
        }
        return b.toString();
    }

    private static String fixed(Double v, int digits) {
        return v == null || !Double.isFinite(v) ? "-" : String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
