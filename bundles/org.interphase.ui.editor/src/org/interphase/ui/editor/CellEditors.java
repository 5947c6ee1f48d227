package org.interphase.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.interphase.ui.editor.internal.CellEditor;

/** Identifiers of the cell editor, and opening a file in it (for other bundles, tests and screenshots). */
public final class CellEditors {

    /** The cell editor, the default editor of {@code .cell} files. */
    public static final String EDITOR_ID = "org.interphase.ui.editor.cell";

    /** The content type of {@code .cell} files. */
    public static final String CONTENT_TYPE_ID = "org.interphase.cell";

    /** The editor's key binding context (child of the text editor context). */
    public static final String CONTEXT_ID = "org.interphase.ui.editor.scope";

    private CellEditors() {
    }

    /**
     * True when a cell editor shows the problems, outline and highlighting of its current text (its
     * check has run since the last change). Screenshots and tests spin the event loop until then.
     */
    public static boolean isChecked(IEditorPart editor) {
        return editor instanceof CellEditor cell && cell.getDocumentProvider() != null
                && cell.getDocumentProvider().getDocument(cell.getEditorInput()) != null
                && cell.getDocumentProvider().getDocument(cell.getEditorInput()).get().equals(cell.reconciledText());
    }

    /** Opens a file in the cell editor of the active page (UI thread) and returns the editor. */
    public static ITextEditor open(IFile file) throws PartInitException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        return (ITextEditor) IDE.openEditor(page, file, EDITOR_ID, true);
    }
}
