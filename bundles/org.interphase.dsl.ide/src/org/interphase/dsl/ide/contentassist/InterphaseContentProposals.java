package org.interphase.dsl.ide.contentassist;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.Assignment;
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
        units.forEach(u -> propose(u, "unit", ContentAssistEntry.KIND_UNIT, context, acceptor));
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
