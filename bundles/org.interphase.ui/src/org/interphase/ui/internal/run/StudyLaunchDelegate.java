package org.interphase.ui.internal.run;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.ILaunchConfigurationDelegate;
import org.interphase.ui.InterphaseUi;

/** Launches an "Interphase Study" configuration: schedules a {@link StudyRun} of its file and study. */
public final class StudyLaunchDelegate implements ILaunchConfigurationDelegate {

    /** Attribute: the workspace path of the .cell file. */
    public static final String ATTR_FILE = InterphaseUi.PLUGIN_ID + ".file";

    /** Attribute: the study or sweep to run; empty for every study of the file. */
    public static final String ATTR_STUDY = InterphaseUi.PLUGIN_ID + ".study";

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        String path = configuration.getAttribute(ATTR_FILE, "");
        IFile file = path.isEmpty() ? null : ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(path));
        if (file == null || !file.exists()) {
            // a user's mistake: a console line, not the workbench's error dialog and an error in the log
            InterphaseConsole.println("nothing was run: the launch configuration '" + configuration.getName()
                    + "' names no existing .cell file" + (path.isEmpty() ? "" : " (" + path + ")"));
            InterphaseConsole.reveal();
            return;
        }
        String study = configuration.getAttribute(ATTR_STUDY, "");
        RunStudyHandler.schedule(file, study.isEmpty() ? null : study);
    }
}
