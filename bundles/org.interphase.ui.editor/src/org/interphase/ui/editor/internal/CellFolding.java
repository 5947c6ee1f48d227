package org.interphase.ui.editor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Folding: every block of more than one line ({@code cell X { ... }}, a protocol's steps, a block
 * comment) can be collapsed from the ruler. The ranges come from the language's folding range
 * provider, as the language server's {@code textDocument/foldingRange}; here they are widened to
 * whole lines, as the platform folds lines.
 */
public final class CellFolding {

    private CellFolding() {
    }

    /** The foldable regions of a parsed text, whole lines, first line to last, in order. */
    public static List<IRegion> regions(CellSnapshot s, IDocument document) {
        List<IRegion> regions = new ArrayList<>();
        IFoldingRangeProvider provider = CellServices.get(s.resource(), IFoldingRangeProvider.class);
        for (FoldingRange r : provider.getFoldingRanges(s.resource(), CancelIndicator.NullImpl)) {
            try {
                int first = document.getLineOfOffset(r.getOffset());
                int last = document.getLineOfOffset(Math.min(document.getLength(), r.getOffset() + r.getLength()));
                if (last > first) {
                    int start = document.getLineOffset(first);
                    IRegion end = document.getLineInformation(last);
                    String delimiter = document.getLineDelimiter(last);
                    int stop = end.getOffset() + end.getLength() + (delimiter == null ? 0 : delimiter.length());
                    regions.add(new Region(start, stop - start));
                }
            } catch (BadLocationException e) {
                // a range of an older text: left out
            }
        }
        return regions;
    }

    /** Makes the model's folding annotations those of the regions, keeping the ones that stay (and their state). */
    static void update(ProjectionAnnotationModel model, List<IRegion> regions) {
        Map<String, Annotation> existing = new HashMap<>();
        for (var it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            Position p = model.getPosition(a);
            if (a instanceof ProjectionAnnotation && p != null) {
                existing.put(p.getOffset() + ":" + p.getLength(), a);
            }
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (IRegion r : regions) {
            if (existing.remove(r.getOffset() + ":" + r.getLength()) == null) {
                added.put(new ProjectionAnnotation(), new Position(r.getOffset(), r.getLength()));
            }
        }
        if (!existing.isEmpty() || !added.isEmpty()) {
            model.modifyAnnotations(existing.values().toArray(Annotation[]::new), added, null);
        }
    }
}
