package org.interphase.ui.editor.internal;

import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The rename dialog: the new name, then Preview (the edits per file) or OK. */
public final class CellRenameWizard extends RefactoringWizard {

    private final CellRename rename;

    public CellRenameWizard(CellRename rename) {
        super(rename, DIALOG_BASED_USER_INTERFACE | PREVIEW_EXPAND_FIRST_NODE);
        this.rename = rename;
        setDefaultPageTitle(rename.getName());
    }

    @Override
    protected void addUserInputPages() {
        addPage(new NamePage());
    }

    private final class NamePage extends UserInputWizardPage {

        NamePage() {
            super("CellRenameName");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(2, false));
            new Label(c, SWT.NONE).setText("New name:");
            Text name = new Text(c, SWT.BORDER | SWT.SINGLE);
            name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            name.setText(rename.oldName());
            name.selectAll();
            name.addModifyListener(e -> {
                rename.setNewName(name.getText());
                String problem = CellRename.problem(name.getText().strip(), rename.oldName());
                setErrorMessage(name.getText().strip().equals(rename.oldName()) ? null : problem);
                setPageComplete(problem == null);
            });
            setPageComplete(false);
            setControl(c);
            name.setFocus();
        }
    }
}
