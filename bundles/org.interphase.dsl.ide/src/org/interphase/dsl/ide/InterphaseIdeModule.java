package org.interphase.dsl.ide;

/**
 * Bindings of the language's IDE services (content assist, highlighting, hover, outline), which
 * the workbench editor uses through the platform's own editor framework.
 */
public class InterphaseIdeModule extends AbstractInterphaseIdeModule {
}
