package org.interphase.ui.internal.welcome;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/** An editor of a page (the welcome page, the help reader): named after its input, never dirty, nothing to save. */
abstract class PageEditor extends EditorPart {

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // a page holds nothing to save
    }

    @Override
    public void doSaveAs() {
        // a page holds nothing to save
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
