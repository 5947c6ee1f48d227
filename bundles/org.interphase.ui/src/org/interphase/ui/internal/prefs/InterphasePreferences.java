package org.interphase.ui.internal.prefs;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.interphase.ui.InterphaseUi;

/**
 * The workbench's preferences (Window &gt; Preferences &gt; Interphase), kept in the instance scope
 * of {@value InterphaseUi#PLUGIN_ID}; the defaults come from this initializer.
 */
public final class InterphasePreferences extends AbstractPreferenceInitializer {

    /** Whether the results of a run open in the result editor when the run finishes (default: true). */
    public static final String OPEN_RESULTS = "openResultsAfterRun";

    /** Whether the welcome page has been shown once (set by the workbench's intro, not by the user). */
    public static final String WELCOME_SHOWN = "welcomeShown";

    @Override
    public void initializeDefaultPreferences() {
        var defaults = DefaultScope.INSTANCE.getNode(InterphaseUi.PLUGIN_ID);
        defaults.putBoolean(OPEN_RESULTS, true);
    }

    /** The preference {@link #OPEN_RESULTS}. */
    public static boolean openResultsAfterRun() {
        return Platform.getPreferencesService().getBoolean(InterphaseUi.PLUGIN_ID, OPEN_RESULTS, true, null);
    }
}
