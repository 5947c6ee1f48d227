package org.interphase.ui.editor.internal;

import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The editor's commands, one handler for all of them (plugin.xml binds each command id to this
 * class): each command runs on the active cell editor.
 */
public final class Handlers extends AbstractHandler {

    private static final String PREFIX = "org.interphase.ui.editor.";

    /** What each command does, by the last part of its id. */
    private static final Map<String, BiConsumer<CellEditor, ExecutionEvent>> COMMANDS = Map.of(
            "format", (e, event) -> e.format(), // Ctrl+Shift+F
            "toggleComment", (e, event) -> e.toggleComment(), // Ctrl+/
            "openDeclaration", (e, event) -> e.openDeclaration(), // F3, context menu, Navigate menu
            "quickOutline", (e, event) -> e.quickOutline(), // Ctrl+O
            "rename", Handlers::rename, // Alt+Shift+R
            "references", Handlers::references); // Ctrl+Shift+G

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String id = event.getCommand() == null ? "" : event.getCommand().getId();
        BiConsumer<CellEditor, ExecutionEvent> command = COMMANDS.get(id.startsWith(PREFIX) ? id.substring(PREFIX.length()) : id);
        if (command == null) {
            throw new ExecutionException("no cell editor command '" + id + "'");
        }
        if (HandlerUtil.getActiveEditor(event) instanceof CellEditor e) {
            command.accept(e, event);
        }
        return null;
    }

    /** Rename: the name at the caret, everywhere it is used, with a preview. */
    private static void rename(CellEditor e, ExecutionEvent event) {
        CellRename rename = nameAtCaret(e, "rename it");
        if (rename == null) {
            return;
        }
        try {
            new org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation(new CellRenameWizard(rename))
                    .run(HandlerUtil.getActiveShell(event), rename.getName());
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
        }
    }

    /** Find References: every use of the name at the caret, in the Search view. */
    private static void references(CellEditor e, ExecutionEvent event) {
        CellRename at = nameAtCaret(e, "find its uses");
        if (at != null) {
            org.eclipse.search.ui.NewSearchUI.runQueryInBackground(new CellReferences(e.file(), e.caret(), at.oldName()));
        }
    }

    /** The name at the caret of a saved file's editor, or null with a word in the status line of what to do. */
    private static CellRename nameAtCaret(CellEditor e, String purpose) {
        if (e.file() == null) {
            return null;
        }
        CellRename rename = new CellRename(e.file(), e.indexedSnapshot(), e.caret());
        if (rename.oldName() == null) {
            e.status("Put the caret on the name of a material, cell, protocol, study or sweep to " + purpose + ".");
            return null;
        }
        return rename;
    }
}
