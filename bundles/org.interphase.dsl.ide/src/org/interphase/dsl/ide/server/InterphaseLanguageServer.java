package org.interphase.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.Modules2;
import org.interphase.dsl.InterphaseRuntimeModule;
import org.interphase.dsl.ide.InterphaseIdeModule;
import org.interphase.dsl.ide.InterphaseIdeSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * The cell language's language server: Xtext's {@link LanguageServerImpl} over LSP4J, with the
 * language's IDE services and the workspace rules of {@code interphase check} (each workspace
 * folder is a project that sees everything below it, the built-in material library and the
 * {@code --lib} folders). Started by {@code interphase lsp}; see docs/editors.md.
 */
public final class InterphaseLanguageServer {

    private static Injector language;

    private InterphaseLanguageServer() {
    }

    /**
     * The language's injector as the server uses it (runtime, IDE and server bindings), created
     * once and registered for the {@code .cell} extension.
     */
    public static synchronized Injector languageInjector() {
        if (language == null) {
            org.interphase.dsl.workspace.CellWorkspace.injector(); // EMF packages of the model
            InterphaseIdeSetup setup = new InterphaseIdeSetup() {
                @Override
                public Injector createInjector() {
                    return Guice.createInjector(Modules2.mixin(new InterphaseRuntimeModule(),
                            new InterphaseIdeModule(), new InterphaseServerLanguageModule()));
                }
            };
            language = setup.createInjector();
            setup.register(language);
        }
        return language;
    }

    /** A server's injector; {@code libraries} are the {@code --lib} folders every project sees. */
    public static Injector serverInjector(List<Path> libraries) {
        return serverInjector(new CellWorkspaceConfigFactory(libraries));
    }

    /** A server's injector with the given projects (the workbench's index gives its own). */
    public static Injector serverInjector(org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory projects) {
        IResourceServiceProvider provider = languageInjector().getInstance(IResourceServiceProvider.class);
        return Guice.createInjector(Modules.override(new ServerModule()).with(binder -> {
            IResourceServiceProvider.Registry registry = new org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl();
            registry.getExtensionToFactoryMap().put("cell", provider);
            binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry);
            binder.bind(org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory.class)
                    .toInstance(projects);
            binder.bind(org.eclipse.xtext.ide.server.IProjectDescriptionFactory.class).to(CellProjectDescriptions.class);
        }));
    }

    /** A connected server: call {@code startListening()} on the launcher. */
    public static Launcher<LanguageClient> connect(List<Path> libraries, InputStream in, OutputStream out,
            PrintWriter trace) {
        LanguageServerImpl server = serverInjector(libraries).getInstance(CellLanguageServer.class);
        Launcher.Builder<LanguageClient> builder = new Launcher.Builder<LanguageClient>().setLocalService(server)
                .setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out)
                .setExecutorService(Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "interphase-lsp");
                    t.setDaemon(true);
                    return t;
                }));
        if (trace != null) {
            builder.traceMessages(trace);
        }
        Launcher<LanguageClient> launcher = builder.create();
        server.connect(launcher.getRemoteProxy());
        return launcher;
    }

    /** Serves one client over the streams until it exits or closes them. */
    public static void serve(List<Path> libraries, InputStream in, OutputStream out, PrintWriter trace)
            throws InterruptedException {
        Future<Void> listening = connect(libraries, in, out, trace).startListening();
        try {
            listening.get();
        } catch (ExecutionException e) {
            // the client closed the connection: the session is over
        }
    }

    /** Listens on a local port and serves one client, then returns. */
    public static void serve(List<Path> libraries, int port, PrintWriter log) throws IOException, InterruptedException {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            log.println("interphase lsp: listening on 127.0.0.1:" + socket.getLocalPort());
            log.flush();
            try (Socket client = socket.accept()) {
                serve(libraries, client.getInputStream(), client.getOutputStream(), null);
            }
        }
    }
}
