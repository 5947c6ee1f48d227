package org.interphase.ui.editor.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.resource.XtextResource;
import org.interphase.dsl.workspace.CellWorkspace;

import com.google.inject.Injector;

/**
 * The language's services for the editor: the injector with the runtime and IDE bindings
 * (content assist parser, proposal providers). The editor's own text is loaded as a resource of
 * this injector (see {@link CellSnapshot}), so that its grammar, node model and IDE services belong
 * together; the other files of the project stay resources of the runtime injector.
 */
public final class CellServices {

    private static Injector ide;
    private static ExecutorService pool;

    private CellServices() {
    }

    /** The IDE injector, created once (the runtime language is registered by CellWorkspace). */
    public static synchronized Injector injector() {
        if (ide == null) {
            CellWorkspace.injector();
            // the language server's: the index's resources and the editor's services are of one injector
            ide = org.interphase.dsl.ide.server.InterphaseLanguageServer.languageInjector();
        }
        return ide;
    }

    /** Threads the content assist context factory parses on (daemon threads). */
    public static synchronized ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "Interphase content assist");
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    /** An IDE service (for resources made by {@link CellSnapshot}). */
    public static <T> T get(XtextResource resource, Class<T> type) {
        return injector().getInstance(type);
    }
}
