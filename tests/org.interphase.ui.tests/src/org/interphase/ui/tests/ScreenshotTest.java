package org.interphase.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.interphase.ui.InterphaseUi;
import org.interphase.ui.internal.run.StudyRun;
import org.interphase.ui.internal.wizards.ProjectCreation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Pictures of the workbench for README and docs/workbench.md: the editor with markers, the result
 * editor with the charts of a real run, the stack view. Runs only when {@code interphase.screenshots}
 * names a folder (releng/scripts/screenshots.sh); skipped in the normal build.
 */
class ScreenshotTest {

    @Test
    void screenshots() throws Exception {
        Path out = Screenshots.folder();
        Assumptions.assumeTrue(out != null, "screenshots are taken by releng/scripts/screenshots.sh only");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(InterphaseUi.PERSPECTIVE_ID));
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1500, 940);

        IProject p = ProjectCreation.create("coatings", null, "coatings", new NullProgressMonitor());
        Path examples = Path.of(System.getProperty("interphase.examples"));
        String coatings = Files.readString(examples.resolve("coatings.cell"), StandardCharsets.UTF_8);
        IFile study = Workbench.write(p, "studies/coatings.cell", coatings);
        // coatings.cell imports lab.baseline.BareLco, which imports lab.materials.*
        for (String other : new String[] { "lco-baseline.cell", "materials.cell" }) {
            Workbench.write(p, "cells/" + other, Files.readString(examples.resolve(other), StandardCharsets.UTF_8));
        }
        // a copy with two typical mistakes, to show the markers
        IFile draft = Workbench.write(p, "cells/draft.cell", """
                // A draft: two mistakes the checker finds while typing
                package coatings.draft

                cell Draft {
                    area 1 cm2
                    cathode LCX { loading 2 mAh/cm2  coating LAGP { thickness 20 nm } }
                    electrolyte {
                        polymer PEO { end group methoxy }
                        salt LiTFSI { ratio EO:Li 20 }
                        thickness 50 V
                    }
                    anode Li { thickness 50 um }
                }
                """);
        Workbench.build();
        var explorer = page.showView("org.eclipse.ui.navigator.ProjectExplorer");
        if (explorer instanceof ISetSelectionTarget t) {
            t.selectReveal(new StructuredSelection(draft));
        }
        var editor = IDE.openEditor(page, draft);
        page.showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW);
        page.activate(editor);
        // the live check draws the annotations, the semantic colours and the outline
        Workbench.waitUntil(() -> org.interphase.ui.editor.CellEditors.isChecked(editor), 120);
        Screenshots.capture(shell, "workbench-editor.png");

        StudyRun run = new StudyRun(study, "CoatingComparison");
        run.schedule();
        IStatus status = Workbench.join(run, 600);
        assertTrue(status.isOK(), status::toString);
        IFile summary = p.getFile("results/lab.coatings.CoatingComparison/LagpLco/summary.json");
        assertTrue(summary.exists());
        // the run opens its results by itself (AfterRunTest); the picture shows the study folder's editor instead
        Workbench.waitUntil(() -> java.util.Arrays.stream(page.getEditorReferences())
                .anyMatch(r -> r.getId().equals(org.interphase.ui.results.ResultsUi.EDITOR_ID)), 60);
        page.closeAllEditors(false);
        var results = org.interphase.ui.results.ResultsUi.open(page, p.getFolder("results/lab.coatings.CoatingComparison"));
        org.interphase.ui.results.ResultsUi.showPage(results, "Capacity Retention");
        org.interphase.ui.results.ResultsUi.selectCell(results, "LagpLco");
        Screenshots.capture(shell, "workbench-results.png");
        page.showView(InterphaseUi.STACK_VIEW_ID);
        page.activate(results);
        Screenshots.capture(shell, "workbench-stack.png");
    }
}
