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

    /** "particleSize" -> "particle size". */
    static String label(String featureName) {
        return featureName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
