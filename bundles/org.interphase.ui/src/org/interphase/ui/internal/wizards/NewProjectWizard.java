package org.interphase.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.interphase.dsl.workspace.ProjectLayout;

/** New Interphase Project: a project with the Interphase layout, examples and a .gitignore. */
public final class NewProjectWizard extends Wizard implements INewWizard {

    private ProjectPage page;
    private IWorkbench workbench;

    public NewProjectWizard() {
        setWindowTitle("New Interphase Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        page = new ProjectPage();
        addPage(page);
    }

    /** The page (for tests: its name field and {@link ProjectPage#packageName()}). */
    public org.eclipse.ui.dialogs.WizardNewProjectCreationPage page() {
        return page;
    }

    /** The package the wizard will give the examples. */
    public String packageName() {
        return page.packageName();
    }

    @Override
    public boolean performFinish() {
        String name = page.getProjectName();
        IPath location = page.useDefaults() ? null : page.getLocationPath();
        String packageName = page.packageName();
        IProject[] created = new IProject[1];
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    created[0] = ProjectCreation.create(name, location, packageName, monitor);
                } catch (CoreException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), "New Interphase Project", "The project could not be created: "
                    + (e.getCause() instanceof CoreException c ? c.getStatus().getMessage() : String.valueOf(e.getCause())));
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        if (created[0] != null && workbench != null && workbench.getActiveWorkbenchWindow() != null) {
            var page = workbench.getActiveWorkbenchWindow().getActivePage();
            var view = page.findView("org.eclipse.ui.navigator.ProjectExplorer");
            if (view instanceof ISetSelectionTarget target) {
                target.selectReveal(new StructuredSelection(created[0]));
            }
            try {
                IDE.openEditor(page, created[0].getFile(ProjectLayout.EXAMPLE_STUDY));
            } catch (PartInitException e) {
                // the project is there; opening the example is a convenience
            }
        }
        return true;
    }
}
