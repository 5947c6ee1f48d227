package org.interphase.dsl.ide.services;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic highlighting: references and declarations coloured by what they name (material, cell,
 * protocol, study), whatever their spelling, found through the node model's cross-references.
 */
public final class CellSemanticHighlighting implements ISemanticHighlightingCalculator {

    public static final String MATERIAL = "material";
    public static final String CELL = "cell";
    public static final String PROTOCOL = "protocol";
    public static final String STUDY = "study";
    /** Added to the kind on a declaration's name. */
    public static final String DECLARATION = "declaration";

    /** A highlighted range. */
    public record Range(int offset, int length, String kind, boolean declaration) {
    }

    @Override
    public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
        if (resource == null || resource.getParseResult() == null) {
            return;
        }
        for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
            if (cancel != null && cancel.isCanceled()) {
                return;
            }
            if (node.getGrammarElement() instanceof CrossReference ref) {
                String kind = kind(GrammarUtil.getReference(ref).getEReferenceType().getName());
                if (kind != null && node.getLength() > 0) {
                    acceptor.addPosition(node.getOffset(), node.getLength(), kind);
                }
            }
        }
        for (EObject o : (Iterable<EObject>) resource::getAllContents) {
            String kind = kind(o.eClass().getName());
            EAttribute name = o.eClass().getEAllAttributes().stream().filter(a -> a.getName().equals("name")).findFirst()
                    .orElse(null);
            if (kind != null && name != null) {
                for (INode n : NodeModelUtils.findNodesForFeature(o, name)) {
                    acceptor.addPosition(n.getOffset(), n.getLength(), kind, DECLARATION);
                }
            }
        }
    }

    /** The ranges of a parsed text, in no particular order. */
    public static List<Range> ranges(XtextResource resource) {
        List<Range> ranges = new ArrayList<>();
        new CellSemanticHighlighting().provideHighlightingFor(resource,
                (offset, length, ids) -> ranges.add(new Range(offset, length, ids[0], ids.length > 1)), CancelIndicator.NullImpl);
        return ranges;
    }

    private static String kind(String eClass) {
        return switch (eClass) {
            case "Material" -> MATERIAL;
            case "Cell" -> CELL;
            case "Protocol" -> PROTOCOL;
            case "Study", "Sweep" -> STUDY;
            default -> null;
        };
    }

}
