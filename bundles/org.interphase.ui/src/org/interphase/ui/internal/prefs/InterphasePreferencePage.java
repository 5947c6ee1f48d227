package org.interphase.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.interphase.ui.InterphaseUi;

/** Window &gt; Preferences &gt; Interphase. */
public final class InterphasePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public InterphasePreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, InterphaseUi.PLUGIN_ID));
        setDescription("Running studies");
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(InterphasePreferences.OPEN_RESULTS,
                "&Open the results in the result editor when a run finishes", getFieldEditorParent()));
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }
}
