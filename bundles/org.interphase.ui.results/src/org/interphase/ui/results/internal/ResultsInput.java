package org.interphase.ui.results.internal;

import org.eclipse.core.resources.IResource;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.interphase.ui.KeyedEditorInput;

/** The result editor's input for a workspace folder or file (a study, sweep or cell folder, summary.json, sweep.csv). */
public final class ResultsInput extends KeyedEditorInput<IResource> {

    /** @param resource the folder or file shown (its key) */
    public ResultsInput(IResource resource) {
        super(resource);
    }

    @Override
    public boolean exists() {
        return key().exists();
    }

    @Override
    public String getName() {
        return key().getType() == IResource.FILE ? key().getParent().getName() : key().getName();
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
                ResultsInputFactory.save(key(), memento);
            }
        };
    }

    @Override
    public String getToolTipText() {
        return key().getFullPath().toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter.isInstance(key())) {
            return adapter.cast(key());
        }
        return null;
    }
}
