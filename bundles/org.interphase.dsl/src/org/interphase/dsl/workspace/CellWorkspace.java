package org.interphase.dsl.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.InterphaseStandaloneSetup;
import org.interphase.materials.MaterialLibrary;
import org.interphase.model.Document;
import org.interphase.model.Material;

import com.google.inject.Injector;

/**
 * A set of {@code .cell} files that see each other, plus the built-in material library: what a
 * folder is to the CLI and a project is to the workbench. Load files, resolve everything, then
 * ask for problems or for the model.
 */
public final class CellWorkspace {

    private static Injector injector;

    private final XtextResourceSet resourceSet;
    private final List<Resource> library = new ArrayList<>();

    public CellWorkspace() {
        resourceSet = injector().getInstance(XtextResourceSet.class);
        resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, "UTF-8");
        for (String file : MaterialLibrary.FILES) {
            Resource r = resourceSet.createResource(URI.createURI(MaterialLibrary.uri(file)));
            try (InputStream in = MaterialLibrary.url(file).openStream()) {
                r.load(in, resourceSet.getLoadOptions());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the material library file " + file, e);
            }
            library.add(r);
        }
    }

    /** The language's injector, created once (standalone setup; works inside and outside OSGi). */
    public static synchronized Injector injector() {
        if (injector == null) {
            injector = new InterphaseStandaloneSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    /** Loads a file (not yet resolved). */
    public Resource load(Path file) {
        URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
        Resource existing = resourceSet.getResource(uri, false);
        return existing != null ? existing : resourceSet.getResource(uri, true);
    }

    /**
     * Loads a file's text as an editor holds it (not what is on disk), under the file's URI, so that
     * the other files see the editor's version. Not yet resolved.
     */
    public Resource load(Path file, String text) throws IOException {
        URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
        Resource existing = resourceSet.getResource(uri, false);
        if (existing != null) {
            existing.unload();
            resourceSet.getResources().remove(existing);
        }
        Resource r = resourceSet.createResource(uri);
        r.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        return r;
    }

    /** Loads text under a name (for editors and tests). */
    public Resource load(String name, String text) throws IOException {
        Resource r = resourceSet.createResource(URI.createURI("inmemory:/" + name));
        r.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        return r;
    }

    /** Resolves every cross-reference of every loaded file. */
    public void resolveAll() {
        EcoreUtil.resolveAll(resourceSet);
    }

    /** Syntax, linking and validation problems of one resource, sorted by position. */
    public List<Problem> validate(Resource resource, String displayName, CancelIndicator cancel) {
        IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
        List<Problem> problems = new ArrayList<>();
        for (Issue issue : validator.validate(resource, CheckMode.ALL, cancel)) {
            if (issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR
                    || issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.WARNING) {
                problems.add(new Problem(displayName, orOne(issue.getLineNumber()), orOne(issue.getColumn()),
                        issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR ? Problem.Severity.ERROR
                                : Problem.Severity.WARNING,
                        issue.getMessage(), issue.getCode()));
            }
        }
        problems.sort(null);
        return problems;
    }

    /** The built-in library's resources. */
    public List<Resource> library() {
        return List.copyOf(library);
    }

    /** The built-in library's materials, in file order. */
    public List<Material> libraryMaterials() {
        List<Material> materials = new ArrayList<>();
        for (Resource r : library) {
            for (EObject root : r.getContents()) {
                if (root instanceof Document d) {
                    d.getElements().stream().filter(Material.class::isInstance).map(Material.class::cast)
                            .forEach(materials::add);
                }
            }
        }
        return materials;
    }

    public XtextResourceSet resourceSet() {
        return resourceSet;
    }

    private static int orOne(Integer value) {
        return value == null || value < 1 ? 1 : value;
    }
}
