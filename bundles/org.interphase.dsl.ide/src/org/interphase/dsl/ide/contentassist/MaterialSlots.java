package org.interphase.dsl.ide.contentassist;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.nodemodel.INode;
import org.interphase.model.Electrode;
import org.interphase.model.Layer;
import org.interphase.model.MaterialRole;
import org.interphase.model.ModelPackage;

/**
 * The roles a material may have in the slot content assist is completing ({@code cathode _},
 * {@code coating _}, {@code filler _}...), so that only materials the checker accepts there are
 * offered. The same table as the checker's {@code CellValidator.allowedRoles}, which works on a
 * finished component; here the component may not exist yet, so the slot is found from the grammar
 * rule of the reference and the keyword before the cursor.
 */
final class MaterialSlots {

    private MaterialSlots() {
    }

    /** The allowed roles, or null when any material fits (e.g. 'based on'). */
    static Set<MaterialRole> allowedRoles(CrossReference reference, ContentAssistContext context) {
        String rule = GrammarUtil.containingParserRule(reference).getName();
        return switch (rule) {
            case "Electrode" -> cathodeSlot(context)
                    ? EnumSet.of(MaterialRole.CATHODE, MaterialRole.INERT, MaterialRole.ANODE)
                    : EnumSet.of(MaterialRole.ANODE, MaterialRole.INERT);
            case "Polymer" -> EnumSet.of(MaterialRole.POLYMER);
            case "Salt" -> EnumSet.of(MaterialRole.SALT);
            case "Solvent" -> EnumSet.of(MaterialRole.SOLVENT);
            case "Additive" -> EnumSet.of(MaterialRole.ADDITIVE, MaterialRole.SALT, MaterialRole.SOLVENT);
            case "Filler" -> EnumSet.of(MaterialRole.FILLER);
            case "Coating" -> EnumSet.of(MaterialRole.COATING);
            case "Scaffold" -> EnumSet.of(MaterialRole.SCAFFOLD);
            case "Layer" -> surfaceSlot(context) ? EnumSet.of(MaterialRole.SURFACE) : EnumSet.of(MaterialRole.INTERLAYER);
            default -> null;
        };
    }

    private static boolean cathodeSlot(ContentAssistContext context) {
        EObject current = context.getCurrentModel();
        if (current instanceof Electrode e) {
            return e.eContainingFeature() == ModelPackage.Literals.CELL__CATHODE;
        }
        return "cathode".equals(keywordBefore(context));
    }

    private static boolean surfaceSlot(ContentAssistContext context) {
        EObject current = context.getCurrentModel();
        if (current instanceof Layer l) {
            return l.eContainingFeature() == ModelPackage.Literals.FILLER__SURFACE;
        }
        return "surface".equals(keywordBefore(context));
    }

    /** The last complete token before what is being typed. */
    private static String keywordBefore(ContentAssistContext context) {
        INode node = context.getLastCompleteNode();
        return node == null ? null : node.getText().strip();
    }
}
