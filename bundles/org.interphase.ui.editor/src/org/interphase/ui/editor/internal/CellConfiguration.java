package org.interphase.ui.editor.internal;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** Wires the editor's services into the platform's source viewer. */
final class CellConfiguration extends TextSourceViewerConfiguration {

    /**
     * How long the text must rest before it is checked, in ms: short, since a check through the
     * index rebuilds only what a keystroke touches (docs/editors.md has the measured latency).
     */
    static final int RECONCILE_DELAY = 75;

    private final CellEditor editor;

    CellConfiguration(CellEditor editor, IPreferenceStore store) {
        super(store);
        this.editor = editor;
    }

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
        return CellPartitions.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        return CellPartitions.TYPES;
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(CellPartitions.PARTITIONING);
        DefaultDamagerRepairer code = new DefaultDamagerRepairer(new CellCodeScanner());
        reconciler.setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
        DefaultDamagerRepairer comment = new DefaultDamagerRepairer(single(CellColors.COMMENT, SWT.ITALIC));
        reconciler.setDamager(comment, CellPartitions.COMMENT);
        reconciler.setRepairer(comment, CellPartitions.COMMENT);
        DefaultDamagerRepairer string = new DefaultDamagerRepairer(single(CellColors.STRING, SWT.NORMAL));
        reconciler.setDamager(string, CellPartitions.STRING);
        reconciler.setRepairer(string, CellPartitions.STRING);
        return reconciler;
    }

    private static RuleBasedScanner single(Color color, int style) {
        RuleBasedScanner s = new RuleBasedScanner();
        s.setDefaultReturnToken(new Token(new TextAttribute(color, null, style)));
        return s;
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        MonoReconciler reconciler = new MonoReconciler(editor.problems(), false);
        reconciler.setDelay(RECONCILE_DELAY);
        return reconciler;
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setDocumentPartitioning(CellPartitions.PARTITIONING);
        assistant.setContentAssistProcessor(new CellContentAssist(editor::snapshot), IDocument.DEFAULT_CONTENT_TYPE);
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(300);
        assistant.setProposalPopupOrientation(IContentAssistant.PROPOSAL_OVERLAY);
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new CellHover(editor::snapshot);
    }

    @Override
    public IInformationControlCreator getInformationControlCreator(ISourceViewer sourceViewer) {
        return parent -> new DefaultInformationControl(parent, "Interphase", CellHover.AS_WRITTEN);
    }

    @Override
    public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
        IHyperlinkDetector[] others = super.getHyperlinkDetectors(sourceViewer);
        IHyperlinkDetector[] all = new IHyperlinkDetector[(others == null ? 0 : others.length) + 1];
        all[0] = new CellHyperlinks(editor::snapshot);
        if (others != null) {
            System.arraycopy(others, 0, all, 1, others.length);
        }
        return all;
    }

    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
        QuickAssistAssistant assistant = new QuickAssistAssistant();
        assistant.setQuickAssistProcessor(new CellQuickAssist());
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    @Override
    public IAutoEditStrategy[] getAutoEditStrategies(ISourceViewer sourceViewer, String contentType) {
        return IDocument.DEFAULT_CONTENT_TYPE.equals(contentType) ? new IAutoEditStrategy[] { new CellAutoEdit() }
                : super.getAutoEditStrategies(sourceViewer, contentType);
    }

    @Override
    public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
        return new String[] { "//", "" };
    }
}
