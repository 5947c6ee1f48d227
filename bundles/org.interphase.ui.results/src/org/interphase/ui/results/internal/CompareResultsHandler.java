package org.interphase.ui.results.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Compare Results: one comparison editor over the study result folders selected in the Project Explorer. */
public final class CompareResultsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection s = HandlerUtil.getCurrentSelection(event);
        List<Path> folders = new ArrayList<>();
        if (s instanceof IStructuredSelection ss) {
            for (Object o : ss.toList()) {
                IContainer c = Adapters.adapt(o, IContainer.class);
                if (c != null && c.getLocation() != null) {
                    folders.add(c.getLocation().toFile().toPath());
                }
            }
        }
        if (folders.isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Compare Results",
                    "Select one or more study results folders (results/<package>.<study>) in the Project Explorer.");
            return null;
        }
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().openEditor(new ComparisonInput(folders),
                    ComparisonEditor.ID);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
