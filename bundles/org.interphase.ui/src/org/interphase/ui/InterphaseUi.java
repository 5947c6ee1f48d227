package org.interphase.ui;

/**
 * Identifiers of the Interphase workbench that other bundles (the editor, the result editors,
 * third-party plug-ins) refer to.
 */
public final class InterphaseUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.interphase.ui";

    /** The Interphase project nature: its projects get the cell builder. */
    public static final String NATURE_ID = PLUGIN_ID + ".nature";

    /** The incremental builder that validates every {@code .cell} file of a project. */
    public static final String BUILDER_ID = PLUGIN_ID + ".builder";

    /** Problem markers of {@code .cell} files (a subtype of the platform's problem and text markers). */
    public static final String PROBLEM_MARKER = PLUGIN_ID + ".problem";

    /** Problem markers of study runs that failed (on the study's line). */
    public static final String RUN_MARKER = PLUGIN_ID + ".runProblem";

    /** Marker attribute: the validation issue code (for quick fixes), see the language's IssueCodes. */
    public static final String ATTR_CODE = "interphaseCode";

    /** Marker attribute: the issue data, joined by {@link #DATA_SEPARATOR} (for quick fixes). */
    public static final String ATTR_DATA = "interphaseData";

    /** Separates the entries of {@link #ATTR_DATA}. */
    public static final String DATA_SEPARATOR = "\u001f";

    /** The Interphase perspective. */
    public static final String PERSPECTIVE_ID = PLUGIN_ID + ".perspective";

    /** The Run Study command. */
    public static final String RUN_STUDY_COMMAND = PLUGIN_ID + ".runStudy";

    /** The launch configuration type "Interphase Study". */
    public static final String LAUNCH_TYPE = PLUGIN_ID + ".launch.study";

    /** The console runs write to. */
    public static final String CONSOLE_NAME = "Interphase";

    /** The stack view (contributed by the result editors' bundle). */
    public static final String STACK_VIEW_ID = "org.interphase.ui.results.stack";

    /** The result editor (contributed by the result editors' bundle, registered for summary.json and sweep.csv). */
    public static final String RESULTS_EDITOR_ID = "org.interphase.ui.results.editor";

    /** The folder of a project that runs write into. */
    public static final String RESULTS_FOLDER = "results";

    private InterphaseUi() {
    }
}
