package org.interphase.ui.internal.run;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Run Study: runs the studies of the {@code .cell} file selected in the Project Explorer or open in
 * the active editor (saving the editor first).
 */
public final class RunStudyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IFile file = null;
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
            file = Adapters.adapt(s.getFirstElement(), IFile.class);
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if ((file == null || !"cell".equals(file.getFileExtension())) && editor != null) {
            file = Adapters.adapt(editor.getEditorInput(), IFile.class);
        }
        if (file == null || !"cell".equals(file.getFileExtension())) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Run Study",
                    "Select a .cell file with a study, or open one in the editor.");
            return null;
        }
        if (editor != null && editor.isDirty() && file.equals(Adapters.adapt(editor.getEditorInput(), IFile.class))) {
            editor.doSave(null);
        }
        PlatformUI.getWorkbench().getProgressService().showInDialog(HandlerUtil.getActiveShell(event), schedule(file, null));
        return null;
    }

    /** Schedules a run of a file's studies (or of one of them). */
    public static StudyRun schedule(IFile file, String study) {
        StudyRun run = new StudyRun(file, study);
        run.schedule();
        return run;
    }
}
