package org.interphase.ui.editor.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.IEditorMatchAdapter;
import org.eclipse.search.ui.text.IFileMatchAdapter;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.ide.index.CellIndex.Occurrence;

/**
 * Find references (Ctrl+Shift+G) as a search of the Search view: every use of the name at the caret
 * in the workspace's projects, from the workbench's index (the references the language server
 * answers), each a match in its file with the matches underlined in open editors.
 */
public final class CellReferences implements ISearchQuery {

    private final IFile file;
    private final int offset;
    private final String name;
    private final Result result = new Result(this);

    /** @param name the name at the caret (for the label) */
    public CellReferences(IFile file, int offset, String name) {
        this.file = file;
        this.offset = offset;
        this.name = name;
    }

    @Override
    public IStatus run(IProgressMonitor monitor) {
        result.removeAll();
        for (Occurrence o : WorkbenchIndex.get().references(WorkbenchIndex.uri(file), offset, true,
                monitor == null ? CancelIndicator.NullImpl : monitor::isCanceled)) {
            IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
                    .findFilesForLocationURI(java.net.URI.create(o.uri().toString()));
            if (files.length > 0) { // the built-in library's declaration is not a workspace file
                result.addMatch(new Match(files[0], o.offset(), o.length()));
            }
        }
        return Status.OK_STATUS;
    }

    @Override
    public String getLabel() {
        return "References to '" + name + "'";
    }

    @Override
    public boolean canRerun() {
        return true;
    }

    @Override
    public boolean canRunInBackground() {
        return true;
    }

    @Override
    public ISearchResult getSearchResult() {
        return result;
    }

    /** The matches of one search, by file. */
    public static final class Result extends AbstractTextSearchResult implements IEditorMatchAdapter, IFileMatchAdapter {

        private final CellReferences query;

        Result(CellReferences query) {
            this.query = query;
        }

        @Override
        public String getLabel() {
            int n = getMatchCount();
            return "'" + query.name + "' - " + n + (n == 1 ? " reference" : " references") + " in the workspace";
        }

        @Override
        public String getTooltip() {
            return getLabel();
        }

        @Override
        public ImageDescriptor getImageDescriptor() {
            return null;
        }

        @Override
        public ISearchQuery getQuery() {
            return query;
        }

        @Override
        public IEditorMatchAdapter getEditorMatchAdapter() {
            return this;
        }

        @Override
        public IFileMatchAdapter getFileMatchAdapter() {
            return this;
        }

        @Override
        public boolean isShownInEditor(Match match, IEditorPart editor) {
            return editor.getEditorInput() instanceof IFileEditorInput in && in.getFile().equals(match.getElement());
        }

        @Override
        public Match[] computeContainedMatches(AbstractTextSearchResult result, IEditorPart editor) {
            return editor.getEditorInput() instanceof IFileEditorInput in ? getMatches(in.getFile()) : new Match[0];
        }

        @Override
        public Match[] computeContainedMatches(AbstractTextSearchResult result, IFile file) {
            return getMatches(file);
        }

        @Override
        public IFile getFile(Object element) {
            return element instanceof IFile f ? f : null;
        }
    }
}
