package org.interphase.dsl.ide.index;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * What Xtext's rename service asks of a language server, answered by the workbench's index (the
 * caller holds the index's lock): reads of a file or of the index, and a resource set linked
 * against the live index. The "client" takes plain text edits per file.
 */
final class CellAccess implements ILanguageServerAccess {

    private final WorkspaceManager workspace;
    private final UriExtensions uris;

    CellAccess(WorkspaceManager workspace, UriExtensions uris) {
        this.workspace = workspace;
        this.uris = uris;
    }

    @Override
    public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
        return CompletableFuture.completedFuture(doSyncRead(uri, function));
    }

    @Override
    public <T> T doSyncRead(String uri, Function<Context, T> function) {
        URI u = uris.toUri(uri);
        return workspace.doRead(u, (document, resource) -> function
                .apply(new Context(resource, document, workspace.isDocumentOpen(u), CancelIndicator.NullImpl)));
    }

    @Override
    public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
        return CompletableFuture.completedFuture(function.apply(new IndexContext(workspace.getIndex(), CancelIndicator.NullImpl)));
    }

    @Override
    public void addBuildListener(IBuildListener listener) {
        workspace.addBuildListener(listener);
    }

    @Override
    public LanguageClient getLanguageClient() {
        return null;
    }

    @Override
    public ResourceSet newLiveScopeResourceSet(URI uri) {
        return workspace.getProjectManager(uri).createLiveScopeResourceSet();
    }

    @Override
    public InitializeParams getInitializeParams() {
        InitializeParams params = new InitializeParams();
        WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
        WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
        edits.setDocumentChanges(false);
        workspaceCapabilities.setWorkspaceEdit(edits);
        params.setCapabilities(new ClientCapabilities(workspaceCapabilities, null, null));
        return params;
    }

    @Override
    public InitializeResult getInitializeResult() {
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setRenameProvider(true);
        return new InitializeResult(capabilities);
    }
}
