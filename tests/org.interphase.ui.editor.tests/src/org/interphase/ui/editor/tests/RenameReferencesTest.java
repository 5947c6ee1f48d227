package org.interphase.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.search.ui.ISearchResultViewPart;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.interphase.ui.editor.internal.CellEditor;
import org.interphase.ui.editor.internal.CellReferences;
import org.interphase.ui.editor.internal.CellRename;
import org.interphase.ui.internal.wizards.ProjectCreation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rename with its preview and find references into the Search view, across files and projects
 * ({@code user} references {@code shared}), and the index's dirty state: one editor's unsaved text
 * is what another editor's check sees.
 */
class RenameReferencesTest {

    static final String MATERIALS = """
            package shared.materials

            // the group's own lithium
            material ThickLi : anode based on Li { description "Lithium foil of the group's supplier." }
            """;

    static final String FOIL = """
            package user.foil

            import shared.materials.*

            cell Foil {
                area 1 cm2
                cathode LCO { loading 1.5 mAh/cm2 }
                electrolyte { polymer PEO  salt LiTFSI { ratio EO:Li 20 }  thickness 50 um }
                anode ThickLi { thickness 50 um }
            }

            cell Foil2 {
                area 1 cm2
                cathode LCO { loading 1.5 mAh/cm2 }
                electrolyte { polymer PEO  salt LiTFSI { ratio EO:Li 20 }  thickness 50 um }
                anode ThickLi { thickness 30 um }
            }
            """;

    IFile materials;
    IFile foil;

    @BeforeEach
    void projects() throws Exception {
        IProject shared = ProjectCreation.create("renshared", null, "renshared", new NullProgressMonitor());
        materials = Editors.write(shared, "cells/materials.cell", MATERIALS);
        IProject user = ProjectCreation.create("renuser", null, "renuser", new NullProgressMonitor());
        IProjectDescription d = user.getDescription();
        d.setReferencedProjects(new IProject[] { shared });
        user.setDescription(d, null);
        foil = Editors.write(user, "cells/foil.cell", FOIL);
        Editors.build();
    }

    @AfterEach
    void cleanUp() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        Editors.delete("renuser");
        Editors.delete("renshared");
    }

    private static CellEditor open(IFile file) throws Exception {
        CellEditor editor = assertInstanceOf(CellEditor.class, org.interphase.ui.editor.CellEditors.open(file));
        Editors.reconciled(editor);
        return editor;
    }

    @Test
    void renameShowsEveryEditPerFileInItsPreviewThenChangesBothProjects() throws Exception {
        CellEditor editor = open(foil);
        assertEquals(List.of(), Editors.problems(editor));
        int use = FOIL.indexOf("ThickLi") + 3;
        CellRename rename = new CellRename(foil, editor.indexedSnapshot(), use);
        assertEquals("ThickLi", rename.oldName());
        assertTrue(rename.checkInitialConditions(new NullProgressMonitor()).isOK());

        rename.setNewName("2Li");
        assertTrue(rename.checkFinalConditions(new NullProgressMonitor()).hasFatalError(), "not a name");
        rename.setNewName("SupplierLi");
        RefactoringStatus status = rename.checkFinalConditions(new NullProgressMonitor());
        assertTrue(status.isOK(), status.toString());

        // what the preview lists: one change per file, one edit group per line changed
        CompositeChange change = assertInstanceOf(CompositeChange.class, rename.createChange(new NullProgressMonitor()));
        assertEquals("Rename 'ThickLi' to 'SupplierLi'", change.getName());
        List<String> files = Arrays.stream(change.getChildren()).map(Change::getName).sorted().toList();
        assertEquals(List.of("renshared/cells/materials.cell", "renuser/cells/foil.cell"), files);
        for (Change c : change.getChildren()) {
            TextFileChange t = (TextFileChange) c;
            List<String> groups = Arrays.stream(t.getTextEditChangeGroups()).map(g -> g.getName()).toList();
            if (t.getFile().equals(foil)) {
                assertEquals(List.of("line 9: ThickLi \u2192 SupplierLi", "line 16: ThickLi \u2192 SupplierLi"), groups);
                assertEquals(FOIL.replace("ThickLi", "SupplierLi"), t.getPreviewContent(new NullProgressMonitor()));
            } else {
                assertEquals(List.of("line 4: ThickLi \u2192 SupplierLi"), groups);
                assertEquals(MATERIALS.replace("ThickLi", "SupplierLi"), t.getPreviewContent(new NullProgressMonitor()));
            }
        }

        Change undo = change.perform(new NullProgressMonitor());
        assertEquals(FOIL.replace("ThickLi", "SupplierLi"), Editors.document(editor).get(), "the open editor changed");
        assertEquals(MATERIALS.replace("ThickLi", "SupplierLi"), new String(materials.getContents().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8), "the other project's file changed on disk");
        Editors.reconciled(editor);
        Editors.waitUntil(() -> Editors.problems(editor).isEmpty(), 60);

        undo.perform(new NullProgressMonitor());
        assertEquals(FOIL, Editors.document(editor).get(), "undo takes the rename back");
    }

    @Test
    void renameOfABuiltInMaterialIsRefusedWithAReason() throws Exception {
        CellEditor editor = open(foil);
        CellRename rename = new CellRename(foil, editor.indexedSnapshot(), FOIL.indexOf("LCO") + 1);
        assertEquals("LCO", rename.oldName());
        rename.setNewName("MyLCO");
        RefactoringStatus status = rename.checkFinalConditions(new NullProgressMonitor());
        assertTrue(status.hasFatalError());
        assertTrue(status.getMessageMatchingSeverity(RefactoringStatus.FATAL).contains("built-in material library"),
                status.toString());
    }

    @Test
    void findReferencesFromTheKeyBindingFillsTheSearchView() throws Exception {
        CellEditor editor = open(materials);
        editor.selectAndReveal(MATERIALS.indexOf("ThickLi") + 1, 0);
        NewSearchUI.activateSearchResultView();
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().activate(editor);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.interphase.ui.editor.references", null);
        ISearchResultViewPart view = NewSearchUI.getSearchResultView();
        Editors.waitUntil(() -> view.getActivePage() instanceof AbstractTextSearchViewPage p
                && p.getInput() instanceof CellReferences.Result r && r.getMatchCount() == 3
                && !NewSearchUI.isQueryRunning(r.getQuery()), 120);
        AbstractTextSearchViewPage page = (AbstractTextSearchViewPage) view.getActivePage();
        assertInstanceOf(org.interphase.ui.editor.internal.CellReferencesPage.class, page, "the references' own page");
        CellReferences.Result result = (CellReferences.Result) page.getInput();
        assertEquals("'ThickLi' - 3 references in the workspace", result.getLabel());
        assertEquals(List.of(MATERIALS.indexOf("ThickLi")), Arrays.stream(result.getMatches(materials)).map(Match::getOffset).toList(),
                "the declaration");
        assertEquals(List.of(FOIL.indexOf("ThickLi"), FOIL.lastIndexOf("ThickLi")),
                Arrays.stream(result.getMatches(foil)).map(Match::getOffset).sorted().toList(), "both uses in the other project");
        assertTrue(Arrays.stream(result.getMatches(foil)).allMatch(m -> m.getLength() == "ThickLi".length()));
    }

    @Test
    void oneEditorsUnsavedTextIsSeenByTheCheckOfAnother() throws Exception {
        CellEditor user = open(foil);
        CellEditor shared = open(materials);
        assertEquals(List.of(), Editors.problems(user));
        // rename the material in the other project's editor, without saving
        Editors.type(shared, MATERIALS.replace("ThickLi", "FoilLi"));
        Editors.waitUntil(() -> Editors.problems(user).stream().anyMatch(p -> p.error() && p.message().contains("ThickLi")), 60);
        assertTrue(shared.isDirty(), "nothing was saved");
        // and back: the error goes
        Editors.type(shared, MATERIALS);
        Editors.waitUntil(() -> Editors.problems(user).isEmpty(), 60);
        // closing the editor without saving: the disk's text counts again (it was never changed)
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeEditor(shared, false);
    }
}
