package org.interphase.ui.editor.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.edits.TextEditGroup;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.ide.index.CellIndex.Occurrence;
import org.interphase.dsl.ide.services.Descriptions;

/**
 * Rename (Alt+Shift+R) as an Eclipse refactoring: the edits come from the workbench's index (Xtext's
 * rename service, the one {@code textDocument/rename} uses), across files and projects; the wizard
 * shows them per file in its preview before anything changes, and Undo takes them back.
 */
public final class CellRename extends Refactoring {

    private final IFile file;
    private final int offset;
    private final String oldName;
    private String newName;
    private List<Occurrence> edits = List.of();

    /**
     * @param snapshot the editor's text through the index (so that its unsaved text is what is renamed)
     * @param offset   the caret, on a declaration's name or a reference
     */
    public CellRename(IFile file, CellSnapshot snapshot, int offset) {
        this.file = file;
        this.offset = offset;
        EObject element = new EObjectAtOffsetHelper().resolveElementAt(snapshot.resource(), offset);
        this.oldName = element == null || element.eIsProxy() ? null : Descriptions.name(element);
        this.newName = oldName;
    }

    /** The name being renamed, or null when the caret is on nothing renamable. */
    public String oldName() {
        return oldName;
    }

    public void setNewName(String name) {
        this.newName = name == null ? null : name.strip();
    }

    /** Whether a name is one the language takes: a letter or _, then letters, digits and _. */
    public static String problem(String name, String old) {
        if (name == null || name.isEmpty()) {
            return "Type the new name.";
        }
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return "'" + name + "' is not a name: a letter or _, then letters, digits or _.";
        }
        return name.equals(old) ? "The new name is the old one." : null;
    }

    @Override
    public String getName() {
        return "Rename " + (oldName == null ? "" : "'" + oldName + "'");
    }

    @Override
    public RefactoringStatus checkInitialConditions(IProgressMonitor pm) {
        if (file == null || !WorkbenchIndex.covers(file)) {
            return RefactoringStatus.createFatalErrorStatus("Only the files of an open project can be renamed in.");
        }
        return oldName == null
                ? RefactoringStatus.createFatalErrorStatus(
                        "Put the caret on the name of a material, cell, protocol, study or sweep to rename it.")
                : new RefactoringStatus();
    }

    @Override
    public RefactoringStatus checkFinalConditions(IProgressMonitor pm) {
        String problem = problem(newName, oldName);
        if (problem != null) {
            return RefactoringStatus.createFatalErrorStatus(problem);
        }
        try {
            edits = WorkbenchIndex.get().rename(WorkbenchIndex.uri(file), offset, newName,
                    pm == null ? CancelIndicator.NullImpl : pm::isCanceled);
        } catch (IllegalArgumentException e) {
            return RefactoringStatus.createFatalErrorStatus(e.getMessage());
        }
        for (Occurrence o : edits) {
            if (fileOf(o.uri()) == null) {
                return RefactoringStatus.createFatalErrorStatus("'" + oldName + "' is also used in " + o.uri().toFileString()
                        + ", which is outside the workspace's projects: rename it there by hand first.");
            }
        }
        return edits.isEmpty() ? RefactoringStatus.createFatalErrorStatus("There is nothing to rename at the caret.")
                : new RefactoringStatus();
    }

    @Override
    public Change createChange(IProgressMonitor pm) {
        Map<IFile, TextFileChange> changes = new LinkedHashMap<>();
        for (Occurrence o : edits) {
            IFile f = fileOf(o.uri());
            TextFileChange change = changes.computeIfAbsent(f, k -> {
                TextFileChange c = new TextFileChange(k.getFullPath().makeRelative().toString(), k);
                c.setEdit(new MultiTextEdit());
                c.setTextType("cell");
                return c;
            });
            ReplaceEdit edit = new ReplaceEdit(o.offset(), o.length(), o.replacement());
            change.getEdit().addChild(edit);
            change.addTextEditGroup(new TextEditGroup("line " + o.line() + ": " + oldName + " \u2192 " + newName, edit));
        }
        CompositeChange all = new CompositeChange("Rename '" + oldName + "' to '" + newName + "'");
        changes.values().forEach(all::add);
        return all;
    }

    /** The edits the last check computed (for tests). */
    public List<Occurrence> edits() {
        return edits;
    }

    private static IFile fileOf(URI uri) {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(java.net.URI.create(uri.toString()));
        return files.length == 0 ? null : files[0];
    }
}
