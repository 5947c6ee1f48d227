package org.interphase.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.interphase.dsl.ide.contentassist.InterphaseContentProposals;
import org.interphase.dsl.ide.contentassist.InterphaseCrossrefProposals;

/**
 * Bindings of the language's IDE services (content assist, highlighting, hover, outline), which
 * the workbench editor uses through the platform's own editor framework.
 */
public class InterphaseIdeModule extends AbstractInterphaseIdeModule {

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return InterphaseContentProposals.class;
    }

    public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
        return InterphaseCrossrefProposals.class;
    }
}
