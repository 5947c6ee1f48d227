package org.interphase.dsl.ide.server;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;

import com.google.inject.AbstractModule;

/** The language's bindings that only the language server uses. */
public class InterphaseServerLanguageModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(ICodeActionService2.class).to(CellCodeActions.class);
        bind(FormattingService.class).to(CellFormattingService.class);
        bind(IHoverService.class).to(CellHoverService.class);
        bind(ISemanticHighlightingCalculator.class).to(CellSemanticTokens.class);
    }
}
