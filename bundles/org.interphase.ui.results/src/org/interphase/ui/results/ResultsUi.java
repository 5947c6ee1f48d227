package org.interphase.ui.results;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.interphase.ui.InterphaseUi;
import org.interphase.ui.results.internal.ComparisonEditor;
import org.interphase.ui.results.internal.ComparisonInput;
import org.interphase.ui.results.internal.ResultEditor;
import org.interphase.ui.results.internal.ResultsInput;

/**
 * The result editor and the stack view: ids, and opening them from code (for example for
 * screenshots).
 *
 * <pre>
 * IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
 * IEditorPart editor = ResultsUi.open(page, project.getFolder("results/Example")); // or a summary.json, sweep.csv
 * ResultsUi.showPage(editor, "Capacity Retention");
 * ResultsUi.selectCell(editor, "ExampleLco");
 * page.showView(ResultsUi.STACK_VIEW_ID);                        // follows the cell selected in the editor
 * </pre>
 */
public final class ResultsUi {

    /** The bundle. */
    public static final String PLUGIN_ID = "org.interphase.ui.results";

    /** The result editor, registered for summary.json and sweep.csv. */
    public static final String EDITOR_ID = PLUGIN_ID + ".editor";

    /** The stack view (the Interphase perspective has a place for it). */
    public static final String STACK_VIEW_ID = InterphaseUi.STACK_VIEW_ID;

    /** The Open Results command (Project Explorer context menu, Interphase menu). */
    public static final String OPEN_COMMAND = PLUGIN_ID + ".open";

    private ResultsUi() {
    }

    /**
     * Opens the result editor on a study or sweep results folder ({@code results/<study>}), a cell
     * folder, a summary.json or a sweep.csv of the workspace (reusing an editor already open on it).
     */
    public static IEditorPart open(IWorkbenchPage page, IResource resource) throws PartInitException {
        return page.openEditor(new ResultsInput(resource), EDITOR_ID);
    }

    /**
     * Brings a page of a result editor to the front, by its title: "Cells", "Capacity Retention",
     * "Resistance", "Voltage Profiles", "LSV", "Overpotential", "Nyquist" (a study), "Sweep",
     * "Points" (a sweep). A page the data does not support is not there: nothing happens.
     */
    public static void showPage(IEditorPart editor, String title) {
        if (editor instanceof ResultEditor r) {
            r.showPage(title);
        } else if (editor instanceof ComparisonEditor c) {
            c.showPage(title);
        }
    }

    /** The Compare Results command (Project Explorer context menu on one or more folders). */
    public static final String COMPARE_COMMAND = PLUGIN_ID + ".compare";

    /** The comparison editor. */
    public static final String COMPARISON_EDITOR_ID = ComparisonEditor.ID;

    /**
     * Opens one comparison editor over several study result folders on disk (two studies, two runs
     * of one study, a results folder from git history), overlaid with a legend naming each.
     */
    public static IEditorPart compare(IWorkbenchPage page, List<Path> folders) throws PartInitException {
        return page.openEditor(new ComparisonInput(folders), COMPARISON_EDITOR_ID);
    }

    /** Selects a cell of the study shown by a result editor (the stack view follows it). */
    public static void selectCell(IEditorPart editor, String cell) {
        if (editor instanceof ResultEditor r) {
            r.selectCell(cell);
        }
    }
}
