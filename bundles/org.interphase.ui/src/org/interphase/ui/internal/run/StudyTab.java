package org.interphase.ui.internal.run;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The study tab: which {@code .cell} file, and which of its studies (empty: all). */
final class StudyTab extends AbstractLaunchConfigurationTab {

    private Text file;
    private Text study;

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
        new Label(c, SWT.NONE).setText("Cell file (workspace path):");
        file = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        new Label(c, SWT.NONE).setText("Study or sweep (empty: all of the file):");
        study = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(study);
        file.addModifyListener(e -> updateLaunchConfigurationDialog());
        study.addModifyListener(e -> updateLaunchConfigurationDialog());
        setControl(c);
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(StudyLaunchDelegate.ATTR_FILE, "");
        configuration.setAttribute(StudyLaunchDelegate.ATTR_STUDY, "");
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            file.setText(configuration.getAttribute(StudyLaunchDelegate.ATTR_FILE, ""));
            study.setText(configuration.getAttribute(StudyLaunchDelegate.ATTR_STUDY, ""));
        } catch (CoreException e) {
            setErrorMessage(e.getStatus().getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(StudyLaunchDelegate.ATTR_FILE, file.getText().trim());
        configuration.setAttribute(StudyLaunchDelegate.ATTR_STUDY, study.getText().trim());
    }

    @Override
    public boolean isValid(ILaunchConfiguration launchConfig) {
        setErrorMessage(null);
        String path = file == null ? "" : file.getText().trim();
        if (path.isEmpty()) {
            setErrorMessage("Name the .cell file whose studies to run");
            return false;
        }
        IFile f = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(path));
        if (!f.exists() || !"cell".equals(f.getFileExtension())) {
            setErrorMessage(path + " is not a .cell file of the workspace");
            return false;
        }
        return true;
    }

    @Override
    public String getName() {
        return "Study";
    }
}
