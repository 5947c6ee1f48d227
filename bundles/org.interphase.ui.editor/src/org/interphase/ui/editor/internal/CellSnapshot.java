package org.interphase.ui.editor.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.ide.index.CellIndex;
import org.interphase.dsl.workspace.CellWorkspace;
import org.interphase.model.Document;
import org.interphase.ui.internal.project.ProjectModel;

/**
 * An editor's text parsed and linked in the context it is checked in: for a file of a project,
 * through the workbench's index ({@link WorkbenchIndex}: every file the project sees, the other
 * editors' unsaved text; while the index is first built, {@link ProjectModel} loads the project);
 * for other inputs (a library file opened read-only), with the library alone.
 * Immutable once made; the editor keeps the latest one and its services read it.
 */
public final class CellSnapshot {

    private final String text;
    private final XtextResource resource;
    private final List<Issue> issues;

    private CellSnapshot(String text, XtextResource resource) {
        this(text, resource, null);
    }

    private CellSnapshot(String text, XtextResource resource, List<Issue> issues) {
        this.text = text;
        this.resource = resource;
        this.issues = issues;
    }

    /**
     * A file's text through the workbench's index: the index rebuilds what the text touches (its
     * problems reach the editors by {@link WorkbenchIndex}'s listeners) and the snapshot is the
     * file as that build linked and checked it. Null when the index is not there yet and the caller
     * must not wait for it (the UI thread).
     */
    private static CellSnapshot indexed(IFile file, String text) {
        CellIndex index = org.eclipse.swt.widgets.Display.getCurrent() != null ? WorkbenchIndex.ifReady() : WorkbenchIndex.get();
        if (index == null) {
            return null;
        }
        URI uri = WorkbenchIndex.uri(file);
        List<Issue> issues = index.change(uri, text, CancelIndicator.NullImpl);
        XtextResource r = index.resource(uri);
        return r == null ? null : new CellSnapshot(text, r, issues);
    }

    /** Whether the snapshot comes from the index (its problems were published to the editors by it). */
    public boolean indexed() {
        return issues != null;
    }

    /**
     * Parses and links a text.
     *
     * @param file the file the text is the content of, or null (then: a stand-alone text with the library)
     * @param name a name for stand-alone texts (e.g. the library file's name)
     */
    public static CellSnapshot of(IFile file, String name, String text) {
        CellServices.injector();
        if (WorkbenchIndex.covers(file)) {
            CellSnapshot s = indexed(file, text);
            if (s != null) {
                return s;
            }
        }
        if (file != null && file.getProject() != null && file.getProject().isAccessible() && file.getLocation() != null) {
            try {
                Resource r = ProjectModel.load(file.getProject(), file, text).resource(file);
                if (r != null) {
                    return new CellSnapshot(text, asIdeResource(r, text));
                }
            } catch (CoreException | IOException e) {
                // checked alone below
            }
        }
        CellWorkspace workspace = new CellWorkspace();
        workspace.resolveAll();
        if (org.interphase.materials.MaterialLibrary.FILES.contains(name)) {
            // a library file (read-only): the library's own resource, not a second copy beside it
            String uri = org.interphase.materials.MaterialLibrary.uri(name);
            Resource r = workspace.library().stream().filter(l -> l.getURI().toString().equals(uri)).findFirst().orElse(null);
            if (r != null) {
                try {
                    return new CellSnapshot(text, asIdeResource(r, text));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot parse the library file " + name, e);
                }
            }
        }
        try {
            Resource r = workspace.load(name.endsWith(".cell") ? name : name + ".cell", text);
            return new CellSnapshot(text, asIdeResource(r, text));
        } catch (IOException e) {
            throw new IllegalStateException("cannot parse an in-memory text", e);
        }
    }

    /**
     * Replaces a resource of the runtime injector by one of the IDE injector with the same URI and
     * text, in the same resource set, and resolves it: content assist needs the node model of the
     * grammar its parser was generated with.
     */
    private static XtextResource asIdeResource(Resource runtime, String text) throws IOException {
        ResourceSet set = runtime.getResourceSet();
        URI uri = runtime.getURI();
        set.getResources().remove(runtime);
        XtextResource r = CellServices.injector().getInstance(XtextResource.class);
        r.setURI(uri);
        set.getResources().add(r);
        r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        EcoreUtil.resolveAll(r);
        return r;
    }

    public String text() {
        return text;
    }

    public XtextResource resource() {
        return resource;
    }

    /** The document's root, or null when the text does not parse into one. */
    public Document document() {
        return resource.getContents().isEmpty() ? null : resource.getContents().get(0) instanceof Document d ? d : null;
    }

    /** Syntax, linking and validation issues, with offsets. */
    public List<Issue> validate(CancelIndicator cancel) {
        if (issues != null) {
            return issues;
        }
        return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, cancel);
    }

    /** The leaf node (not whitespace or comment if avoidable) at an offset, or null. */
    public ILeafNode leafAt(int offset) {
        if (resource.getParseResult() == null) {
            return null;
        }
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
        if ((leaf == null || leaf.isHidden()) && offset > 0) {
            ILeafNode before = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset - 1);
            if (before != null && !before.isHidden()) {
                return before;
            }
        }
        return leaf;
    }

    /** The innermost semantic object at an offset, or null. */
    public EObject objectAt(int offset) {
        ILeafNode leaf = leafAt(offset);
        return leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
    }
}
