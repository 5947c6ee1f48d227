package org.interphase.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.util.TextRegion;

/**
 * Content assist as Xtext's LSP ContentAssistService does it: the language's
 * {@link ContentAssistContextFactory} computes the contexts at the caret from the editor's text
 * (parsed with the project's files, so cross-references see everything the project sees), the
 * language's {@link IdeContentProposalProvider} proposes keywords, materials, cells, protocols,
 * units, mechanism ids and parameters, and each entry becomes a JFace proposal replacing the prefix.
 */
public final class CellContentAssist implements IContentAssistProcessor {

    private final Supplier<CellSnapshot> snapshot;

    /** @param snapshot the editor's text parsed in its context, up to date with the document */
    public CellContentAssist(Supplier<CellSnapshot> snapshot) {
        this.snapshot = snapshot;
    }

    /** The language's proposals at an offset of a parsed text, best first. */
    public static List<ContentAssistEntry> entries(CellSnapshot s, int offset) {
        ContentAssistContextFactory factory = CellServices.get(s.resource(), ContentAssistContextFactory.class);
        factory.setPool(CellServices.pool());
        ContentAssistContext[] contexts = factory.create(s.text(), new TextRegion(offset, 0), offset, s.resource());
        IdeContentProposalProvider provider = CellServices.get(s.resource(), IdeContentProposalProvider.class);
        IdeContentProposalAcceptor acceptor = CellServices.get(s.resource(), IdeContentProposalAcceptor.class);
        provider.createProposals(List.of(contexts), acceptor);
        List<ContentAssistEntry> result = new ArrayList<>();
        acceptor.getEntries().forEach(result::add);
        return result;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        // templates first: "pro" + Ctrl+Space offers the protocol skeleton before the keyword
        List<ICompletionProposal> proposals = new ArrayList<>(CellTemplates.proposals(viewer.getDocument(), offset));
        for (ContentAssistEntry e : entries(snapshot.get(), offset)) {
            String prefix = e.getPrefix() == null ? "" : e.getPrefix();
            int start = Math.max(0, offset - prefix.length());
            String label = e.getLabel() != null ? e.getLabel() : e.getProposal();
            if (e.getDescription() != null && !e.getDescription().isBlank()) {
                label += "  —  " + e.getDescription();
            }
            proposals.add(new CompletionProposal(e.getProposal(), start, offset - start, e.getProposal().length(), null,
                    label, null, e.getDocumentation()));
        }
        return proposals.toArray(ICompletionProposal[]::new);
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '.' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
