package org.interphase.ui.internal.run;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.interphase.ui.InterphaseUi;

/** Run As &gt; Interphase Study: finds or creates the launch configuration of a file and launches it. */
public final class StudyLaunchShortcut implements ILaunchShortcut {

    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
            launch(Adapters.adapt(s.getFirstElement(), IFile.class), mode);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        if (editor.isDirty()) {
            editor.doSave(null);
        }
        launch(Adapters.adapt(editor.getEditorInput(), IFile.class), mode);
    }

    private static void launch(IFile file, String mode) {
        if (file == null) {
            return;
        }
        try {
            DebugUITools.launch(configuration(file), ILaunchManager.RUN_MODE);
        } catch (CoreException e) {
            InterphaseConsole.println("cannot launch " + file.getFullPath() + ": " + e.getStatus().getMessage());
        }
    }

    /** The configuration that runs every study of a file, made on first use. */
    static ILaunchConfiguration configuration(IFile file) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(InterphaseUi.LAUNCH_TYPE);
        String path = file.getFullPath().toString();
        for (ILaunchConfiguration c : manager.getLaunchConfigurations(type)) {
            if (path.equals(c.getAttribute(StudyLaunchDelegate.ATTR_FILE, "")) && c.getAttribute(StudyLaunchDelegate.ATTR_STUDY, "").isEmpty()) {
                return c;
            }
        }
        ILaunchConfigurationWorkingCopy copy = type.newInstance(null,
                manager.generateLaunchConfigurationName(file.getProject().getName() + " " + file.getName()));
        copy.setAttribute(StudyLaunchDelegate.ATTR_FILE, path);
        copy.setAttribute(StudyLaunchDelegate.ATTR_STUDY, "");
        copy.setMappedResources(new org.eclipse.core.resources.IResource[] { file });
        return copy.doSave();
    }
}
