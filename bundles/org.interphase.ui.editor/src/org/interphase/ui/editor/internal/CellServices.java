package org.interphase.ui.editor.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.resource.XtextResource;
import org.interphase.dsl.ide.InterphaseIdeSetup;
import org.interphase.dsl.workspace.CellWorkspace;

import com.google.inject.Injector;

/**
 * The language's services for the editor: the injector with the runtime and IDE bindings
 * (content assist parser, proposal providers), registered for the {@code cell} extension so that
 * every resource the project model loads (editor text, project files, library) is an IDE-capable
 * resource and {@link XtextResource#getResourceServiceProvider()} gives the IDE services.
 */
public final class CellServices {

    private static Injector ide;
    private static ExecutorService pool;

    private CellServices() {
    }

    /** The IDE injector, created once; registered after the runtime one so that it wins. */
    public static synchronized Injector injector() {
        if (ide == null) {
            CellWorkspace.injector(); // the runtime registration first: ours replaces it
            ide = new InterphaseIdeSetup().createInjectorAndDoEMFRegistration();
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

    /** A service of the resource's own language injector (the IDE one, see {@link #injector()}). */
    public static <T> T get(XtextResource resource, Class<T> type) {
        injector();
        T service = resource.getResourceServiceProvider().get(type);
        return service != null ? service : ide.getInstance(type);
    }
}
