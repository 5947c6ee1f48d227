package org.interphase.ui.internal.project;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.interphase.ui.InterphaseUi;

/**
 * Validates every {@code .cell} file of an Interphase project, read together with the files of the
 * projects it references and the built-in library, and shows the problems as markers with file,
 * line and character range. Runs when a {@code .cell} file of the project or of a referenced project
 * changes; other changes (results, data) do not trigger it.
 */
public final class CellBuilder extends IncrementalProjectBuilder {

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        List<IProject> visible = ProjectFiles.visibleProjects(getProject());
        if (kind != FULL_BUILD && kind != CLEAN_BUILD && !cellFilesChanged(visible)) {
            return visible.subList(1, visible.size()).toArray(IProject[]::new);
        }
        validate(getProject(), monitor);
        return visible.subList(1, visible.size()).toArray(IProject[]::new);
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(InterphaseUi.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE);
    }

    private boolean cellFilesChanged(List<IProject> projects) throws CoreException {
        for (IProject p : projects) {
            IResourceDelta delta = getDelta(p);
            if (delta == null) {
                return true; // no delta known: build everything
            }
            boolean[] changed = { false };
            delta.accept(d -> {
                if (d.getResource() instanceof IFile f && "cell".equals(f.getFileExtension())) {
                    changed[0] = true;
                }
                return !changed[0];
            });
            if (changed[0]) {
                return true;
            }
        }
        return false;
    }

    /** Validates a project's files and replaces their markers. */
    public static void validate(IProject project, IProgressMonitor monitor) throws CoreException {
        List<IFile> files = ProjectFiles.cellFiles(project);
        SubMonitor sub = SubMonitor.convert(monitor, "Checking the cell files of " + project.getName(), files.size() + 1);
        ProjectModel model = ProjectModel.load(project, null, null);
        sub.worked(1);
        project.deleteMarkers(InterphaseUi.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE);
        for (IFile file : files) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            sub.subTask(file.getProjectRelativePath().toString());
            if (model.resource(file) == null) {
                marker(file, IMarker.SEVERITY_ERROR, "cannot read the file", 1, 0, 0, null, null);
            } else {
                for (Issue issue : model.validate(file, sub::isCanceled)) {
                    if (issue.getSeverity() == Severity.ERROR || issue.getSeverity() == Severity.WARNING) {
                        marker(file, issue.getSeverity() == Severity.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING,
                                issue.getMessage(), issue.getLineNumber() == null ? 1 : issue.getLineNumber(),
                                issue.getOffset() == null ? 0 : issue.getOffset(),
                                issue.getLength() == null ? 0 : issue.getLength(), issue.getCode(), issue.getData());
                    }
                }
            }
            sub.worked(1);
        }
    }

    private static void marker(IFile file, int severity, String message, int line, int offset, int length, String code,
            String[] data) throws CoreException {
        IMarker m = file.createMarker(InterphaseUi.PROBLEM_MARKER);
        m.setAttribute(IMarker.SEVERITY, severity);
        m.setAttribute(IMarker.MESSAGE, message);
        m.setAttribute(IMarker.LINE_NUMBER, line);
        m.setAttribute(IMarker.LOCATION, "line " + line);
        if (length > 0) {
            m.setAttribute(IMarker.CHAR_START, offset);
            m.setAttribute(IMarker.CHAR_END, offset + length);
        }
        if (code != null) {
            m.setAttribute(InterphaseUi.ATTR_CODE, code);
        }
        if (data != null && data.length > 0) {
            m.setAttribute(InterphaseUi.ATTR_DATA, String.join(InterphaseUi.DATA_SEPARATOR, data));
        }
    }
}
