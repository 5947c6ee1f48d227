package org.interphase.ui.internal.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.interphase.ui.InterphaseUi;

/**
 * The {@code .cell} files a project sees: its own and those of the projects it references
 * (transitively), which is how a team shares a material and protocol library between projects.
 */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /** The project and the open projects it references, transitively, the project first. */
    public static List<IProject> visibleProjects(IProject project) throws CoreException {
        Set<IProject> seen = new LinkedHashSet<>();
        collect(project, seen);
        return List.copyOf(seen);
    }

    private static void collect(IProject project, Set<IProject> seen) throws CoreException {
        if (!project.isAccessible() || !seen.add(project)) {
            return;
        }
        for (IProject referenced : project.getReferencedProjects()) {
            collect(referenced, seen);
        }
    }

    /** The {@code .cell} files of one project, leaving out hidden and derived folders and results/. */
    public static List<IFile> cellFiles(IProject project) throws CoreException {
        List<IFile> files = new ArrayList<>();
        collectFiles(project, files);
        return files;
    }

    private static void collectFiles(IContainer container, List<IFile> files) throws CoreException {
        for (IResource member : container.members()) {
            if (member.getName().startsWith(".") || member.isDerived()) {
                continue;
            }
            if (member instanceof IFile f && "cell".equals(f.getFileExtension())) {
                files.add(f);
            } else if (member instanceof IContainer c
                    && !(c.getParent() instanceof IProject && c.getName().equals(InterphaseUi.RESULTS_FOLDER))
                    && !c.getName().equals("target") && !c.getName().equals("bin")) {
                collectFiles(c, files);
            }
        }
    }

    /** The file on disk. */
    public static Path path(IFile file) {
        return file.getLocation().toFile().toPath().toAbsolutePath().normalize();
    }
}
