package org.interphase.ui.results.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.part.EditorPart;

/** An editor that only shows files: nothing to save. */
abstract class ReadOnlyEditor extends EditorPart {

    @Override
    public final void doSave(IProgressMonitor monitor) {
        // read-only
    }

    @Override
    public final void doSaveAs() {
        // read-only
    }

    @Override
    public final boolean isDirty() {
        return false;
    }

    @Override
    public final boolean isSaveAsAllowed() {
        return false;
    }
}
