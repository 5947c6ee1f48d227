package org.interphase.ui.internal.welcome;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.interphase.ui.KeyedEditorInput;

/**
 * The input of the welcome page and of the help reader: which of the two, and for the help, the
 * page shown. Persistable, so both come back after a restart.
 */
public final class PageInput extends KeyedEditorInput<String> implements IPersistableElement {

    /** The factory id of {@link Factory} (plugin.xml). */
    public static final String FACTORY_ID = "org.interphase.ui.welcome.inputs";

    public static final String WELCOME = "welcome";
    public static final String HELP = "help";

    private final String kind;
    private final String href;

    public PageInput(String kind, String href) {
        super(kind); // one welcome page and one help reader: opening either again brings the open one forward
        this.kind = kind;
        this.href = href;
    }

    /** The help page to show first, or null. */
    public String href() {
        return href;
    }

    /** The editor that shows this input. */
    public String editorId() {
        return WELCOME.equals(kind) ? WelcomeEditor.ID : HelpEditor.ID;
    }

    @Override
    public String getName() {
        return WELCOME.equals(kind) ? "Welcome" : "Interphase Help";
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getToolTipText() {
        return WELCOME.equals(kind) ? "First steps with the Interphase Workbench" : "The Interphase documentation";
    }

    @Override
    public String getFactoryId() {
        return FACTORY_ID;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString("kind", kind);
        if (href != null) {
            memento.putString("href", href);
        }
    }

    /** Restores a {@link PageInput} from the memento the workbench saved. */
    public static final class Factory implements IElementFactory {

        @Override
        public IAdaptable createElement(IMemento memento) {
            String kind = memento.getString("kind");
            if (!WELCOME.equals(kind) && !HELP.equals(kind)) {
                return null;
            }
            return new PageInput(kind, memento.getString("href"));
        }
    }
}
