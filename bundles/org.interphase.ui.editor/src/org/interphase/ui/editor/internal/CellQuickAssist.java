package org.interphase.ui.editor.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.interphase.ui.InterphaseUi;
import org.interphase.dsl.ide.services.QuickFixes;

/**
 * Quick fixes (Ctrl+1) for the problems at the caret, or on its line: from the live annotations
 * and from the builder's markers (their issue code and data travel in marker attributes).
 */
public final class CellQuickAssist implements IQuickAssistProcessor {

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return code(annotation) != null;
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
        return false;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        return proposals(context.getSourceViewer(), context.getOffset()).toArray(ICompletionProposal[]::new);
    }

    /** The fixes of the problems at an offset (or, if none is there, on its line). */
    public static List<ICompletionProposal> proposals(ISourceViewer viewer, int offset) {
        IDocument document = viewer.getDocument();
        IAnnotationModel model = viewer.getAnnotationModel();
        List<ICompletionProposal> result = new ArrayList<>();
        if (model == null || document == null) {
            return result;
        }
        List<Annotation> at = new ArrayList<>();
        List<Annotation> onLine = new ArrayList<>();
        int line;
        try {
            line = document.getLineOfOffset(offset);
        } catch (BadLocationException e) {
            return result;
        }
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            Position p = model.getPosition(a);
            if (p == null || p.isDeleted() || code(a) == null) {
                continue;
            }
            if (p.getOffset() <= offset && offset <= p.getOffset() + p.getLength()) {
                at.add(a);
            } else {
                try {
                    if (document.getLineOfOffset(p.getOffset()) == line) {
                        onLine.add(a);
                    }
                } catch (BadLocationException e) {
                    // outside the document: not on the line
                }
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Annotation a : at.isEmpty() ? onLine : at) {
            Position p = model.getPosition(a);
            String text;
            try {
                text = document.get(p.getOffset(), p.getLength());
            } catch (BadLocationException e) {
                continue;
            }
            for (QuickFixes.Fix fix : QuickFixes.fixes(code(a), data(a), text)) {
                if (seen.add(p.getOffset() + ":" + fix.replacement())) {
                    result.add(new CompletionProposal(fix.replacement(), p.getOffset(), p.getLength(),
                            fix.replacement().length(), null, fix.label(), null, a.getText()));
                }
            }
        }
        return result;
    }

    static String code(Annotation a) {
        if (a instanceof CellProblemAnnotation c) {
            return c.code();
        }
        if (a instanceof MarkerAnnotation m && m.getMarker().exists()) {
            return m.getMarker().getAttribute(InterphaseUi.ATTR_CODE, null);
        }
        return null;
    }

    static String[] data(Annotation a) {
        if (a instanceof CellProblemAnnotation c) {
            return c.data();
        }
        if (a instanceof MarkerAnnotation m && m.getMarker().exists()) {
            String data = m.getMarker().getAttribute(InterphaseUi.ATTR_DATA, null);
            return data == null ? new String[0] : data.split(InterphaseUi.DATA_SEPARATOR);
        }
        return new String[0];
    }
}
