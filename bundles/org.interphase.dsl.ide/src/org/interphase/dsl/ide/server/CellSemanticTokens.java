package org.interphase.dsl.ide.server;

import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.ide.services.CellSemanticHighlighting;

/**
 * Semantic tokens: the workbench's semantic highlighting ({@link CellSemanticHighlighting}) with
 * its kinds named by the LSP's standard token types, which every client's theme colours: a
 * material is a {@code type}, a cell a {@code class}, a protocol a {@code function}, a study a
 * {@code namespace}; a declaration's name carries the {@code declaration} modifier.
 */
public class CellSemanticTokens implements ISemanticHighlightingCalculator {

    @Override
    public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
            CancelIndicator cancel) {
        new CellSemanticHighlighting().provideHighlightingFor(resource, (offset, length, ids) -> {
            String type = tokenType(ids[0]);
            if (type != null) {
                if (ids.length > 1) {
                    acceptor.addPosition(offset, length, type, "declaration");
                } else {
                    acceptor.addPosition(offset, length, type);
                }
            }
        }, cancel);
    }

    /** The LSP token type of a highlighting kind. */
    public static String tokenType(String kind) {
        return switch (kind) {
            case CellSemanticHighlighting.MATERIAL -> "type";
            case CellSemanticHighlighting.CELL -> "class";
            case CellSemanticHighlighting.PROTOCOL -> "function";
            case CellSemanticHighlighting.STUDY -> "namespace";
            default -> null;
        };
    }
}
