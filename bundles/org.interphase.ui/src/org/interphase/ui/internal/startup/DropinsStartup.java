package org.interphase.ui.internal.startup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.interphase.solver.registry.Dropins;
import org.interphase.ui.InterphaseUi;

/**
 * Loads the mechanism plug-ins installed with {@code interphase install} (the product's
 * {@code dropins/} folder) when the workbench starts, so that the editor's content assist, the
 * checker and Run Study know them as they know the built-in ones. Run Study loads the folder again,
 * so a plug-in installed while the workbench runs is picked up by the next run.
 */
public final class DropinsStartup implements IStartup {

    @Override
    public void earlyStartup() {
        load();
    }

    /** Loads the dropins folder; problems go to the error log (never an exception). */
    public static void load() {
        Path folder = Dropins.folder();
        if (folder == null) {
            return;
        }
        ILog log = ILog.of(DropinsStartup.class);
        try {
            List<String> problems = Dropins.load(folder);
            for (String p : problems) {
                log.log(new Status(IStatus.WARNING, InterphaseUi.PLUGIN_ID, "mechanism plug-in: " + p));
            }
        } catch (IOException e) {
            log.log(new Status(IStatus.WARNING, InterphaseUi.PLUGIN_ID, "cannot read the plug-in folder " + folder, e));
        }
    }
}
