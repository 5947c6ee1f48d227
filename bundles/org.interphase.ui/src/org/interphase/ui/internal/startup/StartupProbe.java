package org.interphase.ui.internal.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * A smoke test of the product as users start it: when the system property
 * {@code interphase.startupProbe} names a file, the workbench writes what it opened (window title,
 * perspective, views) into that file once its window is up, and then closes. {@code .ci/run} starts
 * {@code ./interphase workbench} this way under Xvfb. Without the property it does nothing.
 */
public final class StartupProbe implements IStartup {

    /** The system property naming the report file. */
    public static final String PROPERTY = "interphase.startupProbe";

    @Override
    public void earlyStartup() {
        String target = System.getProperty(PROPERTY);
        if (target == null || target.isBlank()) {
            return;
        }
        var workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            List<String> lines = new ArrayList<>();
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
            if (window == null && workbench.getWorkbenchWindowCount() > 0) {
                window = workbench.getWorkbenchWindows()[0];
            }
            if (window != null) {
                lines.add("window: " + window.getShell().getText());
                IWorkbenchPage page = window.getActivePage();
                if (page != null && page.getPerspective() != null) {
                    lines.add("perspective: " + page.getPerspective().getId());
                    for (IViewReference v : page.getViewReferences()) {
                        lines.add("view: " + v.getId());
                    }
                }
            } else {
                lines.add("window: none");
            }
            try {
                Path file = Path.of(target);
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                Files.write(tmp, lines, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                System.err.println("interphase: cannot write the startup probe " + target + ": " + e.getMessage());
            }
            workbench.close();
        });
    }
}
