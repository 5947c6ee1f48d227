package org.interphase.dsl.ide.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.ISourceFolder;
import org.eclipse.xtext.workspace.IWorkspaceConfig;
import org.eclipse.xtext.workspace.WorkspaceConfig;

/**
 * The language server's projects, by the import rules of {@code interphase check}: each workspace
 * folder is a project holding every {@code .cell} file below it, and every project also sees the
 * built-in material library and the {@code --lib} folders (as extra source folders, so that a
 * definition in them opens as a file).
 */
public final class CellWorkspaceConfigFactory implements IMultiRootWorkspaceConfigFactory {

    private final List<Path> libraries;

    public CellWorkspaceConfigFactory(List<Path> libraries) {
        this.libraries = List.copyOf(libraries);
    }

    /** The folders every project sees: the built-in library and the --lib folders. */
    private List<URI> sharedFolders() {
        List<URI> shared = new ArrayList<>();
        shared.add(folderUri(BuiltInLibrary.folder()));
        for (Path lib : libraries) {
            shared.add(folderUri(lib.toAbsolutePath().normalize()));
        }
        return shared;
    }

    @Override
    public IWorkspaceConfig getWorkspaceConfig(List<WorkspaceFolder> folders) {
        WorkspaceConfig config = new WorkspaceConfig();
        List<URI> shared = sharedFolders();
        Set<String> names = new LinkedHashSet<>();
        for (WorkspaceFolder folder : folders == null ? List.<WorkspaceFolder>of() : folders) {
            URI root = new UriExtensions().toUri(folder.getUri());
            if (!root.hasTrailingPathSeparator()) {
                root = root.appendSegment("");
            }
            String name = folder.getName() == null || folder.getName().isBlank() ? root.lastSegment() : folder.getName();
            String unique = name;
            for (int i = 2; !names.add(unique); i++) {
                unique = name + i;
            }
            config.addProject(new Project(unique, root, shared, List.of(), List.of(), config));
        }
        return config;
    }

    /**
     * The workbench's projects: each a folder that sees its own files, the shared library folders and
     * the projects it depends on (by name, as Eclipse's referenced projects).
     */
    public IWorkspaceConfig projectsConfig(List<ProjectSpec> projects) {
        WorkspaceConfig config = new WorkspaceConfig();
        List<URI> shared = sharedFolders();
        for (ProjectSpec p : projects) {
            config.addProject(new Project(p.name(), folderUri(p.root()), shared, p.dependencies(),
                    p.excluded().stream().map(e -> path(folderUri(e))).toList(), config));
        }
        return config;
    }

    /**
     * A project of the workbench: its name, its folder on disk, the names of the projects it sees
     * and the folders below it that hold no sources (results, build output).
     */
    public record ProjectSpec(String name, Path root, List<String> dependencies, List<Path> excluded) {
    }

    /** The names of the projects a project sees besides itself (empty for the language server's folders). */
    public static List<String> dependencies(IProjectConfig project) {
        return project instanceof Project p ? p.dependencies() : List.of();
    }

    /** A folder's URI in the form the server uses for files (file:///...), ending in a separator. */
    private static URI folderUri(Path folder) {
        URI uri = new UriExtensions().toUri(folder.toUri().toString());
        return uri.hasTrailingPathSeparator() ? uri : uri.appendSegment("");
    }

    /** A folder with everything below it, plus the shared library folders. */
    private record Project(String name, URI root, List<URI> shared, List<String> dependencies, List<String> excluded,
            IWorkspaceConfig workspace)
            implements IProjectConfig {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public URI getPath() {
            return root;
        }

        @Override
        public Set<? extends ISourceFolder> getSourceFolders() {
            Set<Folder> folders = new LinkedHashSet<>();
            folders.add(new Folder(name, root, excluded));
            for (URI s : shared) {
                if (!isPrefix(root, s) && !isPrefix(s, root)) {
                    folders.add(new Folder(s.lastSegment().isEmpty() ? s.segment(s.segmentCount() - 2)
                            : s.lastSegment(), s, List.of()));
                }
            }
            return folders;
        }

        @Override
        public ISourceFolder findSourceFolderContaining(URI member) {
            return getSourceFolders().stream().filter(f -> f.contains(member)).findFirst().orElse(null);
        }

        @Override
        public IWorkspaceConfig getWorkspaceConfig() {
            return workspace;
        }
    }

    /** A folder given by its absolute URI (ends in a separator). */
    private record Folder(String name, URI path, List<String> excluded) implements ISourceFolder {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public URI getPath() {
            return path;
        }

        @Override
        public boolean contains(URI uri) {
            return isPrefix(path, uri) && !hiddenBelow(path, uri)
                    && excluded.stream().noneMatch(e -> CellWorkspaceConfigFactory.path(uri).startsWith(e));
        }

        @Override
        public List<URI> getAllResources(org.eclipse.xtext.util.IFileSystemScanner scanner) {
            List<URI> uris = new ArrayList<>();
            scanner.scan(path, uri -> {
                if (contains(uri)) {
                    uris.add(uri);
                }
            });
            return uris;
        }
    }

    /** Whether a file or folder lies below a folder (compared as paths: file:/x and file:///x are one). */
    private static boolean isPrefix(URI prefix, URI uri) {
        String p = path(prefix);
        return path(uri).startsWith(p.endsWith("/") ? p : p + "/");
    }

    private static String path(URI uri) {
        if (!uri.isFile()) {
            return uri.toString();
        }
        String p = uri.toFileString().replace('\\', '/');
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return uri.hasTrailingPathSeparator() ? p + "/" : p;
    }

    /** Like check, files in hidden folders (.git, .metadata) below the root are not part of it. */
    private static boolean hiddenBelow(URI root, URI uri) {
        String rest = path(uri).substring(Math.min(path(uri).length(), path(root).length()));
        String[] parts = rest.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
