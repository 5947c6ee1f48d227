package org.interphase.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/** New Cell File: a {@code .cell} file whose package follows its folder, with a cell to start from. */
public final class NewCellFileWizard extends Wizard implements INewWizard {

    private IStructuredSelection selection;
    private IWorkbench workbench;
    private WizardNewFileCreationPage page;

    public NewCellFileWizard() {
        setWindowTitle("New Cell File");
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        this.selection = selection;
    }

    @Override
    public void addPages() {
        page = new WizardNewFileCreationPage("file", selection) {
            @Override
            protected InputStream getInitialContents() {
                return new ByteArrayInputStream(template(getContainerFullPath(), getFileName())
                        .getBytes(StandardCharsets.UTF_8));
            }
        };
        page.setTitle("Cell file");
        page.setDescription("A .cell file for cells, protocols or studies.");
        page.setFileExtension("cell");
        page.setFileName("new.cell");
        addPage(page);
    }

    /** The first text of a new file: a package from the folder path below the project, and a cell. */
    public static String template(IPath container, String fileName) {
        String pkg = "lab";
        if (container != null && container.segmentCount() > 1) {
            pkg = String.join(".", container.removeFirstSegments(1).segments()).replaceAll("[^A-Za-z0-9_.]", "_");
        }
        String name = fileName == null ? "NewCell" : fileName.replaceFirst("\\.cell$", "");
        name = name.replaceAll("[^A-Za-z0-9_]", "_");
        name = name.isEmpty() ? "NewCell" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if (!Character.isLetter(name.charAt(0))) {
            name = "Cell" + name;
        }
        return """
                package %s

                cell %s {
                    area 1 cm2
                    cathode LCO { loading 1.5 mAh/cm2 }
                    electrolyte {
                        polymer PEO
                        salt LiTFSI { ratio EO:Li 20 }
                        thickness 50 um
                    }
                    anode Li { thickness 50 um }
                }
                """.formatted(pkg, name);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            file.setCharset("UTF-8", null);
            if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
                IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
            }
        } catch (org.eclipse.core.runtime.CoreException e) {
            // the file is there; opening it is a convenience
        }
        return true;
    }
}
