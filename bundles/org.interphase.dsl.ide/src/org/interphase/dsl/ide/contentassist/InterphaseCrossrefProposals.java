package org.interphase.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.scoping.IScope;
import org.interphase.model.ModelPackage;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.interphase.model.Material;
import org.interphase.model.parameters.Materials;
import org.interphase.model.MaterialRole;

/**
 * Reference proposals: each object once, materials only where their roles fit (see
 * {@link #queryScope}). Material proposals say what the material is: its roles, its key values (the first
 * {@value #KEY_VALUES} parameters without a condition, own or inherited) and its description.
 */
public class InterphaseCrossrefProposals extends IdeCrossrefProposalProvider {

    /** How many parameter values a material proposal shows. */
    static final int KEY_VALUES = 2;

    /** "theoretical capacity 274 mAh/g, density 5.05 g/cm3", as written in the material's file. */
    static String keyValues(Material material) {
        return Materials.effective(material).stream()
                .filter(p -> p.getCondition() == null && p.getValue() != null)
                .limit(KEY_VALUES)
                .map(p -> p.getName() + " " + written(p.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String written(EObject quantity) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(quantity);
        return node == null ? "" : NodeModelUtils.getTokenText(node);
    }

    /**
     * The candidates, each object once under its shortest visible name (a library material is
     * visible as {@code Al2O3} and as {@code interphase.materials.Al2O3}: only the first is
     * offered), and for a material slot only the materials whose roles fit it.
     */
    @Override
    protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference,
            ContentAssistContext context) {
        Map<Object, IEObjectDescription> shortest = new LinkedHashMap<>();
        boolean qualifiedPrefix = context.getPrefix() != null && context.getPrefix().contains(".");
        for (IEObjectDescription d : super.queryScope(scope, crossReference, context)) {
            // once the user writes a qualified name, every spelling is offered
            shortest.merge(qualifiedPrefix ? d.getName() : d.getEObjectURI(), d,
                    (a, b) -> b.getName().getSegmentCount() < a.getName().getSegmentCount() ? b : a);
        }
        Set<MaterialRole> roles = MaterialSlots.allowedRoles(crossReference, context);
        List<IEObjectDescription> result = new ArrayList<>();
        for (IEObjectDescription d : shortest.values()) {
            if (roles == null || !ModelPackage.Literals.MATERIAL.isSuperTypeOf(d.getEClass()) || fits(d, roles, context)) {
                result.add(d);
            }
        }
        return result;
    }

    private static boolean fits(IEObjectDescription d, Set<MaterialRole> roles, ContentAssistContext context) {
        EObject object = d.getEObjectOrProxy();
        if (object.eIsProxy()) {
            object = EcoreUtil.resolve(object, context.getResource());
        }
        // a material that cannot be read is offered: the checker will say what is wrong with it
        return !(object instanceof Material m) || m.eIsProxy() || m.getRoles().stream().anyMatch(roles::contains);
    }

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
            String keys = keyValues(material);
            entry.setDescription(keys.isEmpty() ? roles : roles + " · " + keys);
            entry.setDocumentation(material.getDescription());
        }
        return entry;
    }
}
