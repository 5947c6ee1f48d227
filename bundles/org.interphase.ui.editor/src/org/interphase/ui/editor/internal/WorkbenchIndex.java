package org.interphase.ui.editor.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.ide.index.CellIndex;
import org.interphase.dsl.ide.server.CellWorkspaceConfigFactory.ProjectSpec;
import org.interphase.ui.InterphaseUi;

/**
 * The workbench's one index of the cell files of its open projects ({@link CellIndex}, the language
 * server's machinery), kept up to date with the editors' unsaved text and with the files on disk.
 * Built on first use; built again when projects are opened, closed, added or change their
 * references. Editors register their file and hear its problems whenever it is checked again,
 * also when the change was made in another editor.
 */
public final class WorkbenchIndex {

    private static volatile CellIndex index;
    private static volatile boolean stale;
    private static boolean listening;
    private static final Map<URI, Supplier<String>> open = new ConcurrentHashMap<>();
    private static final Map<URI, List<Consumer<List<Issue>>>> listeners = new ConcurrentHashMap<>();

    private WorkbenchIndex() {
    }

    /** The index, built now if needed (not on the UI thread: the first build reads every file). */
    public static synchronized CellIndex get() {
        if (!listening) {
            ResourcesPlugin.getWorkspace().addResourceChangeListener(WorkbenchIndex::changed, IResourceChangeEvent.POST_CHANGE);
            listening = true;
        }
        if (index == null || stale) {
            stale = false;
            CellIndex built = CellIndex.open(projects(), List.of(), CancelIndicator.NullImpl);
            built.addListener(WorkbenchIndex::checked);
            index = built;
            // the open editors' text counts, not the disk's
            open.forEach((uri, text) -> built.change(uri, text.get(), CancelIndicator.NullImpl));
        }
        return index;
    }

    /** The index when it is built and current, else null (for the UI thread, which must not wait). */
    public static CellIndex ifReady() {
        CellIndex current = index;
        return current == null || stale ? null : current;
    }

    /** A file's URI as the index names it. */
    public static URI uri(IFile file) {
        return CellIndex.uri(file.getLocation().toFile().toPath());
    }

    /** Whether the index holds a file (a file of an open project, outside its results and build output). */
    public static boolean covers(IFile file) {
        return file != null && file.getProject() != null && file.getProject().isAccessible() && file.getLocation() != null
                && excluded(file.getProject()).stream().noneMatch(e -> uri(file).toFileString().startsWith(e + "/"));
    }

    /** An editor shows a file: its text is what every check sees, and it hears the file's problems. */
    public static void opened(IFile file, Supplier<String> text, Consumer<List<Issue>> problems) {
        URI uri = uri(file);
        open.put(uri, text);
        listeners.computeIfAbsent(uri, u -> new CopyOnWriteArrayList<>()).add(problems);
    }

    /** The editor closed (without saving or after): the disk's text counts again. */
    public static void closed(IFile file, Consumer<List<Issue>> problems) {
        URI uri = uri(file);
        List<Consumer<List<Issue>>> l = listeners.get(uri);
        if (l != null) {
            l.remove(problems);
        }
        if (l == null || l.isEmpty()) {
            open.remove(uri);
            CellIndex current = ifReady();
            if (current != null) {
                Job.createSystem("Closing " + file.getName(), (org.eclipse.core.runtime.jobs.IJobFunction) m -> {
                    current.close(uri, CancelIndicator.NullImpl);
                    return Status.OK_STATUS;
                }).schedule();
            }
        }
    }

    private static void checked(URI uri, List<Issue> issues) {
        List<Consumer<List<Issue>>> l = listeners.get(uri);
        if (l != null) {
            l.forEach(c -> c.accept(issues));
        }
    }

    /** Every open project with a folder on disk, with the projects it references. */
    private static List<ProjectSpec> projects() {
        List<ProjectSpec> specs = new ArrayList<>();
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (!p.isAccessible() || p.getLocation() == null) {
                continue;
            }
            List<String> references = new ArrayList<>();
            try {
                for (IProject r : p.getReferencedProjects()) {
                    if (r.isAccessible()) {
                        references.add(r.getName());
                    }
                }
            } catch (CoreException e) {
                // a project whose description cannot be read sees only itself
            }
            specs.add(new ProjectSpec(p.getName(), p.getLocation().toFile().toPath(), references,
                    excluded(p).stream().map(Path::of).toList()));
        }
        return specs;
    }

    /** The folders of a project that hold no sources: results, build output (as the builder's ProjectFiles). */
    private static List<String> excluded(IProject p) {
        Path root = p.getLocation().toFile().toPath().toAbsolutePath().normalize();
        return List.of(root.resolve(InterphaseUi.RESULTS_FOLDER).toString(), root.resolve("target").toString(),
                root.resolve("bin").toString());
    }

    /** Files saved, added or deleted: the index reads them again; project changes build it anew. */
    private static void changed(IResourceChangeEvent event) {
        List<URI> changed = new ArrayList<>();
        List<URI> deleted = new ArrayList<>();
        boolean projects[] = { false };
        try {
            event.getDelta().accept(delta -> {
                IResource r = delta.getResource();
                if (r instanceof IProject) {
                    int flags = IResourceDelta.OPEN | IResourceDelta.DESCRIPTION;
                    if (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & flags) != 0) {
                        projects[0] = true;
                        return false;
                    }
                } else if (r instanceof IFile f && "cell".equals(f.getFileExtension()) && f.getLocation() != null) {
                    URI uri = uri(f);
                    if (delta.getKind() == IResourceDelta.REMOVED) {
                        deleted.add(uri);
                    } else if (delta.getKind() == IResourceDelta.ADDED
                            || (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
                        changed.add(uri);
                    }
                }
                return true;
            });
        } catch (CoreException e) {
            projects[0] = true;
        }
        // not under the class's lock: a first build holds it while it reads every file
        if (projects[0]) {
            stale = true;
            return;
        }
        CellIndex current = ifReady();
        if (current == null || changed.isEmpty() && deleted.isEmpty()) {
            return;
        }
        new Job("Indexing cell files") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                current.filesChanged(changed, deleted, CancelIndicator.NullImpl);
                return Status.OK_STATUS;
            }
        }.schedule();
    }
}
