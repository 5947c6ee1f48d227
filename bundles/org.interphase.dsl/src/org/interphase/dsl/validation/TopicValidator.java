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

    /** "particleSize" -> "particle size". */
    static String label(String featureName) {
        return featureName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
