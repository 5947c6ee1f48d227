package org.interphase.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.interphase.ui.editor.internal.CellEditor;
import org.interphase.ui.internal.wizards.ProjectCreation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Folding (each block of more than one line folds, folding hides its lines) and the Quick Outline. */
class FoldingTest {

    static final String TEXT = """
            package scratch.folding

            /* a comment
               over two lines */
            cell Mine {
                area 1 cm2
                cathode LCO { loading 1.5 mAh/cm2 }
                electrolyte { polymer PEO  salt LiTFSI { ratio EO:Li 20 }  thickness 50 um }
                anode Li { thickness 50 um }
            }

            protocol Slow {
                temperature 60 °C
                repeat 2 {
                    charge at C/5 until 4.2 V
                    discharge at C/5 until 3.0 V
                }
            }
            """;

    @AfterEach
    void cleanUp() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        Editors.delete("folding");
    }

    /** The text of each whole-line range "first line .. last line" of the folding annotations. */
    private static List<String> folds(CellEditor editor) {
        var model = editor.foldingModel();
        List<String> folds = new ArrayList<>();
        for (var it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof ProjectionAnnotation a) {
                Position p = model.getPosition(a);
                String[] lines = TEXT.substring(p.getOffset(), p.getOffset() + p.getLength()).strip().split("\n");
                folds.add(lines[0].strip() + " .. " + lines[lines.length - 1].strip());
            }
        }
        folds.sort(null);
        return folds;
    }

    @Test
    void everyBlockOfSeveralLinesFolds() throws Exception {
        IProject p = ProjectCreation.create("folding", null, "scratch", new NullProgressMonitor());
        IFile f = Editors.write(p, "scratch/folds.cell", TEXT);
        Editors.build();
        CellEditor editor = assertInstanceOf(CellEditor.class,
                IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), f));
        Editors.reconciled(editor);
        assertNotNull(editor.foldingModel(), "the editor's viewer folds");
        Editors.waitUntil(() -> !folds(editor).isEmpty(), 20);
        List<String> folds = folds(editor);
        assertTrue(folds.contains("cell Mine { .. }"), folds::toString);
        assertTrue(folds.contains("protocol Slow { .. }"), folds::toString);
        assertTrue(folds.contains("repeat 2 { .. }"), folds::toString);
        assertTrue(folds.contains("/* a comment .. over two lines */"), folds::toString);
        // collapsing the cell hides its lines but the first
        var model = editor.foldingModel();
        int lines = editor.viewer().getTextWidget().getLineCount();
        for (var it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof ProjectionAnnotation a
                    && TEXT.substring(model.getPosition(a).getOffset()).startsWith("cell Mine")) {
                model.collapse(a);
            }
        }
        assertEquals(lines - 5, editor.viewer().getTextWidget().getLineCount());
    }

    @Test
    void quickOutlineFiltersAsOneTypesAndGoesToTheEntry() throws Exception {
        IProject p = ProjectCreation.create("folding", null, "scratch", new NullProgressMonitor());
        IFile f = Editors.write(p, "scratch/folds.cell", TEXT);
        Editors.build();
        CellEditor editor = assertInstanceOf(CellEditor.class,
                IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), f));
        Editors.reconciled(editor);
        var popup = editor.quickOutline();
        try {
            assertEquals(List.of("Mine", "Slow"), popup.shown().stream().map(n -> n.label()).toList());
            popup.setFilter("SLO");
            assertEquals(List.of("Slow"), popup.shown().stream().map(n -> n.label()).toList());
            popup.goToSelected();
        } finally {
            popup.close();
        }
        var selection = (org.eclipse.jface.text.ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals("Slow", selection.getText());
    }
}
