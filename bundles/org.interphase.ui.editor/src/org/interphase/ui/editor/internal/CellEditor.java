package org.interphase.ui.editor.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.ForwardingDocumentProvider;
import org.eclipse.ui.editors.text.StorageDocumentProvider;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.editors.text.TextFileDocumentProvider;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.IDocumentProvider;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.interphase.ui.editor.CellEditors;
import org.interphase.dsl.ide.services.CellSemanticHighlighting;
import org.interphase.dsl.ide.services.CellFormatter;

/**
 * The editor of {@code .cell} files, on the platform's text editor: highlighting, problems while
 * typing, content assist, hover, go to definition, outline, formatting, quick fixes, toggle comment
 * and bracket matching, driven by the language's Xtext runtime and IDE services.
 */
public final class CellEditor extends TextEditor {

    private static final String MATCHING_BRACKETS = "org.interphase.ui.editor.matchingBrackets";
    private static final String MATCHING_BRACKETS_COLOR = "org.interphase.ui.editor.matchingBracketsColor";

    private static IDocumentProvider documentProvider;

    private volatile CellSnapshot latest;
    private SemanticPresenter presenter;
    private CellOutlinePage outline;

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        PreferenceStore own = new PreferenceStore();
        own.setDefault(MATCHING_BRACKETS, true);
        own.setDefault(MATCHING_BRACKETS_COLOR, "128,128,128");
        IPreferenceStore store = new ChainedPreferenceStore(new IPreferenceStore[] { own, EditorsUI.getPreferenceStore() });
        setPreferenceStore(store);
        setDocumentProvider(provider());
        setSourceViewerConfiguration(new CellConfiguration(this, store));
        setKeyBindingScopes(new String[] { CellEditors.CONTEXT_ID });
    }

    private static synchronized IDocumentProvider provider() {
        if (documentProvider == null) {
            documentProvider = new ForwardingDocumentProvider(CellPartitions.PARTITIONING, new CellPartitions(),
                    new TextFileDocumentProvider(new StorageDocumentProvider()));
        }
        return documentProvider;
    }

    @Override
    protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
        support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(new char[] { '{', '}' }));
        support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOR);
        super.configureSourceViewerDecorationSupport(support);
    }

    /** A viewer that can fold (see {@link CellFolding}). */
    @Override
    protected ISourceViewer createSourceViewer(Composite parent, org.eclipse.jface.text.source.IVerticalRuler ruler,
            int styles) {
        ISourceViewer viewer = new org.eclipse.jface.text.source.projection.ProjectionViewer(parent, ruler,
                getOverviewRuler(), isOverviewRulerVisible(), styles);
        getSourceViewerDecorationSupport(viewer);
        return viewer;
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        ISourceViewer viewer = getSourceViewer();
        if (viewer instanceof org.eclipse.jface.text.source.projection.ProjectionViewer projection) {
            var support = new org.eclipse.jface.text.source.projection.ProjectionSupport(projection,
                    getAnnotationAccess(), getSharedColors());
            support.install();
            projection.doOperation(org.eclipse.jface.text.source.projection.ProjectionViewer.TOGGLE);
        }
        registerWithIndex();
        presenter = new SemanticPresenter(viewer);
        if (viewer instanceof ITextViewerExtension4 ext) {
            ext.addTextPresentationListener(presenter);
        }
        if (getSelectionProvider() instanceof IPostSelectionProvider p) {
            p.addPostSelectionChangedListener(e -> {
                if (e.getSelection() instanceof ITextSelection t) {
                    if (outline != null) {
                        outline.reveal(t.getOffset());
                    }
                    markOccurrences(t.getOffset());
                }
            });
        }
    }

    private final CellOccurrences occurrences = new CellOccurrences();

    private final CellReconciler problems = new CellReconciler(this);

    /** The file's problems whenever the index checks it again, also after a change in another editor. */
    private final java.util.function.Consumer<List<org.eclipse.xtext.validation.Issue>> indexed = issues -> {
        IDocument d = getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
        problems.show(issues, d == null ? 0 : d.getLength());
    };

    private IFile indexedFile;

    /** The caret's offset in the text. */
    public int caret() {
        return getSelectionProvider().getSelection() instanceof ITextSelection t ? t.getOffset() : 0;
    }

    /** A message in the status line. */
    public void status(String message) {
        getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    /**
     * The editor's current text through the index, waiting for the index if it is not built yet
     * (with a busy cursor): rename and references must work on what the editor shows.
     */
    public CellSnapshot indexedSnapshot() {
        String text = getDocumentProvider().getDocument(getEditorInput()).get();
        CellSnapshot[] s = new CellSnapshot[1];
        org.eclipse.swt.custom.BusyIndicator.showWhile(getSite().getShell().getDisplay(), () -> {
            WorkbenchIndex.get();
            s[0] = parse(text);
        });
        latest = s[0];
        return s[0];
    }

    CellReconciler problems() {
        return problems;
    }

    /** Registers the editor's file with the workbench's index, so that its unsaved text counts everywhere. */
    private void registerWithIndex() {
        IFile f = file();
        if (WorkbenchIndex.covers(f)) {
            IDocument d = getDocumentProvider().getDocument(getEditorInput());
            indexedFile = f;
            WorkbenchIndex.opened(f, d::get, indexed);
        }
    }

    /** Highlights the uses of the name at the caret, if the reconciled text is the current one. */
    private void markOccurrences(int caret) {
        IDocument d = getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
        CellSnapshot s = latest;
        // parsing on every caret move would slow typing: the reconciler's latest parse, if current
        occurrences.update(annotationModel(), s != null && d != null && s.text().equals(d.get()) ? s : null, caret);
    }

    // ------------------------------------------------------------------ the model

    /** The folding annotations (for tests), or null when the viewer cannot fold. */
    public org.eclipse.jface.text.source.projection.ProjectionAnnotationModel foldingModel() {
        return getSourceViewer() instanceof org.eclipse.jface.text.source.projection.ProjectionViewer p
                ? p.getProjectionAnnotationModel() : null;
    }

    /** The editor's source viewer (for tests and the quick assist). */
    public ISourceViewer viewer() {
        return getSourceViewer();
    }

    /** The file being edited, or null (a library file). */
    public IFile file() {
        IEditorInput input = getEditorInput();
        return input instanceof IFileEditorInput f ? f.getFile() : null;
    }

    /** Parses a text of this editor in its context (any thread). */
    CellSnapshot parse(String text) {
        IEditorInput input = getEditorInput();
        String name = input instanceof Navigation.LibraryInput l ? l.key() : input == null ? "editor.cell" : input.getName();
        return CellSnapshot.of(file(), name, text);
    }

    /** The editor's text parsed in its context, up to date with the document (any thread). */
    public CellSnapshot snapshot() {
        IDocument document = getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
        String text = document == null ? "" : document.get();
        CellSnapshot s = latest;
        if (s == null || !s.text().equals(text)) {
            s = parse(text);
            latest = s;
        }
        return s;
    }

    /** The latest snapshot the reconciler made, or null. */
    public CellSnapshot latestSnapshot() {
        return latest;
    }

    IAnnotationModel annotationModel() {
        return getDocumentProvider() == null ? null : getDocumentProvider().getAnnotationModel(getEditorInput());
    }

    /** Called by the reconciler (any thread) with the text it checked. */
    void reconciled(CellSnapshot snapshot, List<CellSemanticHighlighting.Range> ranges) {
        latest = snapshot;
        List<OutlineTree.Node> tree = OutlineTree.of(snapshot.document());
        Display display = getSite() == null ? null : getSite().getShell().getDisplay();
        if (display == null || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (getSourceViewer() == null || getSourceViewer().getTextWidget() == null
                    || getSourceViewer().getTextWidget().isDisposed()) {
                return;
            }
            if (presenter != null) {
                presenter.update(ranges, snapshot.text().length());
            }
            if (outline != null) {
                outline.update(tree);
            }
            if (getSourceViewer() instanceof org.eclipse.jface.text.source.projection.ProjectionViewer projection
                    && projection.getProjectionAnnotationModel() != null) {
                IDocument d = getDocumentProvider().getDocument(getEditorInput());
                if (d != null && d.get().equals(snapshot.text())) {
                    CellFolding.update(projection.getProjectionAnnotationModel(), CellFolding.regions(snapshot, d));
                }
            }
            reconciledText = snapshot.text();
        });
    }

    private volatile String reconciledText;

    /** The text whose problems, outline and highlighting the editor shows now (tests wait for it). */
    public String reconciledText() {
        return reconciledText;
    }

    /** The semantic ranges currently applied. */
    public List<CellSemanticHighlighting.Range> semanticRanges() {
        return presenter == null ? List.of() : presenter.ranges();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                outline = new CellOutlinePage(this);
            }
            return adapter.cast(outline);
        }
        return super.getAdapter(adapter);
    }

    // ------------------------------------------------------------------ commands

    /** Opens the Quick Outline popup over the editor; returns it (open) or null. */
    public CellQuickOutline quickOutline() {
        CellSnapshot s = snapshot();
        CellQuickOutline popup = new CellQuickOutline(getSite().getShell(), this, OutlineTree.of(s.document()));
        popup.open();
        return popup;
    }

    /** Opens the declaration of the name at the caret (as Ctrl+click does); false if there is none. */
    public boolean openDeclaration() {
        if (!(getSelectionProvider().getSelection() instanceof ITextSelection sel)) {
            return false;
        }
        org.eclipse.jface.text.hyperlink.IHyperlink[] links = new CellHyperlinks(this::snapshot)
                .detectHyperlinks(getSourceViewer(), new org.eclipse.jface.text.Region(sel.getOffset(), 0), false);
        if (links == null || links.length == 0) {
            return false;
        }
        links[0].open();
        return true;
    }

    /** Formats the whole text (one undoable change touching only the lines that change). */
    public void format() {
        IDocument d = getDocumentProvider().getDocument(getEditorInput());
        if (d == null || !isEditable()) {
            return;
        }
        String text = d.get();
        String formatted = CellFormatter.format(text);
        if (formatted.equals(text)) {
            return;
        }
        int prefix = 0;
        int max = Math.min(text.length(), formatted.length());
        while (prefix < max && text.charAt(prefix) == formatted.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && text.charAt(text.length() - 1 - suffix) == formatted.charAt(formatted.length() - 1 - suffix)) {
            suffix++;
        }
        try {
            d.replace(prefix, text.length() - prefix - suffix, formatted.substring(prefix, formatted.length() - suffix));
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Comments the selected lines out with '//', or in again if they all are comments. */
    public void toggleComment() {
        IDocument d = getDocumentProvider().getDocument(getEditorInput());
        ITextSelection sel = (ITextSelection) getSelectionProvider().getSelection();
        if (d == null || !isEditable()) {
            return;
        }
        boolean allCommented = true;
        try {
            int last = sel.getEndLine();
            if (sel.getLength() > 0 && d.getLineOffset(last) == sel.getOffset() + sel.getLength() && last > sel.getStartLine()) {
                last--; // a selection ending at a line start does not include that line
            }
            for (int line = sel.getStartLine(); line <= last; line++) {
                IRegion r = d.getLineInformation(line);
                String text = d.get(r.getOffset(), r.getLength()).strip();
                if (!text.isEmpty() && !text.startsWith("//")) {
                    allCommented = false;
                }
            }
        } catch (BadLocationException e) {
            return;
        }
        ITextOperationTarget target = getAdapter(ITextOperationTarget.class);
        int op = allCommented ? ITextOperationTarget.STRIP_PREFIX : ITextOperationTarget.PREFIX;
        if (target != null && target.canDoOperation(op)) {
            target.doOperation(op);
        }
    }

    @Override
    public void dispose() {
        if (indexedFile != null) {
            WorkbenchIndex.closed(indexedFile, indexed);
            indexedFile = null;
        }
        if (getSourceViewer() instanceof ITextViewerExtension4 ext && presenter != null) {
            ext.removeTextPresentationListener(presenter);
        }
        super.dispose();
    }
}
