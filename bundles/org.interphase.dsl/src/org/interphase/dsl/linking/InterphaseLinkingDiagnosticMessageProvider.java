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

    /**
     * Unresolved references of one parse of a file that get "did you mean" suggestions; the rest get
     * the message alone, so that a large file of unresolved names checks in time linear in its size
     * (issue 14). Counted per parse (the root node), so an editor's next keystroke starts afresh.
     */
    static final int SUGGESTED_PER_FILE = 200;

    private final java.util.Map<Object, int[]> suggested =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        EClass type = context.getReference().getEReferenceType();
        String kind = type.getName().toLowerCase(Locale.ROOT);
        String name = context.getLinkText();
        List<String> known = new ArrayList<>();
        var resource = context.getContext().eResource();
        Object parse = resource instanceof org.eclipse.xtext.resource.XtextResource x && x.getParseResult() != null
                ? x.getParseResult().getRootNode() : resource;
        int[] count = parse == null ? new int[1] : suggested.computeIfAbsent(parse, r -> new int[1]);
        if (count[0]++ < SUGGESTED_PER_FILE) try {
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
