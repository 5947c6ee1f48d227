package org.interphase.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.interphase.dsl.workspace.CellWorkspace;
import org.interphase.model.Material;
import org.interphase.ui.editor.internal.CellEditor;
import org.interphase.ui.editor.internal.CellOutlinePage;
import org.interphase.ui.editor.internal.Navigation;
import org.interphase.ui.editor.internal.OutlineTree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A built-in library file opened by F3 has its outline (issue 16: it was empty). */
class LibraryFileTest {

    @AfterEach
    void cleanUp() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }

    @Test
    void theLibraryFileOpenedByF3HasItsOutline() throws Exception {
        var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Material lco = new CellWorkspace().libraryMaterials().stream().filter(m -> m.getName().equals("LCO"))
                .findFirst().orElseThrow();
        CellEditor editor = assertInstanceOf(CellEditor.class, Navigation.open(page, lco));
        page.showView(IPageLayout.ID_OUTLINE);
        Editors.reconciled(editor);
        CellOutlinePage outline = assertInstanceOf(CellOutlinePage.class, editor.getAdapter(IContentOutlinePage.class));
        assertNotNull(outline);
        Editors.waitUntil(() -> !outline.roots().isEmpty(), 30);
        List<String> labels = outline.roots().stream().map(OutlineTree.Node::label).toList();
        // bundles/org.interphase.materials/library/cathodes.cell declares LCO first, then the NCMs and LFP
        assertEquals("LCO : cathode", labels.get(0), labels::toString);
        assertTrue(labels.containsAll(List.of("NCM111 : cathode", "NCM811 : cathode", "LFP : cathode")), labels::toString);
    }
}
