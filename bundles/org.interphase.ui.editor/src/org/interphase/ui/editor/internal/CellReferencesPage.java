package org.interphase.ui.editor.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.interphase.ui.editor.CellEditors;

/** The Search view's page for references: the files with their number of references; Next/Previous and a double click open each use. */
public final class CellReferencesPage extends AbstractTextSearchViewPage {

    public CellReferencesPage() {
        super(FLAG_LAYOUT_FLAT | FLAG_LAYOUT_TREE);
    }

    private final LabelProvider labels = new LabelProvider() {
        @Override
        public String getText(Object element) {
            if (!(element instanceof IFile f)) {
                return String.valueOf(element);
            }
            AbstractTextSearchResult r = getInput();
            int n = r == null ? 0 : r.getMatchCount(f);
            return f.getFullPath().makeRelative() + " (" + n + (n == 1 ? " reference)" : " references)");
        }
    };

    @Override
    protected void elementsChanged(Object[] objects) {
        refresh();
    }

    private void refresh() {
        if (getViewer() != null && getViewer().getControl() != null && !getViewer().getControl().isDisposed()) {
            getViewer().setInput(getInput());
            getViewer().refresh();
        }
    }

    @Override
    protected void clear() {
        refresh();
    }

    @Override
    protected void configureTableViewer(TableViewer viewer) {
        viewer.setContentProvider(new Files());
        viewer.setLabelProvider(labels);
    }

    @Override
    protected void configureTreeViewer(TreeViewer viewer) {
        viewer.setContentProvider(new Files());
        viewer.setLabelProvider(labels);
    }

    @Override
    protected void showMatch(Match match, int offset, int length, boolean activate) throws PartInitException {
        if (match.getElement() instanceof IFile f
                && IDE.openEditor(getSite().getPage(), f, CellEditors.EDITOR_ID, activate) instanceof ITextEditor e) {
            e.selectAndReveal(offset, length);
        }
    }

    /** The files of a result, by path. */
    private static final class Files extends ArrayContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof AbstractTextSearchResult r ? java.util.Arrays.stream(r.getElements())
                    .sorted(java.util.Comparator.comparing(e -> e instanceof IFile f ? f.getFullPath().toString() : ""))
                    .toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return false;
        }
    }
}
