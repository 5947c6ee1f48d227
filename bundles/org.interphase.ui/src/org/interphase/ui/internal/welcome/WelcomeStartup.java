package org.interphase.ui.internal.welcome;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.ICommonFilterDescriptor;
import org.eclipse.ui.navigator.INavigatorFilterService;
import org.interphase.ui.InterphaseUi;
import org.interphase.ui.internal.prefs.InterphasePreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * On the first start of a workspace: opens the welcome page, and sets the Project Explorer's filters
 * so that {@code .gitignore} shows (the platform's filter of all dot files off, ours of all but
 * {@code .gitignore} on). Both happen once; what the user changes later stays. The system property
 * {@code interphase.welcome=off} skips the welcome page (for scripted starts).
 */
public final class WelcomeStartup implements IStartup {

    static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
    static final String PLATFORM_DOT_FILTER = "org.eclipse.ui.navigator.resources.filters.startsWithDot";
    static final String DOT_FILTER = "org.interphase.ui.filters.dotFiles";
    private static final String FILTERS_SET = "projectExplorerFiltersSet";

    @Override
    public void earlyStartup() {
        PlatformUI.getWorkbench().getDisplay().asyncExec(WelcomeStartup::firstStart);
    }

    /** What a first start does (the UI thread); nothing on later starts. */
    public static void firstStart() {
        var prefs = InstanceScope.INSTANCE.getNode(InterphaseUi.PLUGIN_ID);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        if (!prefs.getBoolean(FILTERS_SET, false)) {
            showGitignore(window.getActivePage());
            prefs.putBoolean(FILTERS_SET, true);
        }
        if (!prefs.getBoolean(InterphasePreferences.WELCOME_SHOWN, false) && !"off".equals(System.getProperty("interphase.welcome"))) {
            prefs.putBoolean(InterphasePreferences.WELCOME_SHOWN, true);
            try {
                OpenPageHandler.open(window.getActivePage(), PageInput.WELCOME, null, false);
            } catch (PartInitException e) {
                // the workbench works without it; Help > Welcome opens it
            }
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // asked again on the next start
        }
    }

    /**
     * Turns the platform's dot-file filter off and ours on in the Project Explorer: in the open view
     * through its filter service, otherwise in the navigator's preference that the view reads when it
     * is created.
     */
    public static void showGitignore(IWorkbenchPage page) {
        if (page.findView(PROJECT_EXPLORER) instanceof CommonNavigator navigator) {
            INavigatorFilterService filters = navigator.getNavigatorContentService().getFilterService();
            Set<String> active = new LinkedHashSet<>();
            for (ICommonFilterDescriptor d : filters.getVisibleFilterDescriptors()) {
                if (filters.isActive(d.getId())) {
                    active.add(d.getId());
                }
            }
            active.remove(PLATFORM_DOT_FILTER);
            active.add(DOT_FILTER);
            filters.activateFilterIdsAndUpdateViewer(active.toArray(String[]::new));
            return;
        }
        var navigator = InstanceScope.INSTANCE.getNode("org.eclipse.ui.navigator");
        String key = PROJECT_EXPLORER + ".filterActivation";
        if (navigator.get(key, null) == null) {
            navigator.put(key, ":org.eclipse.ui.navigator.resources.filters.userDefined:" + DOT_FILTER + ":");
        }
    }
}
