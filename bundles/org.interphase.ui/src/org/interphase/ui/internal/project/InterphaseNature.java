package org.interphase.ui.internal.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.interphase.ui.InterphaseUi;

/** The Interphase project nature: adds the cell builder to the project. */
public final class InterphaseNature implements IProjectNature {

    private IProject project;

    /** Adds the nature (and with it the builder) to a project that does not have it yet. */
    public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
        if (project.hasNature(InterphaseUi.NATURE_ID)) {
            return;
        }
        IProjectDescription description = project.getDescription();
        List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
        natures.add(InterphaseUi.NATURE_ID);
        description.setNatureIds(natures.toArray(String[]::new));
        project.setDescription(description, monitor);
    }

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        ICommand[] commands = description.getBuildSpec();
        for (ICommand c : commands) {
            if (InterphaseUi.BUILDER_ID.equals(c.getBuilderName())) {
                return;
            }
        }
        ICommand command = description.newCommand();
        command.setBuilderName(InterphaseUi.BUILDER_ID);
        ICommand[] extended = Arrays.copyOf(commands, commands.length + 1);
        extended[commands.length] = command;
        description.setBuildSpec(extended);
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(c -> !InterphaseUi.BUILDER_ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
        project.setDescription(description, null);
        project.deleteMarkers(InterphaseUi.PROBLEM_MARKER, true, org.eclipse.core.resources.IResource.DEPTH_INFINITE);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
