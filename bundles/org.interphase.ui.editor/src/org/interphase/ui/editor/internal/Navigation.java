package org.interphase.ui.editor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IStorage;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStorageEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.interphase.materials.MaterialLibrary;
import org.interphase.ui.KeyedEditorInput;
import org.interphase.ui.editor.CellEditors;

/**
 * Go to definition: from a reference to the declaration, in the same file, another file of the
 * project, a file of a referenced project, or the built-in material library (opened read-only).
 */
public final class Navigation {

    private Navigation() {
    }

    /** The declaration a reference at an offset points to, or null (not a reference, or unresolved). */
    public static EObject definition(CellSnapshot s, int offset) {
        EObject target = new EObjectAtOffsetHelper().resolveCrossReferencedElementAt(s.resource(), offset);
        return target == null || target.eIsProxy() || target.eResource() == null ? null : target;
    }

    /** The text range of a reference at an offset (what a hyperlink underlines), or null. */
    public static IRegion referenceRegion(CellSnapshot s, int offset) {
        INode node = new EObjectAtOffsetHelper().getCrossReferenceNode(s.resource(), new org.eclipse.xtext.util.TextRegion(offset, 0));
        return node == null ? null : new Region(node.getOffset(), node.getLength());
    }

    /** Where a declaration's name is written in its file. */
    public static IRegion nameRegion(EObject target) {
        EAttribute name = target.eClass().getEAllAttributes().stream().filter(a -> a.getName().equals("name")).findFirst()
                .orElse(null);
        List<INode> nodes = name == null ? List.of() : NodeModelUtils.findNodesForFeature(target, name);
        INode node = nodes.isEmpty() ? NodeModelUtils.findActualNodeFor(target) : nodes.get(0);
        return node == null ? new Region(0, 0) : new Region(node.getOffset(), node.getLength());
    }

    /** The workspace file a declaration is in, or null (library, or outside the workspace). */
    public static IFile file(EObject target) {
        URI uri = target.eResource().getURI();
        if (!uri.isFile()) {
            return null;
        }
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
                .findFilesForLocationURI(java.net.URI.create(uri.toString()));
        return files.length == 0 ? null : files[0];
    }

    /** The library file (e.g. library/cathodes.cell) a declaration is in, or null. */
    public static String libraryFile(EObject target) {
        URI resource = target.eResource().getURI();
        String uri = resource.toString();
        String cached = org.interphase.dsl.ide.server.BuiltInLibrary.libraryFile(resource); // the index's copy
        return cached != null ? cached
                : MaterialLibrary.FILES.stream().filter(f -> MaterialLibrary.uri(f).equals(uri)).findFirst().orElse(null);
    }

    /** "in /lab/cells/materials.cell" or "in the built-in library (library/cathodes.cell)". */
    public static String where(EObject target) {
        IFile f = file(target);
        if (f != null) {
            return "defined in " + f.getFullPath();
        }
        String lib = libraryFile(target);
        return lib != null ? "built-in library (" + lib + ")" : "defined in " + target.eResource().getURI();
    }

    /** Opens the declaration in the cell editor with its name selected; returns the editor or null. */
    public static ITextEditor open(IWorkbenchPage page, EObject target) throws PartInitException {
        IRegion region = nameRegion(target);
        IEditorPart part;
        IFile f = file(target);
        String lib = libraryFile(target);
        if (f != null) {
            part = IDE.openEditor(page, f, CellEditors.EDITOR_ID);
        } else if (lib != null) {
            part = page.openEditor(new LibraryInput(lib), CellEditors.EDITOR_ID);
        } else {
            return null;
        }
        if (part instanceof ITextEditor editor) {
            editor.selectAndReveal(region.getOffset(), region.getLength());
            return editor;
        }
        return null;
    }

    /** A built-in library file, read-only. */
    public static final class LibraryInput extends KeyedEditorInput<String> implements IStorageEditorInput {

        /** @param file the library file, relative to the library bundle (its key) */
        public LibraryInput(String file) {
            super(file);
        }

        @Override
        public IStorage getStorage() {
            return new org.eclipse.core.resources.IEncodedStorage() {
                @Override
                public String getCharset() {
                    return "UTF-8";
                }

                @Override
                public InputStream getContents() throws CoreException {
                    try {
                        return MaterialLibrary.url(key()).openStream();
                    } catch (IOException e) {
                        throw new CoreException(Status.error("cannot read the library file " + key(), e));
                    }
                }

                @Override
                public IPath getFullPath() {
                    return IPath.fromPortableString("/" + MaterialLibrary.BUNDLE + "/" + key());
                }

                @Override
                public String getName() {
                    return IPath.fromPortableString(key()).lastSegment();
                }

                @Override
                public boolean isReadOnly() {
                    return true;
                }

                @Override
                public <T> T getAdapter(Class<T> adapter) {
                    return null;
                }
            };
        }

        @Override
        public String getName() {
            return IPath.fromPortableString(key()).lastSegment() + " (built-in library)";
        }

        @Override
        public String getToolTipText() {
            return "Interphase built-in material library: " + key() + " (read-only)";
        }
    }

}
