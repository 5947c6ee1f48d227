package org.interphase.ui.editor.internal;

import java.util.List;

import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.interphase.dsl.ide.services.CellSemanticHighlighting;

/**
 * Applies the semantic ranges of the latest reconcile on top of the lexical colours of the text
 * presentation (the way JDT's semantic highlighting merges into the presentation).
 */
final class SemanticPresenter implements ITextPresentationListener {

    private final ISourceViewer viewer;
    private volatile List<CellSemanticHighlighting.Range> ranges = List.of();
    private volatile int documentLength;

    SemanticPresenter(ISourceViewer viewer) {
        this.viewer = viewer;
    }

    /** New ranges for a text of a length; redraws (UI thread). */
    void update(List<CellSemanticHighlighting.Range> newRanges, int length) {
        ranges = List.copyOf(newRanges);
        documentLength = length;
        if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
            viewer.invalidateTextPresentation();
        }
    }

    List<CellSemanticHighlighting.Range> ranges() {
        return ranges;
    }

    @Override
    public void applyTextPresentation(TextPresentation presentation) {
        if (viewer.getDocument() == null || viewer.getDocument().getLength() != documentLength) {
            return; // the text changed since: wait for the next reconcile
        }
        var extent = presentation.getExtent();
        for (CellSemanticHighlighting.Range r : ranges) {
            if (extent != null && !overlaps(extent, r)) {
                continue;
            }
            StyleRange s = new StyleRange(r.offset(), r.length(), color(r.kind()), null,
                    r.declaration() ? SWT.BOLD : SWT.NORMAL);
            presentation.mergeStyleRange(s);
        }
    }

    private static boolean overlaps(org.eclipse.jface.text.IRegion extent, CellSemanticHighlighting.Range r) {
        return new Region(r.offset(), r.length()).getOffset() < extent.getOffset() + extent.getLength()
                && r.offset() + r.length() > extent.getOffset();
    }

    private static Color color(String kind) {
        return switch (kind) {
            case CellSemanticHighlighting.MATERIAL -> CellColors.MATERIAL;
            case CellSemanticHighlighting.CELL -> CellColors.CELL;
            case CellSemanticHighlighting.PROTOCOL -> CellColors.PROTOCOL;
            default -> CellColors.STUDY;
        };
    }
}
