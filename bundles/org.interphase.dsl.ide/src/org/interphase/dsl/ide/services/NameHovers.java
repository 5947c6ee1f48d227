package org.interphase.dsl.ide.services;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.interphase.dsl.validation.MechanismCatalog;
import org.interphase.model.MechanismSettings;
import org.interphase.model.Parameter;
import org.interphase.model.Quantity;
import org.interphase.model.units.Dimension;
import org.interphase.model.units.Unit;
import org.interphase.model.units.Units;
import org.interphase.solver.api.ParameterDeclaration;
import org.interphase.solver.registry.MechanismDescriptor;

/**
 * The hover of the words that are names but not declarations: a mechanism (in {@code mechanisms}
 * and {@code mechanism ... { }}), a mechanism's parameter, a unit. Shared by the workbench editor's
 * hover and the language server's.
 */
public final class NameHovers {

    private NameHovers() {
    }

    /** The hover text at an offset, or null when the word there is none of those. */
    public static String at(XtextResource resource, int offset) {
        if (resource == null || resource.getParseResult() == null) {
            return null;
        }
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
        if ((leaf == null || leaf.isHidden()) && offset > 0) {
            leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset - 1);
        }
        if (leaf == null || leaf.isHidden()) {
            return null;
        }
        // the assignment the word is (part of) the value of: unit=Unit, mechanisms+=ID, name=Phrase
        INode value = leaf;
        Assignment assignment = null;
        for (INode n = leaf; n != null && assignment == null; n = n.getParent()) {
            assignment = GrammarUtil.containingAssignment(n.getGrammarElement());
            value = n;
        }
        if (assignment == null) {
            return null;
        }
        EObject owner = NodeModelUtils.findActualSemanticObjectFor(value);
        String feature = assignment.getFeature();
        if (owner instanceof Quantity && feature.equals("unit")) {
            return unit(NodeModelUtils.getTokenText(value));
        }
        if (feature.equals("mechanisms") || owner instanceof MechanismSettings && feature.equals("mechanism")) {
            return mechanism(catalog(resource), leaf.getText());
        }
        if (owner instanceof Parameter p && feature.equals("name") && p.eContainer() instanceof MechanismSettings s) {
            return parameter(catalog(resource), s.getMechanism(), p.getName());
        }
        return null;
    }

    /** The language's mechanism catalog, from the injector of the resource's language. */
    private static MechanismCatalog catalog(XtextResource resource) {
        return resource.getResourceServiceProvider().get(MechanismCatalog.class);
    }

    /** A mechanism: what it does, what it acts on, its version and bundle, and its parameters with their defaults. */
    public static String mechanism(MechanismCatalog catalog, String id) {
        Optional<MechanismDescriptor> d = catalog.descriptor(id);
        if (d.isEmpty()) {
            return null;
        }
        MechanismDescriptor m = d.get();
        StringBuilder b = new StringBuilder("mechanism ").append(id).append(" : ").append(m.name()).append(' ')
                .append(m.version()).append("\nacts on the ").append(m.appliesTo().toString().toLowerCase().replace('_', ' '))
                .append(" interface");
        if (!m.contributor().isEmpty()) {
            b.append(" (").append(m.contributor()).append(')');
        }
        if (m.description() != null && !m.description().isBlank()) {
            b.append('\n').append(m.description());
        }
        if (!m.parameters().isEmpty()) {
            b.append("\nparameters (set in 'mechanism ").append(id).append(" { name = value }'):");
            for (ParameterDeclaration p : m.parameters()) {
                b.append("\n• ").append(p.name()).append(" = ").append(shown(p));
            }
        }
        return b.toString();
    }

    /** A mechanism's parameter: its meaning and the source of its default, its default and range. */
    public static String parameter(MechanismCatalog catalog, String id, String name) {
        Optional<MechanismDescriptor> d = catalog.descriptor(id);
        Optional<ParameterDeclaration> p = d.flatMap(m -> m.parameter(name));
        if (p.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder("parameter '").append(name).append("' of mechanism ").append(id)
                .append("\ndefault ").append(shown(p.get())).append(" (").append(p.get().dimension().replace('_', ' '))
                .append(')');
        d.get().range(name).ifPresent(r -> b.append("\nrange ").append(number(inUnit(r.min(), p.get().unit()))).append(" to ")
                .append(number(inUnit(r.max(), p.get().unit()))).append(' ').append(p.get().unit()));
        return b.append('\n').append(p.get().description()).toString();
    }

    /** A unit: the quantity it measures and its value in SI base units. */
    public static String unit(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String symbol = text.strip();
        if (symbol.equals("C")) {
            return "C : C-rate\nmultiples of the cell's capacity per hour: C/5 charges the full capacity in 5 h, 2C in 30 min";
        }
        Optional<Unit> u = Units.parse(symbol);
        if (u.isEmpty()) {
            return null;
        }
        Dimension dim = u.get().dimension();
        String si = si(dim);
        StringBuilder b = new StringBuilder(symbol).append(" : ").append(dim.describe());
        if (u.get().offset() != 0) {
            b.append("\nx ").append(symbol).append(" = (x + ").append(number(u.get().offset() / u.get().factor())).append(") ")
                    .append(si);
        } else if (!si.isEmpty()) {
            b.append("\n1 ").append(symbol).append(" = ").append(number(u.get().factor())).append(' ').append(si);
        }
        return b.toString();
    }

    private static String shown(ParameterDeclaration p) {
        return p.unit().isEmpty() ? number(p.defaultValue()) : number(inUnit(p.defaultValue(), p.unit())) + " " + p.unit();
    }

    private static double inUnit(double si, String unit) {
        return Units.parse(unit).map(u -> u.fromSI(si)).orElse(si);
    }

    private static String number(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            String[] parts = s.split("e");
            return strip(parts[0]) + "e" + Integer.parseInt(parts[1]);
        }
        return strip(s);
    }

    private static String strip(String s) {
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** The SI base units of a dimension (kg·m2·s-3·A-1 for a volt). */
    private static String si(Dimension d) {
        StringBuilder b = new StringBuilder();
        append(b, "kg", d.kg());
        append(b, "m", d.m());
        append(b, "s", d.s());
        append(b, "A", d.a());
        append(b, "K", d.k());
        append(b, "mol", d.mol());
        return b.toString();
    }

    private static void append(StringBuilder b, String unit, int exponent) {
        if (exponent != 0) {
            b.append(b.isEmpty() ? "" : "·").append(unit).append(exponent == 1 ? "" : String.valueOf(exponent));
        }
    }
}
