package org.interphase.ui.editor.internal;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;

/** How a tree viewer shows outline entries: the Outline page and the Quick Outline popup. */
final class OutlineViewers {

    private OutlineViewers() {
    }

    /**
     * Gives a viewer the entries' tree (the top-level entries as the supplier has them at each
     * refresh) and their labels ("cell Name" for a top-level kind, the bare label for a layer or step).
     */
    static void showOutline(TreeViewer viewer, Supplier<List<OutlineTree.Node>> roots) {
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return roots.get().toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return ((OutlineTree.Node) parentElement).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((OutlineTree.Node) element).children().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                OutlineTree.Node n = (OutlineTree.Node) element;
                return switch (n.kind()) {
                    case "material", "cell", "protocol", "study", "sweep" -> n.kind() + " " + n.label();
                    default -> n.label();
                };
            }
        });
    }
}
