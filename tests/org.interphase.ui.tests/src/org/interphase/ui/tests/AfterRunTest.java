package org.interphase.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.part.FileEditorInput;
import org.interphase.ui.InterphaseUi;
import org.interphase.ui.internal.prefs.InterphasePreferences;
import org.interphase.ui.internal.run.InterphaseConsole;
import org.interphase.ui.internal.run.StudyRun;
import org.interphase.ui.internal.wizards.ProjectCreation;
import org.interphase.ui.results.ResultsUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What happens after Run Study (issue 17 item 4): the results open by themselves (a preference turns
 * it off), result editors survive a restart (their inputs save and restore through element
 * factories), the console does not take the place of the Progress view, a run does not wait behind a
 * build, and a user's mistake is a marker and a console line, never an error status or a log error.
 */
class AfterRunTest {

    private static final String SUMMARY = "results/lab.studies.Example/ExampleLco/summary.json";

    @AfterEach
    void cleanUp() throws Exception {
        page().closeAllEditors(false);
        InstanceScope.INSTANCE.getNode(InterphaseUi.PLUGIN_ID).remove(InterphasePreferences.OPEN_RESULTS);
        Workbench.delete("lab");
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static IStatus run(IFile file) {
        StudyRun run = new StudyRun(file, null);
        run.schedule();
        return Workbench.join(run, 600);
    }

    private static IEditorReference resultEditor() {
        return Arrays.stream(page().getEditorReferences()).filter(r -> r.getId().equals(InterphaseUi.RESULTS_EDITOR_ID))
                .findFirst().orElse(null);
    }

    @Test
    void theResultsOpenWhenARunFinishesUnlessThePreferenceIsOff() throws Exception {
        IProject p = ProjectCreation.create("lab", null, "lab", new NullProgressMonitor());
        Workbench.build();
        page().closeAllEditors(false);
        IStatus status = run(p.getFile("studies/example-study.cell"));
        assertTrue(status.isOK(), status::toString);
        Workbench.waitUntil(() -> resultEditor() != null, 30);
        IEditorInput input = resultEditor().getEditorInput();
        assertEquals(p.getFile(SUMMARY), input.getAdapter(IFile.class), "the study opens at its first cell's summary.json");

        page().closeAllEditors(false);
        InstanceScope.INSTANCE.getNode(InterphaseUi.PLUGIN_ID).putBoolean(InterphasePreferences.OPEN_RESULTS, false);
        assertFalse(InterphasePreferences.openResultsAfterRun());
        status = run(p.getFile("studies/example-study.cell"));
        assertTrue(status.isOK(), status::toString);
        long end = System.nanoTime() + 2_000_000_000L;
        Workbench.waitUntil(() -> System.nanoTime() > end, 10);
        assertNull(resultEditor(), "the preference is off: nothing opens");
    }

    @Test
    void resultEditorInputsSaveAndRestoreAsAfterARestart() throws Exception {
        IProject p = ProjectCreation.create("lab", null, "lab", new NullProgressMonitor());
        Workbench.build();
        assertTrue(run(p.getFile("studies/example-study.cell")).isOK());
        // a results folder opened with Open Results (ResultsInput), and a summary.json (FileEditorInput)
        IEditorPart folder = ResultsUi.open(page(), p.getFolder("results/lab.studies.Example"));
        IEditorPart file = page().openEditor(new FileEditorInput(p.getFile(SUMMARY)), ResultsUi.EDITOR_ID);
        for (IEditorPart editor : List.of(folder, file)) {
            IEditorInput before = editor.getEditorInput();
            IEditorInput after = restore(before);
            assertEquals(before, after, "the restored input is the same folder or file");
        }
        // the workbench reopens the editor on the restored input (as on a restart)
        IEditorInput restored = restore(folder.getEditorInput());
        page().closeAllEditors(false);
        IEditorPart reopened = page().openEditor(restored, ResultsUi.EDITOR_ID);
        assertEquals(ResultsUi.EDITOR_ID, reopened.getSite().getId());
        assertEquals("lab.studies.Example", reopened.getEditorInput().getName());
        // results deleted since the workbench closed: the factory gives nothing and the editor is left out
        XMLMemento saved = save(folder.getEditorInput().getPersistable());
        page().closeAllEditors(false);
        p.getFolder("results/lab.studies.Example").delete(true, null);
        assertNull(PlatformUI.getWorkbench().getElementFactory(saved.getString("factory")).createElement(saved));
    }

    private static XMLMemento save(IPersistableElement persistable) {
        assertNotNull(persistable, "the input is persistable");
        XMLMemento memento = XMLMemento.createWriteRoot("editor");
        persistable.saveState(memento);
        memento.putString("factory", persistable.getFactoryId());
        return memento;
    }

    private static IEditorInput restore(IEditorInput input) throws Exception {
        XMLMemento saved = save(input.getPersistable());
        // through text, as the workbench writes workbench.xmi
        java.io.StringWriter text = new java.io.StringWriter();
        saved.save(text);
        XMLMemento read = XMLMemento.createReadRoot(new java.io.StringReader(text.toString()));
        var factory = PlatformUI.getWorkbench().getElementFactory(read.getString("factory"));
        assertNotNull(factory, "factory " + read.getString("factory") + " is registered");
        return (IEditorInput) factory.createElement(read);
    }

    @Test
    void theConsoleDoesNotComeToTheFrontWhileARunPrints() throws Exception {
        IProject p = ProjectCreation.create("lab", null, "lab", new NullProgressMonitor());
        Workbench.build();
        page().closeAllEditors(false);
        page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(InterphaseUi.PERSPECTIVE_ID));
        page().showView(IConsoleConstants.ID_CONSOLE_VIEW);
        var progress = page().showView(IPageLayout.ID_PROGRESS_VIEW);
        int before = InterphaseConsole.get().getDocument().getLength();
        assertTrue(run(p.getFile("studies/example-study.cell")).isOK());
        Workbench.waitUntil(() -> resultEditor() != null, 30);
        assertTrue(InterphaseConsole.get().getDocument().getLength() > before, "the run printed its lines");
        assertTrue(page().isPartVisible(progress), "the Progress view stays in front of the Console");
    }

    @Test
    void aRunDoesNotWaitBehindABuild() throws Exception {
        IProject p = ProjectCreation.create("lab", null, "lab", new NullProgressMonitor());
        Workbench.build();
        CountDownLatch release = new CountDownLatch(1);
        // stands for "Building workspace": a job holding the workspace until released
        Job build = new Job("Building workspace (test)") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    release.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Status.OK_STATUS;
            }
        };
        build.setRule(ResourcesPlugin.getWorkspace().getRoot());
        build.schedule();
        Workbench.waitUntil(() -> build.getState() == Job.RUNNING, 30);
        int before = InterphaseConsole.get().getDocument().getLength();
        StudyRun run = new StudyRun(p.getFile("studies/example-study.cell"), null);
        assertTrue(run.getName().startsWith("Interphase run: "), run.getName());
        assertNull(run.getRule(), "the run holds no rule, so nothing puts it behind a build");
        run.schedule();
        try {
            // the run computes and prints its table while the build holds the workspace
            Workbench.waitUntil(() -> InterphaseConsole.get().getDocument().get().substring(before).contains("ExampleLco"), 300);
            assertEquals(Job.RUNNING, run.getState(), "the run is running, not waiting for the build");
        } finally {
            release.countDown();
        }
        assertTrue(Workbench.join(run, 300).isOK());
    }

    @Test
    void aFileWithoutAStudyOrWithErrorsGetsAMarkerAndAConsoleLineNotAnError() throws Exception {
        IProject p = ProjectCreation.create("lab", null, "lab", new NullProgressMonitor());
        Workbench.build();
        List<IStatus> logged = new ArrayList<>();
        ILogListener listener = (status, plugin) -> {
            if (status.getSeverity() == IStatus.ERROR) {
                logged.add(status);
            }
        };
        Platform.addLogListener(listener);
        try {
            // the cell file declares a cell and no study
            IFile cell = p.getFile("cells/example-cell.cell");
            int before = InterphaseConsole.get().getDocument().getLength();
            IStatus status = run(cell);
            assertEquals(IStatus.INFO, status.getSeverity(), status::toString);
            IMarker[] markers = cell.findMarkers(InterphaseUi.RUN_MARKER, false, IResource.DEPTH_ZERO);
            assertEquals(1, markers.length);
            String message = markers[0].getAttribute(IMarker.MESSAGE, "");
            assertTrue(message.contains("example-cell.cell"), message);
            // the console's document is written in the UI thread, after the job ended
            Workbench.waitUntil(() -> InterphaseConsole.get().getDocument().get().substring(before).contains(message), 30);

            // a study with an error
            IFile study = p.getFile("studies/example-study.cell");
            Workbench.write(p, "studies/example-study.cell", new String(study.getContents().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).replace("cell ExampleLco", "cell NoSuchCell"));
            Workbench.build();
            status = run(study);
            assertEquals(IStatus.INFO, status.getSeverity(), status::toString);
            assertTrue(study.findMarkers(InterphaseUi.RUN_MARKER, false, IResource.DEPTH_ZERO).length == 1);
            assertTrue(Workbench.problems(study).length > 0, "the checker's marker is there");
        } finally {
            Platform.removeLogListener(listener);
        }
        assertTrue(logged.isEmpty(), "nothing logged as an error: " + logged);
    }
}
