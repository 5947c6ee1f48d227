package org.interphase.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.interphase.ui.InterphaseUi;
import org.interphase.ui.internal.run.StudyRun;
import org.interphase.ui.internal.wizards.ProjectCreation;
import org.interphase.ui.results.ResultsUi;
import org.interphase.ui.results.internal.StackLayout;
import org.interphase.ui.results.internal.StackView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Cell Stack view (issue 17 item 5): nothing overlaps at 300, 600 and 1200 px, the view is in
 * the Interphase perspective, and its memento brings back its cell and cycle after a restart.
 * With {@code interphase.screenshots} set, the three widths are written to docs/images.
 */
class StackViewTest {

    private static IProject project;

    @BeforeAll
    static void runTheExample() throws Exception {
        // the example cell with a 20 nm coating and a filler: cathode, coating, PEO + LLZTO, lithium,
        // nanometres beside micrometres and the longest labels
        project = ProjectCreation.create("stack", null, "stack", new NullProgressMonitor());
        String cell = new String(project.getFile("cells/example-cell.cell").getContents().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
                .replace("carbon 5 wt%", "carbon 5 wt%\n        coating LAGP { thickness 20 nm  coverage 95 %  method ball_milling }")
                .replace("salt LiTFSI { ratio EO:Li 20 }", "salt LiTFSI { ratio EO:Li 20 }\n        filler LLZTO { fraction 20 wt%  particle size 400 nm }");
        Workbench.write(project, "cells/example-cell.cell", cell);
        Workbench.build();
        StudyRun run = new StudyRun(project.getFile("studies/example-study.cell"), null);
        run.schedule();
        IStatus status = Workbench.join(run, 600);
        assertTrue(status.isOK(), status::toString);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        page().closeAllEditors(false);
        Workbench.delete("stack");
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static StackView stackOfTheExample() throws Exception {
        IEditorPart results = ResultsUi.open(page(), project.getFolder("results/stack.studies.Example"));
        ResultsUi.selectCell(results, "ExampleLco");
        StackView stack = (StackView) page().showView(ResultsUi.STACK_VIEW_ID);
        page().activate(results);
        Workbench.waitUntil(() -> stack.cell() != null, 30);
        return stack;
    }

    @Test
    void nothingOverlapsAt300And600And1200Pixels() throws Exception {
        StackView stack = stackOfTheExample();
        assertEquals(4, stack.layerCount(), "cathode, coating, electrolyte, anode");
        for (int width : new int[] { 300, 600, 1200 }) {
            Shell shell = new Shell(PlatformUI.getWorkbench().getDisplay(), SWT.NO_TRIM);
            try {
                shell.setLayout(new FillLayout());
                Canvas canvas = new Canvas(shell, SWT.DOUBLE_BUFFERED);
                StackLayout[] drawn = new StackLayout[1];
                canvas.addPaintListener(e -> drawn[0] = StackView.draw(e.gc, canvas.getClientArea(), stack.picture(), stack.row()));
                shell.setBounds(0, 0, width, 420);
                shell.open();
                Workbench.waitUntil(() -> drawn[0] != null, 10);
                Rectangle area = canvas.getClientArea();
                assertEquals(width, area.width);
                assertEquals(java.util.List.of(), drawn[0].overlaps(width), "at " + width + " px");
                assertTrue(drawn[0].height() <= 420 || width == 300, "the rows fit 420 px at " + width + " px");
                // every layer has its legend row, with its name
                long legend = drawn[0].items().stream().filter(i -> i.kind() == StackLayout.Kind.TEXT && i.text() != null
                        && i.text().matches("\\d+  .*")).count();
                assertEquals(stack.layerCount(), legend);
                if (Screenshots.folder() != null) {
                    // drawn off screen by the view's own drawing, so that no other window can cover it
                    org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(shell.getDisplay(), width, 420);
                    org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
                    try {
                        StackView.draw(gc, new Rectangle(0, 0, width, 420), stack.picture(), stack.row());
                        Screenshots.save(image, "workbench-stack-" + width + ".png");
                    } finally {
                        gc.dispose();
                        image.dispose();
                    }
                }
            } finally {
                shell.dispose();
            }
        }
        // the view itself, at the width the perspective gives it
        Workbench.waitUntil(() -> stack.lastLayout() != null, 10);
        assertEquals(java.util.List.of(), stack.lastLayout().overlaps(Integer.MAX_VALUE));
    }

    @Test
    void theViewIsInTheInterphasePerspective() throws Exception {
        page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(InterphaseUi.PERSPECTIVE_ID));
        page().resetPerspective();
        IViewReference ref = page().findViewReference(InterphaseUi.STACK_VIEW_ID);
        assertNotNull(ref, "the Cell Stack view is in the perspective, not only a placeholder for it");
    }

    @Test
    void itsMementoBringsBackTheCellAndTheCycle() throws Exception {
        StackView stack = stackOfTheExample();
        int[] cycles = stack.picture().cycles();
        int chosen = cycles[cycles.length / 2];
        assertNotEquals(cycles[cycles.length - 1], chosen);
        stack.setCycle(chosen);
        XMLMemento saved = XMLMemento.createWriteRoot("view");
        stack.saveState(saved);
        StringWriter text = new StringWriter();
        saved.save(text);

        // as after a restart: no result editor open, a new view; the workbench keeps the memento of a
        // hidden view and gives it to the new one, as it does on a restart
        page().closeAllEditors(false);
        page().hideView(stack);
        StackView fresh = (StackView) page().showView(ResultsUi.STACK_VIEW_ID);
        assertNotEquals(stack, fresh);
        assertNotNull(fresh.cell(), "the new view shows the cell of its memento, with no result editor open");
        assertEquals("ExampleLco", fresh.cell().cell());
        assertEquals(chosen, fresh.cycle(), "the cycle chosen before");
        // the memento as written to disk, read back
        fresh.setCycle(cycles[cycles.length - 1]);
        assertTrue(fresh.restore(XMLMemento.createReadRoot(new StringReader(text.toString()))));
        assertEquals(chosen, fresh.cycle());
        // results deleted since: the memento restores nothing and the view does not fail
        XMLMemento gone = XMLMemento.createReadRoot(new StringReader(text.toString().replace("stack.studies.Example", "nothing.here")));
        assertFalse(fresh.restore(gone));
    }
}
