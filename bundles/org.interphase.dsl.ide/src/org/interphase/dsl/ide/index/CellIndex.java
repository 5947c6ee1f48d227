package org.interphase.dsl.ide.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceDescription.Delta;
import org.eclipse.xtext.ide.server.findReferences.WorkspaceResourceAccess;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.ide.server.BuiltInLibrary;
import org.interphase.dsl.ide.server.CellWorkspaceConfigFactory;
import org.interphase.dsl.ide.server.CellWorkspaceConfigFactory.ProjectSpec;
import org.interphase.dsl.ide.server.InterphaseLanguageServer;

import com.google.inject.Injector;

/**
 * The workbench's index of the cell files of its projects, with dirty state: Xtext's
 * {@link WorkspaceManager} (the language server's, with the same services), fed with the text of
 * the open editors. A change rebuilds the changed file and the files whose links it touches (Xtext's
 * incremental builder, by the index's deltas), not the whole project, and every check sees the
 * unsaved text of every open editor. Rename and find references run on it, as the server's do.
 * Thread-safe: one request at a time.
 */
public final class CellIndex {

    /** A stretch of a file's text: what a reference or a rename edit covers. */
    public record Occurrence(URI uri, int offset, int length, int line, String replacement) {
    }

    private final WorkspaceManager workspace;
    private final IResourceServiceProvider language;
    private final UriExtensions uris;
    private final CellAccess access;
    private final Map<URI, List<Issue>> issues = new HashMap<>();
    private final List<BiConsumer<URI, List<Issue>>> listeners = new CopyOnWriteArrayList<>();
    private int version;

    private CellIndex(Injector server) {
        workspace = server.getInstance(WorkspaceManager.class);
        uris = server.getInstance(UriExtensions.class);
        language = InterphaseLanguageServer.languageInjector().getInstance(IResourceServiceProvider.class);
        access = new CellAccess(workspace, uris);
    }

    /**
     * Indexes and checks every file of the projects (the built-in library and {@code libraries} are
     * seen by all).
     */
    public static CellIndex open(List<ProjectSpec> projects, List<Path> libraries, CancelIndicator cancel) {
        CellWorkspaceConfigFactory factory = new CellWorkspaceConfigFactory(libraries);
        IMultiRootWorkspaceConfigFactory config = folders -> factory.projectsConfig(projects);
        CellIndex index = new CellIndex(InterphaseLanguageServer.serverInjector(config));
        synchronized (index) {
            index.workspace.initialize(List.of(), index::accept, cancel);
        }
        return index;
    }

    /** A file's URI in the index's form (file:///path, as Xtext's language server names files). */
    public static URI uri(Path file) {
        return new UriExtensions().withEmptyAuthority(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
    }

    private URI norm(URI uri) {
        return uris.withEmptyAuthority(uri);
    }

    private void accept(URI uri, Iterable<Issue> found) {
        List<Issue> list = new ArrayList<>();
        found.forEach(list::add);
        URI file = norm(uri);
        issues.put(file, list);
        listeners.forEach(l -> l.accept(file, list));
    }

    /** Called with each file's problems whenever it is checked again (on the thread of the change). */
    public void addListener(BiConsumer<URI, List<Issue>> listener) {
        listeners.add(listener);
    }

    public void removeListener(BiConsumer<URI, List<Issue>> listener) {
        listeners.remove(listener);
    }

    /** A file's latest problems (empty when it was never checked). */
    public synchronized List<Issue> issues(URI file) {
        return issues.getOrDefault(norm(file), List.of());
    }

    /**
     * An editor's text of a file (opened or changed): rebuilds what it touches and returns the
     * file's problems.
     */
    public synchronized List<Issue> change(URI file, String text, CancelIndicator cancel) {
        URI uri = norm(file);
        version++;
        List<Delta> deltas = workspace.isDocumentOpen(uri)
                ? workspace.didChangeTextDocumentContent(uri, version, List.of(new TextDocumentContentChangeEvent(text)))
                        .build(cancel)
                : workspace.didOpen(uri, version, text).build(cancel);
        dependents(List.of(uri), deltas, cancel);
        return issues(uri);
    }

    /** The editor of a file closed: what is on disk counts again. */
    public synchronized void close(URI file, CancelIndicator cancel) {
        URI uri = norm(file);
        if (workspace.isDocumentOpen(uri)) {
            dependents(List.of(uri), workspace.didClose(uri).build(cancel), cancel);
        }
    }

    /** Files changed or deleted on disk. */
    public synchronized void filesChanged(List<URI> changed, List<URI> deleted, CancelIndicator cancel) {
        List<URI> dirty = changed.stream().map(this::norm).toList();
        List<URI> gone = deleted.stream().map(this::norm).toList();
        List<URI> all = new ArrayList<>(dirty);
        all.addAll(gone);
        dependents(all, workspace.didChangeFiles(dirty, gone).build(cancel), cancel);
    }

    /**
     * Rebuilds the projects that see the changed files' projects (Eclipse's referenced projects),
     * with the deltas of the build: Xtext's build manager builds only the projects that hold a changed
     * file, so without this a name renamed in a shared project would not be checked where it is used.
     * Only the files the deltas affect are checked again.
     */
    private void dependents(List<URI> changed, List<Delta> deltas, CancelIndicator cancel) {
        if (deltas.isEmpty()) {
            return;
        }
        Set<String> built = new HashSet<>();
        for (URI u : changed) {
            ProjectManager pm = workspace.getProjectManager(u);
            if (pm != null) {
                built.add(pm.getProjectDescription().getName());
            }
        }
        List<Delta> all = new ArrayList<>(deltas);
        for (boolean progress = true; progress;) {
            progress = false;
            for (ProjectManager pm : workspace.getProjectManagers()) {
                String name = pm.getProjectDescription().getName();
                if (!built.contains(name) && pm.getProjectDescription().getDependencies().stream().anyMatch(built::contains)) {
                    built.add(name);
                    all.addAll(pm.doBuild(List.of(), List.of(), List.copyOf(all), cancel).getAffectedResources());
                    progress = true;
                }
            }
        }
    }

    /**
     * The resource of a file as the last build linked and checked it, with every link resolved: a
     * build links in a fresh resource set, so this one is not changed by later keystrokes.
     */
    public synchronized XtextResource resource(URI file) {
        URI uri = norm(file);
        XtextResource r = workspace.doRead(uri, (document, resource) -> resource);
        if (r != null) {
            EcoreUtil.resolveAll(r);
        }
        return r;
    }

    /** Every use of the name at an offset (the declaration first when asked for), in every project. */
    public synchronized List<Occurrence> references(URI file, int offset, boolean declaration, CancelIndicator cancel) {
        URI uri = norm(file);
        DocumentSymbolService symbols = language.get(DocumentSymbolService.class);
        List<Location> found = workspace.doRead(uri, (document, resource) -> {
            ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(uris.toUriString(uri)),
                    document.getPosition(offset), new ReferenceContext(declaration));
            return new ArrayList<Location>(symbols.getReferences(document, resource, params,
                    new WorkspaceResourceAccess(workspace), workspace.getIndex(), cancel));
        });
        Map<String, Occurrence> unique = new LinkedHashMap<>();
        for (Location l : found) {
            URI target = norm(uris.toUri(l.getUri()));
            Document d = document(target);
            int start = d.getOffSet(l.getRange().getStart());
            Occurrence o = new Occurrence(target, start, d.getOffSet(l.getRange().getEnd()) - start,
                    l.getRange().getStart().getLine() + 1, null);
            unique.putIfAbsent(target + "@" + start, o); // a library every project sees is indexed once per project
        }
        return List.copyOf(unique.values());
    }

    /**
     * The edits that rename the declaration or reference at an offset and every use of it, in every
     * project (Xtext's rename service, as {@code textDocument/rename}).
     *
     * @throws IllegalArgumentException with a message for the user when the name cannot be renamed
     */
    public synchronized List<Occurrence> rename(URI file, int offset, String newName, CancelIndicator cancel) {
        URI uri = norm(file);
        IRenameService2.Options options = new IRenameService2.Options();
        options.setLanguageServerAccess(access);
        options.setCancelIndicator(cancel);
        Document document = document(uri);
        options.setRenameParams(new RenameParams(new TextDocumentIdentifier(uris.toUriString(uri)),
                document.getPosition(offset), newName));
        WorkspaceEdit edit;
        try {
            edit = language.get(IRenameService2.class).rename(options);
        } catch (ResponseErrorException e) {
            throw new IllegalArgumentException(e.getResponseError().getMessage(), e);
        }
        Map<String, Occurrence> unique = new LinkedHashMap<>();
        Map<String, List<TextEdit>> changes = edit == null || edit.getChanges() == null ? Map.of() : edit.getChanges();
        for (var e : changes.entrySet()) {
            URI target = norm(uris.toUri(e.getKey()));
            if (BuiltInLibrary.isLibrary(target)) {
                throw new IllegalArgumentException("this name is declared in the built-in material library, which "
                        + "is read-only: declare your own material (e.g. 'material MyLCO extends LCO { }') instead");
            }
            Document d = document(target);
            for (TextEdit t : e.getValue()) {
                int start = d.getOffSet(t.getRange().getStart());
                unique.putIfAbsent(target + "@" + start, new Occurrence(target, start,
                        d.getOffSet(t.getRange().getEnd()) - start, t.getRange().getStart().getLine() + 1, t.getNewText()));
            }
        }
        return List.copyOf(unique.values());
    }

    /** The text of a file as the index sees it: the open editor's, else the disk's. */
    private Document document(URI uri) {
        if (workspace.isDocumentOpen(uri)) {
            Document open = workspace.doRead(uri, (d, r) -> d);
            if (open != null) {
                return open;
            }
        }
        try {
            return new Document(0, Files.readString(Path.of(java.net.URI.create(uri.toString())), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read " + uri, e);
        }
    }

    /** The files the index holds (for tests and measurements). */
    public synchronized int size() {
        LinkedHashSet<URI> all = new LinkedHashSet<>();
        workspace.getIndex().getAllResourceDescriptions().forEach(d -> all.add(d.getURI()));
        return all.size();
    }
}
