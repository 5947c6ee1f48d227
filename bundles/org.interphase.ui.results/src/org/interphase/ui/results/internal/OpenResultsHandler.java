package org.interphase.ui.results.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.interphase.ui.results.ResultsUi;

/** Open Results: the result editor on the selected results folder, summary.json or sweep.csv. */
public final class OpenResultsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection s = HandlerUtil.getCurrentSelection(event);
        IResource r = s instanceof IStructuredSelection ss ? Adapters.adapt(ss.getFirstElement(), IResource.class) : null;
        if (r == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Open Results",
                    "Select a study's results folder (results/<study>), a summary.json or a sweep.csv in the Project Explorer.");
            return null;
        }
        try {
            ResultsUi.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), r);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
