package org.interphase.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.interphase.dsl.validation.Dimensions;
import org.interphase.dsl.validation.MechanismCatalog;
import org.interphase.dsl.validation.ReportKinds;
import org.interphase.model.Material;
import org.interphase.model.MaterialRole;
import org.interphase.model.Quantity;
import org.interphase.model.parameters.MaterialParameters;
import org.interphase.model.parameters.ParameterSpec;
import org.interphase.model.units.Units;

import com.google.inject.Inject;

/**
 * Content assist beyond keywords and references: mechanism ids in studies, report items, the
 * parameter names a material of its roles can take, and coating methods.
 */
public class InterphaseContentProposals extends IdeContentProposalProvider {

    /** Deposition methods users write after 'method'. */
    static final List<String> COATING_METHODS = List.of("ALD", "ball_milling", "sol_gel", "sputtering",
            "wet_chemical", "in_situ");

    @Inject
    private MechanismCatalog mechanisms;

    @Override
    protected void _createProposals(Assignment assignment, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        String rule = GrammarUtil.containingParserRule(assignment).getName();
        String feature = assignment.getFeature();
        switch (rule + "." + feature) {
            case "Study.mechanisms", "MechanismSettings.mechanism" ->
                mechanisms.ids().forEach(id -> propose(id, "mechanism", ContentAssistEntry.KIND_VALUE, context, acceptor));
            case "ReportItem.name" ->
                ReportKinds.NAMES.forEach(n -> propose(n, "report item", ContentAssistEntry.KIND_VALUE, context, acceptor));
            case "Coating.method" ->
                COATING_METHODS.forEach(m -> propose(m, "coating method", ContentAssistEntry.KIND_VALUE, context, acceptor));
            case "Parameter.name" -> proposeParameterNames(context, acceptor);
            default -> super._createProposals(assignment, context, acceptor);
        }
    }

    /** Units are keywords inside a data type rule, which Xtext does not propose by itself. */
    @Override
    protected void _createProposals(RuleCall ruleCall, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        String rule = ruleCall.getRule().getName();
        if (!rule.equals("Unit") && !rule.equals("UnitAtom")) {
            super._createProposals(ruleCall, context, acceptor);
            return;
        }
        List<String> dimensions = context.getCurrentModel() instanceof Quantity q && q.eContainingFeature() != null
                ? Dimensions.expected(q.eContainingFeature()) : List.of();
        Set<String> units = new LinkedHashSet<>();
        dimensions.forEach(d -> units.addAll(Units.common(d)));
        if (units.isEmpty()) {
            units.addAll(Units.atoms()); // nothing known about the property: every unit
        }
        units.remove("C"); // a C-rate is written C/5, not as a unit after a number
        List<String> ordered = new ArrayList<>(units);
        String usual = context.getCurrentModel() instanceof Quantity q ? USUAL_UNIT.get(where(q)) : null;
        if (usual != null && ordered.remove(usual)) {
            ordered.add(0, usual);
        }
        // most usual first (Units.common's order), not alphabetical: the priority says the order
        for (int i = 0; i < ordered.size(); i++) {
            ContentAssistEntry e = getProposalCreator().createProposal(ordered.get(i), context);
            if (e != null) {
                e.setKind(ContentAssistEntry.KIND_UNIT);
                e.setDescription("unit");
                acceptor.accept(e, getProposalPriorities().getDefaultPriority(e) + ordered.size() - i);
            }
        }
    }

    /**
     * Where the usual unit of a property is not its dimension's: coatings, surface layers and
     * filler particles are nanometres thin, where a length is otherwise micrometres.
     */
    static final Map<String, String> USUAL_UNIT = Map.of(
            "Coating.thickness", "nm",
            "Layer.thickness", "nm",
            "Filler.particleSize", "nm");

    private static String where(Quantity q) {
        return q.eContainer() == null || q.eContainingFeature() == null ? ""
                : q.eContainer().eClass().getName() + "." + q.eContainingFeature().getName();
    }

    /**
     * Whether an object is of a grammar rule's type, compared by name: the grammar's copy of the
     * metamodel need not be the runtime's EPackage instance.
     */
    private static boolean is(EObject o, EClass type) {
        if (o.eClass().getName().equals(type.getName())) {
            return true;
        }
        return o.eClass().getEAllSuperTypes().stream().anyMatch(c -> c.getName().equals(type.getName()));
    }

    /**
     * A keyword that starts a property the element already has ({@code area} in a cell with an
     * area) is not offered again: writing it twice is an error.
     */
    @Override
    protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
        // true: the keyword is offered
        return super.filterKeyword(keyword, context) && !alreadyWritten(keyword, context);
    }

    /** Whether the keyword starts a single-valued property the element being written already has. */
    private static boolean alreadyWritten(Keyword keyword, ContentAssistContext context) {
        if (!(keyword.eContainer() instanceof Group group)
                || !(GrammarUtil.containingParserRule(keyword).getType().getClassifier() instanceof EClass owner)) {
            return false;
        }
        // the element the keyword's rule builds: the current model or the nearest one around it
        // (after a nested block's '}', the current model is that block)
        EObject model = context.getCurrentModel();
        while (model != null && !is(model, owner)) {
            model = model.eContainer();
        }
        if (model == null) {
            return false;
        }
        List<AbstractElement> elements = group.getElements();
        int i = elements.indexOf(keyword);
        if (i != 0) {
            return false; // only the keyword that starts a property
        }
        for (int j = i + 1; j < elements.size(); j++) {
            if (elements.get(j) instanceof Assignment a) {
                EStructuralFeature f = model.eClass().getEStructuralFeature(a.getFeature());
                return f != null && !f.isMany() && model.eIsSet(f) && "=".equals(a.getOperator());
            }
            if (!(elements.get(j) instanceof Keyword)) {
                return false;
            }
        }
        return false;
    }

    private void proposeParameterNames(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        if (context.getCurrentModel() instanceof org.interphase.model.MechanismSettings settings) {
            mechanisms.parameters(settings.getMechanism()).ifPresent(declared -> declared.forEach(d -> {
                ContentAssistEntry e = getProposalCreator().createProposal(d.name(), context);
                if (e != null) {
                    e.setKind(ContentAssistEntry.KIND_PROPERTY);
                    e.setDescription(d.dimension().replace('_', ' ') + ", default " + d.unit());
                    e.setDocumentation(d.description());
                    acceptor.accept(e, getProposalPriorities().getDefaultPriority(e));
                }
            }));
            return;
        }
        Set<MaterialRole> roles = context.getCurrentModel() instanceof Material m && !m.getRoles().isEmpty()
                ? EnumSet.copyOf(m.getRoles()) : EnumSet.allOf(MaterialRole.class);
        for (ParameterSpec spec : MaterialParameters.all()) {
            if (spec.appliesTo(roles)) {
                ContentAssistEntry e = getProposalCreator().createProposal(spec.name(), context);
                if (e != null) {
                    e.setKind(ContentAssistEntry.KIND_PROPERTY);
                    e.setDescription(String.join(" or ", spec.dimensions()).replace('_', ' '));
                    e.setDocumentation(spec.description());
                    acceptor.accept(e, getProposalPriorities().getDefaultPriority(e));
                }
            }
        }
    }

    private void propose(String text, String description, String kind, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        ContentAssistEntry e = getProposalCreator().createProposal(text, context);
        if (e != null) {
            e.setKind(kind);
            e.setDescription(description);
            acceptor.accept(e, getProposalPriorities().getDefaultPriority(e));
        }
    }
}
