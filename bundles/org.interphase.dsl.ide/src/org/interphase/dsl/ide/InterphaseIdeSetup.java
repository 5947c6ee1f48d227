package org.interphase.dsl.ide;

import org.eclipse.xtext.util.Modules2;
import org.interphase.dsl.InterphaseRuntimeModule;
import org.interphase.dsl.InterphaseStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Creates an injector with the runtime and IDE bindings.
 */
public class InterphaseIdeSetup extends InterphaseStandaloneSetup {

    @Override
    public Injector createInjector() {
        return Guice.createInjector(Modules2.mixin(new InterphaseRuntimeModule(), new InterphaseIdeModule()));
    }
}
