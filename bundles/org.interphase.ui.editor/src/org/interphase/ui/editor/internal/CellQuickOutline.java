package org.interphase.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Quick Outline (Ctrl+O): the outline in a popup over the editor, filtered as one types (entries
 * whose label contains the text, with the entries around them); Return or a double click goes to
 * the selected entry and closes the popup, Escape closes it.
 */
public final class CellQuickOutline extends PopupDialog {

    private final CellEditor editor;
    private final List<OutlineTree.Node> all;
    private List<OutlineTree.Node> shown;
    private Text filter;
    private TreeViewer tree;

    public CellQuickOutline(Shell parent, CellEditor editor, List<OutlineTree.Node> roots) {
        super(parent, SWT.RESIZE, true, false, false, false, false, "", "Type to filter, Return to go");
        this.editor = editor;
        this.all = roots;
        this.shown = roots;
    }

    /** The entries whose label contains the text (any case), each with the entries it lies in. */
    public static List<OutlineTree.Node> filter(List<OutlineTree.Node> nodes, String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        if (t.isEmpty()) {
            return nodes;
        }
        List<OutlineTree.Node> kept = new ArrayList<>();
        for (OutlineTree.Node n : nodes) {
            List<OutlineTree.Node> children = filter(n.children(), t);
            if (n.label().toLowerCase(Locale.ROOT).contains(t) || !children.isEmpty()) {
                kept.add(new OutlineTree.Node(n.kind(), n.label(), n.offset(), n.length(), n.start(), n.end(),
                        n.label().toLowerCase(Locale.ROOT).contains(t) ? n.children() : children));
            }
        }
        return kept;
    }

    @Override
    protected Control createTitleControl(Composite parent) {
        filter = new Text(parent, SWT.NONE);
        filter.setMessage("filter");
        GridData data = new GridData(GridData.FILL_HORIZONTAL);
        filter.setLayoutData(data);
        filter.addModifyListener(e -> setFilter(filter.getText()));
        filter.addListener(SWT.DefaultSelection, e -> goToSelected());
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN) {
                tree.getTree().setFocus();
            }
        });
        return filter;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        tree = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.getControl().setLayoutData(new GridData(GridData.FILL_BOTH));
        OutlineViewers.showOutline(tree, () -> shown);
        tree.setInput(this);
        tree.expandAll();
        tree.addDoubleClickListener(e -> goToSelected());
        tree.getTree().addListener(SWT.DefaultSelection, e -> goToSelected());
        return tree.getControl();
    }

    @Override
    protected Control getFocusControl() {
        return filter;
    }

    /** Shows the entries matching a text (also for tests). */
    public void setFilter(String text) {
        shown = filter(all, text);
        if (tree != null && !tree.getControl().isDisposed()) {
            tree.refresh();
            tree.expandAll();
            if (!shown.isEmpty()) {
                tree.getTree().setSelection(tree.getTree().getItem(0));
            }
        }
    }

    /** The entries shown now. */
    public List<OutlineTree.Node> shown() {
        return shown;
    }

    /** Selects the chosen entry (or the first one shown) in the editor and closes the popup. */
    public void goToSelected() {
        Object selected = tree == null ? null : tree.getStructuredSelection().getFirstElement();
        OutlineTree.Node n = selected instanceof OutlineTree.Node node ? node : shown.isEmpty() ? null : shown.get(0);
        if (n != null) {
            editor.selectAndReveal(n.offset(), n.length());
        }
        close();
    }
}
