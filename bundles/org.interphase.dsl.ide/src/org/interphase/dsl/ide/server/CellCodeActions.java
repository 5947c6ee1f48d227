package org.interphase.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.interphase.dsl.ide.services.QuickFixes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * Code actions: the quick fixes of the diagnostics the client sends back (close matches of an
 * unknown material, the units of the dimension a quantity needs), from the issue code and data
 * the validator attached, through the same {@link QuickFixes} as the workbench editor.
 */
public class CellCodeActions implements ICodeActionService2 {

    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        Document document = options.getDocument();
        if (document == null && options.getLanguageServerAccess() != null) {
            // Xtext 2.42 passes the document only through the server access
            document = options.getLanguageServerAccess().doSyncRead(options.getURI(), context -> context.getDocument());
        }
        if (document == null) {
            return actions;
        }
        for (Diagnostic d : options.getCodeActionParams().getContext().getDiagnostics()) {
            String code = d.getCode() == null ? null : d.getCode().isLeft() ? d.getCode().getLeft()
                    : String.valueOf(d.getCode().getRight());
            int start = document.getOffSet(d.getRange().getStart());
            int end = document.getOffSet(d.getRange().getEnd());
            String text = document.getContents().substring(start, Math.max(start, end));
            for (QuickFixes.Fix fix : QuickFixes.fixes(code, data(d.getData()), text)) {
                CodeAction action = new CodeAction(fix.label());
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(d));
                action.setEdit(new WorkspaceEdit(
                        Map.of(options.getURI(), List.of(new TextEdit(d.getRange(), fix.replacement())))));
                actions.add(Either.forRight(action));
            }
        }
        return actions;
    }

    /** The issue data as sent: a String[] in process, a JSON array over the wire. */
    private static String[] data(Object data) {
        if (data instanceof String[] strings) {
            return strings;
        }
        if (data instanceof JsonArray array) {
            String[] strings = new String[array.size()];
            for (int i = 0; i < strings.length; i++) {
                JsonElement e = array.get(i);
                strings[i] = e.isJsonNull() ? null : e.getAsString();
            }
            return strings;
        }
        if (data instanceof List<?> list) {
            return list.stream().map(String::valueOf).toArray(String[]::new);
        }
        return null;
    }
}
