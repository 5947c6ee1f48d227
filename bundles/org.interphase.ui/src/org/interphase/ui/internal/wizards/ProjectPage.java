package org.interphase.ui.internal.wizards;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.interphase.dsl.workspace.ProjectLayout;

/**
 * The page of New Interphase Project: the platform's name and location, and the package the example
 * files declare, shown as the name is typed (derived from it until the user edits it).
 */
final class ProjectPage extends WizardNewProjectCreationPage {

    private Text pkg;
    private Label files;
    private boolean edited;

    ProjectPage() {
        super("project");
        setTitle("Interphase project");
        setDescription("A project with cells/, protocols/, studies/, data/ and results/, an example study that runs, "
                + "and a .gitignore for sharing it in git.");
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        Composite c = (Composite) getControl();
        Group group = new Group(c, SWT.NONE);
        group.setText("Examples");
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(group, SWT.NONE).setText("&Package:");
        pkg = new Text(group, SWT.BORDER);
        pkg.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        pkg.setText(derived(getProjectName()));
        files = new Label(group, SWT.WRAP);
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        d.widthHint = 300;
        files.setLayoutData(d);
        describe();
        pkg.addListener(SWT.Modify, e -> {
            edited = !pkg.getText().equals(derived(getProjectName()));
            describe();
            setPageComplete(validatePage());
        });
    }

    @Override
    protected boolean validatePage() {
        if (!super.validatePage()) {
            return false;
        }
        if (pkg == null) {
            return true;
        }
        if (!edited && !pkg.getText().equals(derived(getProjectName()))) {
            pkg.setText(derived(getProjectName()));
        }
        if (!ProjectLayout.isPackageName(packageName())) {
            setErrorMessage("'" + packageName() + "' is not a package name: letters, digits and _, parts joined by dots");
            return false;
        }
        return true;
    }

    private void describe() {
        String p = packageName();
        files.setText(ProjectLayout.EXAMPLE_CELL + " in package " + p + ".cells, " + ProjectLayout.EXAMPLE_PROTOCOL
                + " in " + p + ".protocols, " + ProjectLayout.EXAMPLE_STUDY + " in " + p + ".studies");
        files.getParent().layout(true);
    }

    /** The package the examples go into. */
    String packageName() {
        return pkg == null ? derived(getProjectName()) : pkg.getText().trim();
    }

    /** Sets the package (as a user typing it would). */
    void setPackageName(String name) {
        pkg.setText(name);
    }

    /** The package a project name gives: lower case, characters other than letters, digits and _ as _. */
    static String derived(String projectName) {
        String p = projectName == null ? "" : projectName.replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(Locale.ROOT);
        return p.isEmpty() || Character.isDigit(p.charAt(0)) ? "lab_" + p : p;
    }
}
