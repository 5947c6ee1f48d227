package org.interphase.dsl.ide.server;

import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.ide.services.CellFormatter;

/**
 * Formatting by the editor's layout rules ({@link CellFormatter}: indentation by brace depth,
 * no trailing blanks), as one edit of the whole text; a range request formats the whole text too
 * (the layout of a line depends on every brace before it).
 */
public class CellFormattingService extends FormattingService {

    @Override
    public List<? extends TextEdit> format(Document document, XtextResource resource, DocumentFormattingParams params,
            CancelIndicator cancel) {
        return whole(document);
    }

    @Override
    public List<? extends TextEdit> format(Document document, XtextResource resource,
            DocumentRangeFormattingParams params, CancelIndicator cancel) {
        return whole(document);
    }

    private List<TextEdit> whole(Document document) {
        String text = document.getContents();
        String formatted = CellFormatter.format(text);
        return formatted.equals(text) ? List.of() : List.of(toTextEdit(document, formatted, 0, text.length()));
    }
}
