package org.interphase.ui.internal.perspective;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.console.IConsoleConstants;
import org.interphase.ui.InterphaseUi;

/**
 * The Interphase perspective: Project Explorer on the left, the editors in the middle, Outline and
 * the stack view on the right, Problems, Console and Progress below.
 */
public final class InterphasePerspective implements IPerspectiveFactory {

    private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
        left.addView(PROJECT_EXPLORER);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.75f, editors);
        right.addView(IPageLayout.ID_OUTLINE);
        // the stack view beside the Outline: it follows the cell selected in a result editor
        right.addView(InterphaseUi.STACK_VIEW_ID);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editors);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IConsoleConstants.ID_CONSOLE_VIEW);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);

        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IConsoleConstants.ID_CONSOLE_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        layout.addShowViewShortcut(InterphaseUi.STACK_VIEW_ID);
        layout.addNewWizardShortcut("org.interphase.ui.wizards.newProject");
        layout.addNewWizardShortcut("org.interphase.ui.wizards.newCellFile");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
        layout.addActionSet("org.eclipse.debug.ui.launchActionSet");
    }
}
