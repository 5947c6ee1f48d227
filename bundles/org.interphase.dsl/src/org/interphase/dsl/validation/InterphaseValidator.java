package org.interphase.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Validation of the cell language. Each rule lives in the validator of its topic; every message
 * says what is wrong and what would be right, and is located on the offending text.
 */
@ComposedChecks(validators = { QuantityValidator.class, CellValidator.class, MaterialValidator.class,
        ProtocolValidator.class, StudyValidator.class, NameValidator.class, CompositionValidator.class,
        EngineRefusalValidator.class, SolventValidator.class })
public class InterphaseValidator extends AbstractInterphaseValidator {
}
