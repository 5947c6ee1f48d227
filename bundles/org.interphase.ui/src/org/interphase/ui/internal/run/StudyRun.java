package org.interphase.ui.internal.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
import org.interphase.execution.Execution;
import org.interphase.execution.Selection;
import org.interphase.execution.StudyExecution;
import org.interphase.execution.TimeLeft;
import org.interphase.model.Document;
import org.interphase.model.Study;
import org.interphase.model.Sweep;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.ui.InterphaseUi;
import org.interphase.ui.internal.project.ProjectModel;

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
        super(jobName(file, studyName));
        this.file = file;
        this.studyName = studyName;
        setUser(true);
        // No scheduling rule: the run reads the files through its own model and writes results/ with
        // java.nio under the lock of Execution, so it never waits behind "Building workspace" (with the
        // project as rule it did, and the Progress view and the blocked-job dialog then listed the build
        // first, where a click on Cancel stopped the build instead of the run). Only the refresh of
        // results/ at the end takes a rule, which refreshLocal acquires itself.
    }

    /** The job's name in the Progress view: says it is an Interphase run, and of what. */
    static String jobName(IFile file, String studyName) {
        return "Interphase run: " + (studyName != null ? studyName + " of " : "") + file.getFullPath().makeRelative();
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
                return mistake(file.getFullPath() + " is not a .cell file of an open project", 1);
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
                return mistake("nothing was run: " + file.getName() + " has " + errors.size()
                        + (errors.size() == 1 ? " error" : " errors") + " (see the Problems view)", 1);
            }
            Selection selection = Selection.of(List.of(resource), studyName);
            if (selection.isEmpty()) {
                return mistake(selection.nothingSelected(studyName, file.getName()), 1);
            }
            int runs = selection.runs();
            Path out = project.getLocation().toFile().toPath().resolve(InterphaseUi.RESULTS_FOLDER);
            SubMonitor work = sub.split(90).setWorkRemaining(runs);
            InterphaseConsole.println("running " + runs + (runs == 1 ? " cell" : " cells") + " of " + file.getFullPath()
                    + " into " + project.getFolder(InterphaseUi.RESULTS_FOLDER).getFullPath());
            TimeLeft left = new TimeLeft(runs);
            // the same path as interphase run: a cell whose folder in results/ holds the result of the same model is served from there
            Execution.Result result;
            try {
                result = Execution.run(selection, out, Math.max(1, Runtime.getRuntime().availableProcessors()),
                        StudyExecution.Options.DEFAULT, work::isCanceled, (label, status) -> {
                            synchronized (left) {
                                // "12/500, about 20 min left LagpLco: completed"
                                work.subTask(left.finished(status.endsWith("(cached)")) + " " + label + ": " + status);
                                work.worked(1);
                            }
                            InterphaseConsole.println(label + ": " + status);
                        }, InterphaseConsole::println);
            } catch (Execution.DataException e) {
                // compare with data "FILE": the data files are read before anything runs, all or nothing
                InterphaseConsole.println(e.getMessage());
                return mistake("nothing was run: a data file of " + file.getName() + " cannot be read (see the console)", 1);
            }
            List<RunResult> finished = result.results();
            // a cancel after every run had ended cut nothing: the run is complete, reports written (StudyExecution.cut)
            if (result.cancelled()) {
                refresh(project, sub);
                InterphaseConsole.println("cancelled: the results of the runs that had finished are in results/");
                return Status.CANCEL_STATUS;
            }
            results = List.copyOf(finished);
            cached = result.cached();
            InterphaseConsole.println(result.table().stripTrailing());
            String note = result.cacheNote("results/", null);
            if (note != null) {
                InterphaseConsole.println(note);
            }
            if (!result.comparisons().isBlank()) {
                InterphaseConsole.println(result.comparisons().strip());
            }
            int failed = 0;
            for (RunResult r : finished) {
                if (r.getStatus() == RunStatus.FAILED) {
                    failed++;
                    failureMarker(resource, r);
                }
            }
            refresh(project, sub.split(5));
            ResultsOpener.afterRun(project, selection, out, finished);
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

    /**
     * A user's mistake (a file with errors, no study, unreadable data): a console line and a run
     * marker on the file, and an INFO result. An ERROR result would make the workbench show its
     * "has encountered a problem" dialog and log the message as an error.
     */
    private IStatus mistake(String message, int line) {
        InterphaseConsole.println(message);
        InterphaseConsole.reveal();
        try {
            IMarker m = file.createMarker(InterphaseUi.RUN_MARKER);
            m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
            m.setAttribute(IMarker.LINE_NUMBER, line);
            m.setAttribute(IMarker.MESSAGE, message);
        } catch (CoreException e) {
            // the file went away: the console line says it
        }
        return new Status(IStatus.INFO, InterphaseUi.PLUGIN_ID, message);
    }
}
