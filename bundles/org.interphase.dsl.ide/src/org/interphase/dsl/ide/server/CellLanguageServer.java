package org.interphase.dsl.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server, saying clearly what is missing when a client opens no folder (Xtext
 * would answer with a NullPointerException): the import rules need a folder of files.
 */
public class CellLanguageServer extends LanguageServerImpl {

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        boolean folders = params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty();
        @SuppressWarnings("deprecation")
        boolean root = params.getRootUri() != null || params.getRootPath() != null;
        if (!folders && !root) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InvalidParams,
                    "interphase lsp needs a workspace folder: open the folder of your .cell files (the files of a "
                            + "folder see each other, as with 'interphase check FOLDER')",
                    null)));
        }
        return super.initialize(params);
    }
}
