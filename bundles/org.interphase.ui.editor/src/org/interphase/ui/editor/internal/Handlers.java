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
}
