package org.interphase.dsl.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.interphase.dsl.validation.IssueCodes;
import org.interphase.dsl.validation.Suggestions;

import com.google.inject.Inject;

/**
 * "unknown material 'LCX'; did you mean LCO?" instead of Xtext's "Couldn't resolve reference".
 * The close matches travel as issue data, for quick fixes.
 */
public class InterphaseLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

    @Inject
    private IScopeProvider scopeProvider;

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        EClass type = context.getReference().getEReferenceType();
        String kind = type.getName().toLowerCase(Locale.ROOT);
        String name = context.getLinkText();
        List<String> known = new ArrayList<>();
        try {
            for (IEObjectDescription d : scopeProvider.getScope(context.getContext(), context.getReference())
                    .getAllElements()) {
                known.add(d.getName().getLastSegment());
            }
        } catch (RuntimeException e) {
            // no suggestions then; the message itself still stands
        }
        List<String> close = Suggestions.closest(name, known);
        String message = "unknown " + kind + " '" + name + "'" + Suggestions.didYouMean(name, known);
        String code = type.getName().equals("Material") ? IssueCodes.UNKNOWN_MATERIAL : Diagnostic.LINKING_DIAGNOSTIC;
        return new DiagnosticMessage(message, Severity.ERROR, code, close.toArray(String[]::new));
    }
}
