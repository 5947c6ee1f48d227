package org.interphase.ui.results.internal;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Path;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/**
 * Restores a {@link ResultsInput} after a restart from the workspace path and type the workbench saved
 * (a study, sweep or cell folder, a summary.json or sweep.csv). A resource deleted since gives
 * nothing, and the workbench then leaves the editor out.
 */
public final class ResultsInputFactory implements IElementFactory {

    /** The factory's id (plugin.xml). */
    public static final String ID = "org.interphase.ui.results.inputFactory";

    private static final String PATH = "path";
    private static final String TYPE = "type";

    static void save(IResource resource, IMemento memento) {
        memento.putString(PATH, resource.getFullPath().toString());
        memento.putInteger(TYPE, resource.getType());
    }

    @Override
    public IAdaptable createElement(IMemento memento) {
        String path = memento.getString(PATH);
        Integer type = memento.getInteger(TYPE);
        if (path == null || type == null) {
            return null;
        }
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IResource r = switch (type) {
        case IResource.FILE -> root.getFile(new Path(path));
        case IResource.FOLDER -> root.getFolder(new Path(path));
        default -> null;
        };
        return r != null && r.exists() ? new ResultsInput(r) : null;
    }
}
