package org.interphase.ui.editor.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** The editor's commands. */
public final class Handlers {

    private Handlers() {
    }

    /** Format (Ctrl+Shift+F). */
    public static final class Format extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            if (HandlerUtil.getActiveEditor(event) instanceof CellEditor e) {
                e.format();
            }
            return null;
        }
    }

    /** Toggle Comment (Ctrl+/). */
    public static final class ToggleComment extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            if (HandlerUtil.getActiveEditor(event) instanceof CellEditor e) {
                e.toggleComment();
            }
            return null;
        }
    }

    /** Open Declaration (F3, context menu, Navigate menu): the declaration of the name at the caret. */
    public static final class OpenDeclaration extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            if (HandlerUtil.getActiveEditor(event) instanceof CellEditor e) {
                e.openDeclaration();
            }
            return null;
        }
    }

    /** Quick Outline (Ctrl+O). */
    public static final class QuickOutline extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            if (HandlerUtil.getActiveEditor(event) instanceof CellEditor e) {
                e.quickOutline();
            }
            return null;
        }
    }

    /** Rename (Alt+Shift+R): the name at the caret, everywhere it is used, with a preview. */
    public static final class Rename extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            if (HandlerUtil.getActiveEditor(event) instanceof CellEditor e && e.file() != null) {
                CellSnapshot s = e.indexedSnapshot();
                CellRename rename = new CellRename(e.file(), s, e.caret());
                if (rename.oldName() == null) {
                    e.status("Put the caret on the name of a material, cell, protocol, study or sweep to rename it.");
                    return null;
                }
                try {
                    new org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation(new CellRenameWizard(rename))
                            .run(HandlerUtil.getActiveShell(event), rename.getName());
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                }
            }
            return null;
        }
    }

    /** Find References (Ctrl+Shift+G): every use of the name at the caret, in the Search view. */
    public static final class References extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            if (HandlerUtil.getActiveEditor(event) instanceof CellEditor e && e.file() != null) {
                CellSnapshot s = e.indexedSnapshot();
                String name = new CellRename(e.file(), s, e.caret()).oldName();
                if (name == null) {
                    e.status("Put the caret on the name of a material, cell, protocol, study or sweep to find its uses.");
                    return null;
                }
                org.eclipse.search.ui.NewSearchUI.runQueryInBackground(new CellReferences(e.file(), e.caret(), name));
            }
            return null;
        }
    }
}
