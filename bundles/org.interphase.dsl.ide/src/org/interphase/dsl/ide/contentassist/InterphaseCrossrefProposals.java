package org.interphase.dsl.ide.contentassist;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.interphase.model.Material;
import org.interphase.model.MaterialRole;

/** Material proposals say what the material is: its roles and its description. */
public class InterphaseCrossrefProposals extends IdeCrossrefProposalProvider {

    @Override
    protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
            ContentAssistContext context) {
        ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
        if (entry == null) {
            return null;
        }
        EObject object = candidate.getEObjectOrProxy();
        if (object.eIsProxy()) {
            object = EcoreUtil.resolve(object, context.getResource());
        }
        if (object instanceof Material material && !material.eIsProxy()) {
            String roles = material.getRoles().stream().map(MaterialRole::getLiteral).collect(Collectors.joining(", "));
            entry.setDescription(roles);
            entry.setDocumentation(material.getDescription());
        }
        return entry;
    }
}
