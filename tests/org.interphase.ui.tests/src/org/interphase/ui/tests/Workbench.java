package org.interphase.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.interphase.ui.InterphaseUi;

/** Helpers of the workbench tests: files, builds and waiting without blocking the UI thread. */
final class Workbench {

    private Workbench() {
    }

    static IWorkspace workspace() {
        return ResourcesPlugin.getWorkspace();
    }

    /** Writes (creates or replaces) a file with UTF-8 text. */
    static IFile write(IProject project, String path, String text) throws CoreException {
        IFile f = project.getFile(path);
        var in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (f.exists()) {
            f.setContents(in, true, false, null);
        } else {
            f.create(in, true, null);
            f.setCharset("UTF-8", null);
        }
        return f;
    }

    /** Waits for the auto-build (and any build it triggers) to finish, keeping the UI thread alive. */
    static void build() throws Exception {
        workspace().build(org.eclipse.core.resources.IncrementalProjectBuilder.INCREMENTAL_BUILD, new NullProgressMonitor());
        waitUntil(() -> Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
                && Job.getJobManager().find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0, 120);
    }

    /** Spins the event loop until the condition holds; fails after the timeout (seconds). */
    static void waitUntil(BooleanSupplier condition, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached within " + seconds + " s");
            }
            if (display != null) {
                while (display.readAndDispatch()) {
                    // drain
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Waits for a job to finish (without blocking the UI thread) and returns its result. */
    static org.eclipse.core.runtime.IStatus join(Job job, int seconds) {
        waitUntil(() -> job.getResult() != null, seconds);
        return job.getResult();
    }

    /** The Interphase problem markers of a resource, sorted by line. */
    static IMarker[] problems(IResource r) {
        IMarker[] markers;
        try {
            markers = r.findMarkers(InterphaseUi.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE);
        } catch (CoreException e) {
            throw new AssertionError("cannot read the markers of " + r, e);
        }
        java.util.Arrays.sort(markers, java.util.Comparator.comparingInt(m -> m.getAttribute(IMarker.LINE_NUMBER, 0)));
        return markers;
    }

    /** The markers as "line: message" lines, for assertion messages. */
    static String describe(IMarker[] markers) {
        StringBuilder b = new StringBuilder();
        for (IMarker m : markers) {
            b.append(m.getAttribute(IMarker.LINE_NUMBER, 0)).append(": ").append(m.getAttribute(IMarker.MESSAGE, "")).append('\n');
        }
        return b.toString();
    }

    static void delete(String project) throws CoreException {
        IProject p = workspace().getRoot().getProject(project);
        if (p.exists()) {
            p.delete(true, true, null);
        }
    }
}
