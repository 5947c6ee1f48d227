package org.interphase.ui.results.internal;

import org.eclipse.core.resources.IResource;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.interphase.ui.KeyedEditorInput;

/** The result editor's input for a workspace folder or file (a study, sweep or cell folder, summary.json, sweep.csv). */
public final class ResultsInput extends KeyedEditorInput {

    private final IResource resource;

    public ResultsInput(IResource resource) {
        super(resource);
        this.resource = resource;
    }

    public IResource resource() {
        return resource;
    }

    @Override
    public boolean exists() {
        return resource.exists();
    }

    @Override
    public String getName() {
        return resource.getType() == IResource.FILE ? resource.getParent().getName() : resource.getName();
    }

    /** Saved with the workbench, so that a result editor comes back after a restart ({@link ResultsInputFactory}). */
    @Override
    public IPersistableElement getPersistable() {
        return new IPersistableElement() {
            @Override
            public String getFactoryId() {
                return ResultsInputFactory.ID;
            }

            @Override
            public void saveState(IMemento memento) {
                ResultsInputFactory.save(resource, memento);
            }
        };
    }

    @Override
    public String getToolTipText() {
        return resource.getFullPath().toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter.isInstance(resource)) {
            return adapter.cast(resource);
        }
        return null;
    }
}
