package org.interphase.ui.editor.internal;

import java.util.List;

import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline of a cell editor: materials, cells with their layers, protocols with their steps,
 * studies and sweeps. Selecting an entry selects its name in the editor; moving the caret in the
 * editor selects the entry it is in.
 */
public final class CellOutlinePage extends ContentOutlinePage {

    private final CellEditor editor;
    private List<OutlineTree.Node> roots = List.of();
    private boolean syncing;

    CellOutlinePage(CellEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        OutlineViewers.showOutline(viewer, () -> roots);
        viewer.setInput(this);
        viewer.expandToLevel(2);
        CellSnapshot s = editor.latestSnapshot();
        if (s != null) {
            update(OutlineTree.of(s.document()));
        }
    }

    /** New entries (UI thread). */
    void update(List<OutlineTree.Node> newRoots) {
        if (newRoots.equals(roots) || getTreeViewer() == null || getTreeViewer().getControl().isDisposed()) {
            roots = newRoots;
            return;
        }
        roots = newRoots;
        getTreeViewer().getControl().setRedraw(false);
        try {
            getTreeViewer().refresh();
            getTreeViewer().expandToLevel(2);
        } finally {
            getTreeViewer().getControl().setRedraw(true);
        }
    }

    /** The current entries. */
    public List<OutlineTree.Node> roots() {
        return roots;
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (!syncing && event.getStructuredSelection().getFirstElement() instanceof OutlineTree.Node n) {
            syncing = true;
            try {
                editor.selectAndReveal(n.offset(), n.length());
            } finally {
                syncing = false;
            }
        }
    }

    /** Selects the innermost entry containing an editor offset (the editor's caret moved). */
    void reveal(int offset) {
        if (syncing || getTreeViewer() == null || getTreeViewer().getControl().isDisposed()) {
            return;
        }
        java.util.List<Object> path = new java.util.ArrayList<>();
        List<OutlineTree.Node> level = roots;
        boolean found = true;
        while (found) {
            found = false;
            for (OutlineTree.Node n : level) {
                if (n.contains(offset)) {
                    path.add(n);
                    level = n.children();
                    found = true;
                    break;
                }
            }
        }
        syncing = true;
        try {
            getTreeViewer().setSelection(path.isEmpty() ? StructuredSelection.EMPTY
                    : new TreeSelection(new TreePath(path.toArray())), true);
        } finally {
            syncing = false;
        }
    }
}
