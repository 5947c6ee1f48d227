package org.interphase.ui.internal.welcome;

import java.net.URL;

import org.eclipse.help.IContext;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * The workbench's help (Help &gt; Help Contents, F1): the product has no help browser (the platform's
 * help UI serves pages from a local web server, Jetty and Lucene, into a browser; the product leaves
 * that stack out), so help opens the documentation in the workbench's own reader, {@link HelpEditor},
 * which reads the pages the help system's table of contents lists (org.eclipse.help.toc, toc.xml).
 */
public final class DocsHelpUi extends AbstractHelpUI {

    @Override
    public void displayHelp() {
        open(null);
    }

    @Override
    public void displayContext(IContext context, int x, int y) {
        open(null);
    }

    @Override
    public void displayHelpResource(String href) {
        open(href);
    }

    @Override
    public boolean isContextHelpDisplayed() {
        return false;
    }

    @Override
    public void displaySearch() {
        open(null);
    }

    @Override
    public URL resolve(String href, boolean documentOnly) {
        return null;
    }

    private static void open(String href) {
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window == null || window.getActivePage() == null) {
                return;
            }
            try {
                OpenPageHandler.open(window.getActivePage(), PageInput.HELP, href, true);
            } catch (PartInitException e) {
                org.interphase.ui.internal.run.InterphaseConsole.println("cannot open the help: " + e.getMessage());
            }
        });
    }
}
