package org.interphase.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.interphase.model.ModelPackage;

/** Base of the topic validators composed into {@link InterphaseValidator}. */
abstract class TopicValidator extends AbstractDeclarativeValidator {

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into InterphaseValidator, which registers itself
    }

    @Override
    protected List<EPackage> getEPackages() {
        return List.of(ModelPackage.eINSTANCE);
    }

    /**
     * "study 'S'", or "this study" for a declaration whose name could not be read (a syntax error
     * is reported there): a message never shows 'null' (issue 14).
     */
    static String named(String kind, String name) {
        return name == null || name.isEmpty() ? "this " + kind : kind + " '" + name + "'";
    }

    /** A name as shown in a message: the name, or "(unnamed)" when it could not be read. */
    static String shown(String name) {
        return name == null || name.isEmpty() ? "(unnamed)" : name;
    }

    /**
     * Whether a count holds what was written: a count the value converter refused (beyond 2147483647, not a
     * whole number) is reported there and left at 0 in the model, and must not be reported again as 0.
     */
    static boolean countAsWritten(org.eclipse.emf.ecore.EObject owner, org.eclipse.emf.ecore.EAttribute count) {
        for (org.eclipse.xtext.nodemodel.INode node : org.eclipse.xtext.nodemodel.util.NodeModelUtils
                .findNodesForFeature(owner, count)) {
            try {
                if (Double.parseDouble(org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(node))
                        != ((Number) owner.eGet(count)).doubleValue()) {
                    return false;
                }
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    /** "particleSize" -> "particle size". */
    static String label(String featureName) {
        return featureName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
