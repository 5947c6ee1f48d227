package org.interphase.ui.editor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Mark occurrences: with the caret on a name (a declaration or a reference), every place of the
 * text that names the same element is highlighted. Computed by the same document highlight service
 * the language server answers {@code textDocument/documentHighlight} with.
 */
public final class CellOccurrences {

    /** The annotation type (plugin.xml gives it its look). */
    public static final String TYPE = "org.interphase.ui.editor.occurrences";

    private final Map<Annotation, Position> shown = new HashMap<>();

    /** The regions naming the element at an offset (its declaration and its uses), or none. */
    public static List<IRegion> of(CellSnapshot s, int offset) {
        List<IRegion> regions = new ArrayList<>();
        if (offset < 0 || offset > s.text().length()) {
            return regions;
        }
        IDocumentHighlightService service = CellServices.get(s.resource(), IDocumentHighlightService.class);
        Document document = new Document(1, s.text());
        DocumentHighlightParams params = new DocumentHighlightParams(
                new TextDocumentIdentifier(s.resource().getURI().toString()), document.getPosition(offset));
        for (DocumentHighlight h : service.getDocumentHighlights(document, s.resource(), params, CancelIndicator.NullImpl)) {
            int start = document.getOffSet(h.getRange().getStart());
            int end = document.getOffSet(h.getRange().getEnd());
            regions.add(new Region(start, end - start));
        }
        regions.sort(java.util.Comparator.comparingInt(IRegion::getOffset));
        return regions;
    }

    /** Shows the occurrences of the name at the caret in the model, replacing the previous ones. */
    void update(IAnnotationModel model, CellSnapshot s, int caret) {
        if (model == null) {
            return;
        }
        Map<Annotation, Position> next = new HashMap<>();
        if (s != null) {
            for (IRegion r : of(s, caret)) {
                next.put(new Annotation(TYPE, false, "occurrence"), new Position(r.getOffset(), r.getLength()));
            }
        }
        if (next.isEmpty() && shown.isEmpty()) {
            return;
        }
        if (model instanceof IAnnotationModelExtension ext) {
            ext.replaceAnnotations(shown.keySet().toArray(Annotation[]::new), next);
        } else {
            shown.keySet().forEach(model::removeAnnotation);
            next.forEach(model::addAnnotation);
        }
        shown.clear();
        shown.putAll(next);
    }
}
