package org.interphase.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.interphase.model.ModelPackage;

import com.google.inject.Injector;

/**
 * Initialisation of the cell language without the Equinox extension registry (CLI, tests).
 */
public class InterphaseStandaloneSetup extends InterphaseStandaloneSetupGenerated {

    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        // the grammar imports the hand-written model: register its package for plain-Java use
        EPackage.Registry.INSTANCE.putIfAbsent(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
        return super.createInjectorAndDoEMFRegistration();
    }

    public static void doSetup() {
        new InterphaseStandaloneSetup().createInjectorAndDoEMFRegistration();
    }
}
