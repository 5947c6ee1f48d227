package org.interphase.ui.internal.project;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.workspace.CellWorkspace;

/**
 * The cell files a project sees (its own, those of the projects it references, the built-in
 * library), loaded and resolved together, so that imports by package work across files and projects.
 * The builder validates with it; the editor loads its unsaved text into it.
 */
public final class ProjectModel {

    private final CellWorkspace workspace = new CellWorkspace();
    private final Map<IFile, Resource> resources = new LinkedHashMap<>();
    private final List<String> unreadable = new ArrayList<>();

    private ProjectModel() {
    }

    /**
     * Loads every {@code .cell} file visible from a project and resolves them.
     *
     * @param replaced a file whose text comes from an editor instead of the disk, or null
     * @param text     that text
     */
    public static ProjectModel load(IProject project, IFile replaced, String text) throws CoreException {
        ProjectModel model = new ProjectModel();
        for (IProject p : ProjectFiles.visibleProjects(project)) {
            for (IFile f : ProjectFiles.cellFiles(p)) {
                if (f.equals(replaced) || f.getLocation() == null) {
                    continue;
                }
                try {
                    model.resources.put(f, model.workspace.load(ProjectFiles.path(f)));
                } catch (RuntimeException e) {
                    // EMF wraps I/O failures: the builder reports them on the file
                    model.unreadable.add(f.getFullPath().toString());
                }
            }
        }
        if (replaced != null && replaced.getLocation() != null) {
            try {
                model.resources.put(replaced, model.workspace.load(ProjectFiles.path(replaced), text));
            } catch (IOException e) {
                model.unreadable.add(replaced.getFullPath().toString());
            }
        }
        model.workspace.resolveAll();
        return model;
    }

    /** The resource of a file, or null when it is not visible from the project. */
    public Resource resource(IFile file) {
        return resources.get(file);
    }

    /** Every file loaded, with its resource. */
    public Map<IFile, Resource> resources() {
        return java.util.Collections.unmodifiableMap(resources);
    }

    public CellWorkspace workspace() {
        return workspace;
    }

    /**
     * Syntax, linking and validation issues of one file (with offsets, lines, codes and data).
     *
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     */
    public List<Issue> validate(IFile file, CancelIndicator cancel) {
        Resource r = resources.get(file);
        if (r == null) {
            return List.of();
        }
        try {
            return ((XtextResource) r).getResourceServiceProvider().getResourceValidator().validate(r, CheckMode.ALL, cancel);
        } catch (org.eclipse.xtext.service.OperationCanceledError e) {
            // Xtext's own cancellation, as the platform's
            throw new org.eclipse.core.runtime.OperationCanceledException();
        }
    }
}
