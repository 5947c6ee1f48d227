package org.interphase.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.interphase.dsl.workspace.ProjectLayout;
import org.interphase.ui.internal.project.InterphaseNature;

/**
 * Creates an Interphase project: the nature and builder, the layout {@code interphase init} writes
 * (cells/, protocols/, studies/, data/, results/, a .gitignore) and its example cell, protocol and
 * study.
 */
public final class ProjectCreation {

    private ProjectCreation() {
    }

    /**
     * @param location where on disk, or null for the workspace's default location
     * @param pkg      the examples' package (see {@link ProjectLayout#isPackageName})
     */
    public static IProject create(String name, IPath location, String pkg, IProgressMonitor monitor) throws CoreException {
        Map<String, String> files = ProjectLayout.files(pkg);
        SubMonitor sub = SubMonitor.convert(monitor, "Creating " + name, 3 + files.size() + ProjectLayout.FOLDERS.size());
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(name);
        description.setLocation(location);
        project.create(description, sub.split(1));
        project.open(sub.split(1));
        InterphaseNature.addTo(project, sub.split(1));
        for (String folder : ProjectLayout.FOLDERS) {
            IFolder f = project.getFolder(folder);
            if (!f.exists()) {
                f.create(true, true, sub.split(1));
            }
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            IFile f = project.getFile(e.getKey());
            if (!f.exists()) {
                f.create(new ByteArrayInputStream(e.getValue().getBytes(StandardCharsets.UTF_8)), true, sub.split(1));
                f.setCharset("UTF-8", null);
            }
        }
        return project;
    }
}
