package org.interphase.ui.internal.welcome;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the welcome page or the help reader (which one: the handler's data in plugin.xml). */
public final class OpenPageHandler extends AbstractHandler implements IExecutableExtension {

    private String kind = PageInput.WELCOME;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if (data instanceof String s && !s.isBlank()) {
            kind = s.trim();
        }
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), kind, null, true);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }

    /** Opens (or brings forward) the welcome page or the help reader, the latter at a page. */
    public static org.eclipse.ui.IEditorPart open(IWorkbenchPage page, String kind, String href, boolean activate)
            throws PartInitException {
        PageInput input = new PageInput(kind, href);
        var editor = page.openEditor(input, input.editorId(), activate);
        if (href != null && editor instanceof HelpEditor h) {
            h.show(href);
        }
        return editor;
    }
}
