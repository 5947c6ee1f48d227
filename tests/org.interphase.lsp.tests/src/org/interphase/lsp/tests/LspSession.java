package org.interphase.lsp.tests;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.interphase.dsl.ide.server.InterphaseLanguageServer;

/**
 * A language server session as an editor has it: the server on one end of two pipes, an LSP4J
 * client on the other, speaking JSON-RPC (so every message is serialised as over stdio).
 */
final class LspSession implements LanguageClient, AutoCloseable {

    private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
    final LanguageServer server;
    final InitializeResult initialized;

    /** A client that connects and initializes without any folder; returns the server's answer. */
    static CompletableFuture<org.eclipse.lsp4j.InitializeResult> initializeWithoutFolder() throws IOException {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        InterphaseLanguageServer.connect(List.of(), serverIn, serverOut, null).startListening();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new LspSession(), clientIn, clientOut);
        launcher.startListening();
        return launcher.getRemoteProxy().initialize(new InitializeParams());
    }

    private LspSession() {
        server = null;
        initialized = null;
    }

    LspSession(Path workspace, List<Path> libraries) throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        InterphaseLanguageServer.connect(libraries, serverIn, serverOut, null).startListening();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, clientIn, clientOut);
        launcher.startListening();
        server = launcher.getRemoteProxy();

        InitializeParams init = new InitializeParams();
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(workspace), "lab")));
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        text.setFoldingRange(new FoldingRangeCapabilities());
        text.setRename(new RenameCapabilities(true, false));
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        text.setDocumentSymbol(symbols);
        text.setSemanticTokens(new SemanticTokensCapabilities(false));
        WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
        ws.setWorkspaceFolders(true);
        init.setCapabilities(new ClientCapabilities(ws, text, null));
        initialized = get(server.initialize(init));
        server.initialized(new InitializedParams());
    }

    /** The built-in library is copied below the temporary folder, not into the user's cache. */
    static void useTestCache() {
        System.setProperty("interphase.cache",
                Path.of(System.getProperty("java.io.tmpdir"), "interphase-lsp-tests").toString());
    }

    static String uri(Path p) {
        // the form editors send: file:///path (the server normalises it)
        return p.toAbsolutePath().normalize().toUri().toString();
    }

    /** Opens a file with its text on disk. */
    String open(Path file) throws IOException {
        String uri = uri(file);
        server.getTextDocumentService().didOpen(
                new DidOpenTextDocumentParams(new TextDocumentItem(uri, "interphase", 1, Files.readString(file))));
        return uri;
    }

    /** The diagnostics last published for a file, waiting up to a minute for the first. */
    List<Diagnostic> diagnostics(String uri) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            for (var e : diagnostics.entrySet()) {
                if (same(e.getKey(), uri)) {
                    return e.getValue();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no diagnostics for " + uri + " within a minute; got them for " + diagnostics.keySet());
    }

    static boolean same(String a, String b) {
        return java.net.URI.create(a).normalize().getPath().equals(java.net.URI.create(b).normalize().getPath());
    }

    static TextDocumentIdentifier doc(String uri) {
        return new TextDocumentIdentifier(uri);
    }

    /** The position of the {@code nth} occurrence of {@code what} in a text, plus {@code delta} characters. */
    static Position at(String text, String what, int nth, int delta) {
        int offset = -1;
        for (int i = 0; i <= nth; i++) {
            offset = text.indexOf(what, offset + 1);
            if (offset < 0) {
                throw new AssertionError("'" + what + "' not found " + (nth + 1) + " times");
            }
        }
        offset += delta;
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }

    static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        // no 'exit': the server would end the process (System.exit), which is the test's JVM
        get(server.shutdown());
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.put(params.getUri(), params.getDiagnostics());
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams params) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
    }
}
