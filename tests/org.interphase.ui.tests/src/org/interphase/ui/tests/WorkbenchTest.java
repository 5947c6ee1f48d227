package org.interphase.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsoleConstants;
import org.interphase.ui.InterphaseUi;
import org.interphase.ui.internal.run.StudyLaunchDelegate;
import org.interphase.ui.internal.run.StudyRun;
import org.interphase.ui.internal.wizards.NewCellFileWizard;
import org.interphase.ui.internal.wizards.ProjectCreation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The workbench on a real (virtual) display: the perspective, a new project, the builder's markers
 * across files and projects, and running a study as a Job into the project.
 */
class WorkbenchTest {

    @AfterEach
    void cleanUp() throws Exception {
        for (String p : new String[] { "lab", "library", "user", "broken" }) {
            Workbench.delete(p);
        }
    }

    @Test
    void theProductOpensTheInterphasePerspectiveWithItsViews() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        // the product's plugin_customization.ini makes it the default perspective
        assertEquals(InterphaseUi.PERSPECTIVE_ID, PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(InterphaseUi.PERSPECTIVE_ID));
        for (String view : new String[] { "org.eclipse.ui.navigator.ProjectExplorer", IPageLayout.ID_PROBLEM_VIEW,
                IConsoleConstants.ID_CONSOLE_VIEW, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROGRESS_VIEW }) {
            assertNotNull(page.findViewReference(view), view + " is in the Interphase perspective");
        }
    }

    @Test
    void aNewProjectHasTheLayoutTheNatureAndExamplesThatCheckClean() throws Exception {
        IProject p = ProjectCreation.create("lab", null, "lab", new NullProgressMonitor());
        Workbench.build();
        assertTrue(p.hasNature(InterphaseUi.NATURE_ID));
        assertTrue(Arrays.stream(p.getDescription().getBuildSpec()).anyMatch(c -> c.getBuilderName().equals(InterphaseUi.BUILDER_ID)));
        for (String f : new String[] { ".gitignore", "cells/example-cell.cell", "protocols/example-protocol.cell", "studies/example-study.cell" }) {
            assertTrue(p.getFile(f).exists(), f);
        }
        for (String f : new String[] { "data", "results" }) {
            assertTrue(p.getFolder(f).exists(), f);
        }
        // the examples import each other by package: they resolve, so no marker at all
        assertEquals(0, Workbench.problems(p).length, () -> Workbench.describe(Workbench.problems(p)));
    }

    @Test
    void theBuilderMarksErrorsWithTheirLineAndClearsThemWhenFixed() throws Exception {
        IProject p = ProjectCreation.create("lab", null, "lab", new NullProgressMonitor());
        Workbench.build();
        IFile f = Workbench.write(p, "cells/broken.cell", """
                package lab.cells

                cell Broken {
                    area 1 cm2
                    cathode LCX { loading 1.5 mAh/cm2 }
                    electrolyte { polymer PEO  salt LiTFSI { ratio EO:Li 20 }  thickness 5 V }
                    anode Li { thickness 50 um }
                }
                """);
        Workbench.build();
        IMarker[] markers = Workbench.problems(f);
        assertEquals(2, markers.length, () -> Workbench.describe(markers));
        // the same messages interphase check gives (tests/org.interphase.cli.tests/data/every-error.expected)
        assertEquals(5, markers[0].getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals("unknown material 'LCX'; did you mean LCO?", markers[0].getAttribute(IMarker.MESSAGE, ""));
        assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
        String text = new String(f.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int start = markers[0].getAttribute(IMarker.CHAR_START, -1);
        assertEquals("LCX", text.substring(start, markers[0].getAttribute(IMarker.CHAR_END, -1)), "the marker spans the name");
        assertEquals(6, markers[1].getAttribute(IMarker.LINE_NUMBER, -1));
        assertTrue(markers[1].getAttribute(IMarker.MESSAGE, "").startsWith("thickness must be a length"),
                markers[1].getAttribute(IMarker.MESSAGE, ""));
        assertNotNull(markers[0].getAttribute(InterphaseUi.ATTR_CODE), "the issue code is kept for quick fixes");

        Workbench.write(p, "cells/broken.cell", new String(f.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("LCX", "LCO").replace("5 V", "50 um"));
        Workbench.build();
        assertEquals(0, Workbench.problems(f).length, "fixed: the incremental build removed the markers");
    }

    @Test
    void filesOfAReferencedProjectResolveAndTheirChangesRecheckTheUsers() throws Exception {
        IProject library = ProjectCreation.create("library", null, "shared", new NullProgressMonitor());
        Workbench.write(library, "cells/materials.cell", """
                package shared.materials

                material ThickLi : anode based on Li { description "Lithium foil of the group's supplier." }
                """);
        IProject user = ProjectCreation.create("user", null, "user", new NullProgressMonitor());
        IFile cell = Workbench.write(user, "cells/foil.cell", """
                package user.foil

                import shared.materials.*

                cell Foil {
                    area 1 cm2
                    cathode LCO { loading 1.5 mAh/cm2 }
                    electrolyte { polymer PEO  salt LiTFSI { ratio EO:Li 20 }  thickness 50 um }
                    anode ThickLi { thickness 50 um }
                }
                """);
        Workbench.build();
        assertTrue(Workbench.problems(cell).length > 0, "without the project reference the import does not resolve");

        IProjectDescription d = user.getDescription();
        d.setReferencedProjects(new IProject[] { library });
        user.setDescription(d, null);
        Workbench.build();
        assertEquals(0, Workbench.problems(cell).length, () -> Workbench.describe(Workbench.problems(cell)));

        // a change in the library rechecks the project that uses it
        Workbench.write(library, "cells/materials.cell", """
                package shared.materials

                material OtherLi : anode based on Li { description "Renamed." }
                """);
        Workbench.build();
        assertEquals(1, Workbench.problems(cell).length, () -> Workbench.describe(Workbench.problems(cell)));
        assertEquals(9, Workbench.problems(cell)[0].getAttribute(IMarker.LINE_NUMBER, -1));
    }

    @Test
    void aNewCellFileChecksClean() throws Exception {
        IProject p = ProjectCreation.create("lab", null, "lab", new NullProgressMonitor());
        p.getFolder("cells/coated").create(true, true, null);
        IFile f = Workbench.write(p, "cells/coated/new.cell", "");
        Workbench.write(p, "cells/coated/new.cell", NewCellFileWizard.template(new Path("/lab/cells/coated"), "new.cell"));
        Workbench.build();
        assertEquals(0, Workbench.problems(f).length, () -> Workbench.describe(Workbench.problems(f)));
        assertTrue(new String(f.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .startsWith("package cells.coated\n"));
    }

    @Test
    void runStudyWritesResultsIntoTheProjectAndRefreshesIt() throws Exception {
        IProject p = ProjectCreation.create("lab", null, "lab", new NullProgressMonitor());
        Workbench.build();
        StudyRun run = new StudyRun(p.getFile("studies/example-study.cell"), null);
        run.schedule();
        IStatus status = Workbench.join(run, 300);
        assertTrue(status.isOK(), status::toString);
        assertEquals(1, run.results().size());
        // the same files as interphase run, visible in the workspace without a manual refresh
        for (String f : new String[] { "results/lab.studies.Example/ExampleLco/summary.json", "results/lab.studies.Example/ExampleLco/cycles.csv",
                "results/lab.studies.Example/ExampleLco/retention.png", "results/lab.studies.Example/report.html" }) {
            assertTrue(p.getFile(f).exists(), f);
        }
        // the example cycles 20 times (ProjectLayout's protocol) and completes
        assertEquals(20, run.results().get(0).getMetrics().getCyclesCompleted());
        assertEquals(0, run.cached());
    }

    @Test
    void runStudyServesAnUnchangedCellFromTheCache() throws Exception {
        IProject p = ProjectCreation.create("lab", null, "lab", new NullProgressMonitor());
        Workbench.build();
        StudyRun first = new StudyRun(p.getFile("studies/example-study.cell"), null);
        first.schedule();
        assertTrue(Workbench.join(first, 300).isOK());
        assertEquals(0, first.cached());
        java.nio.file.Path summary = p.getLocation().toFile().toPath().resolve("results/lab.studies.Example/ExampleLco/summary.json");
        byte[] before = java.nio.file.Files.readAllBytes(summary);
        // the same model again: served from results/, the files left as they were
        StudyRun second = new StudyRun(p.getFile("studies/example-study.cell"), null);
        second.schedule();
        assertTrue(Workbench.join(second, 300).isOK());
        assertEquals(1, second.cached());
        assertEquals(20, second.results().get(0).getMetrics().getCyclesCompleted());
        assertArrayEquals(before, java.nio.file.Files.readAllBytes(summary));
        // a changed protocol changes the cell's model: it runs again (10 cycles instead of 20)
        IFile protocol = p.getFile("protocols/example-protocol.cell");
        Workbench.write(p, "protocols/example-protocol.cell", new String(protocol.getContents().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("repeat 20 {", "repeat 10 {"));
        Workbench.build();
        StudyRun third = new StudyRun(p.getFile("studies/example-study.cell"), null);
        third.schedule();
        assertTrue(Workbench.join(third, 300).isOK());
        assertEquals(0, third.cached());
        assertEquals(10, third.results().get(0).getMetrics().getCyclesCompleted());
    }

    @Test
    void aCancelledRunLeavesNothingHalfWritten() throws Exception {
        IProject p = ProjectCreation.create("lab", null, "lab", new NullProgressMonitor());
        // a 20000 h rest and then cycles until the 50 um foil is used up (cycle ~290): seconds of engine time, far
        // longer than the test waits before cancelling it. (20000 cycles alone no longer were: since the sixth speed
        // pass the multi-rate engine reaches the foil's end in about a second, and the run finished before its cancel.)
        IFile protocol = p.getFile("protocols/example-protocol.cell");
        Workbench.write(p, "protocols/example-protocol.cell", new String(protocol.getContents().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("repeat 20 {", "rest for 20000 h\n    repeat 20000 {"));
        Workbench.build();
        StudyRun run = new StudyRun(p.getFile("studies/example-study.cell"), null);
        run.schedule();
        Workbench.waitUntil(() -> run.getState() == org.eclipse.core.runtime.jobs.Job.RUNNING, 60);
        Thread.sleep(200);
        run.cancel();
        IStatus status = Workbench.join(run, 120);
        assertEquals(IStatus.CANCEL, status.getSeverity(), status::toString);
        p.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);
        assertFalse(p.getFolder("results/lab.studies.Example").exists(), "no result of a cancelled run");
        java.nio.file.Path results = p.getLocation().toFile().toPath().resolve("results");
        try (var files = java.nio.file.Files.walk(results)) {
            // results/.lock stays (the output folder's lock, docs/results.md); no staging folder does
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".partial-")
                    || f.getFileName().toString().startsWith(".old-")), "no folder is left half-written");
        }
    }

    @Test
    void aStudyFileWithErrorsRunsNothingAndSaysWhy() throws Exception {
        IProject p = ProjectCreation.create("broken", null, "broken", new NullProgressMonitor());
        IFile study = p.getFile("studies/example-study.cell");
        Workbench.write(p, "studies/example-study.cell", new String(study.getContents().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("cell ExampleLco", "cell NoSuchCell"));
        Workbench.build();
        StudyRun run = new StudyRun(study, null);
        run.schedule();
        IStatus status = Workbench.join(run, 120);
        // a user's mistake: INFO, so that the workbench shows no error dialog and logs no error (AfterRunTest)
        assertEquals(IStatus.INFO, status.getSeverity());
        assertTrue(status.getMessage().startsWith("nothing was run: example-study.cell has 1 error"), status.getMessage());
        assertFalse(p.getFolder("results/broken.studies.Example").exists());
    }

    @Test
    void theLaunchConfigurationRunsTheStudy() throws Exception {
        IProject p = ProjectCreation.create("lab", null, "lab", new NullProgressMonitor());
        Workbench.build();
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy copy = manager.getLaunchConfigurationType(InterphaseUi.LAUNCH_TYPE)
                .newInstance(null, "example");
        copy.setAttribute(StudyLaunchDelegate.ATTR_FILE, "/lab/studies/example-study.cell");
        copy.setAttribute(StudyLaunchDelegate.ATTR_STUDY, "Example");
        ILaunchConfiguration config = copy.doSave();
        config.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        Workbench.waitUntil(() -> org.eclipse.core.runtime.jobs.Job.getJobManager().find(StudyRun.FAMILY).length == 0
                && p.getFile("results/lab.studies.Example/ExampleLco/summary.json").exists(), 300);
        config.delete();
    }
}
