package org.interphase.dsl.ide.services;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.interphase.model.Material;
import org.interphase.model.MaterialRole;
import org.interphase.model.Parameter;
import org.interphase.model.parameters.Materials;

/**
 * The text a hover shows for a declaration: for a material its roles, description and every
 * parameter value (own and inherited) with its source; for other named elements what they are.
 * Shared by the workbench editor's hover and the language server's.
 */
public final class Descriptions {

    private Descriptions() {
    }

    /**
     * A material's roles, description and parameter values with their sources, one item a line.
     *
     * @param where where the material is declared ("built-in library (ceramics.cell)"), or null
     */
    public static String material(Material m, String where) {
        StringBuilder b = new StringBuilder();
        b.append(m.getName()).append(" : ")
                .append(m.getRoles().stream().map(MaterialRole::getLiteral).collect(Collectors.joining(", ")));
        if (m.getBasedOn() != null && !m.getBasedOn().eIsProxy()) {
            b.append("  (based on ").append(m.getBasedOn().getName()).append(')');
        }
        if (where != null) {
            b.append("\n").append(where);
        }
        if (m.getDescription() != null) {
            b.append("\n").append(m.getDescription());
        }
        for (Parameter p : Materials.effective(m)) {
            b.append("\n• ").append(p.getName());
            if (p.getCondition() != null) {
                b.append(" at ").append(text(p.getCondition()));
            }
            b.append(" = ").append(text(p.getValue()));
            if (p.getMin() != null && p.getMax() != null) {
                b.append("  (range ").append(text(p.getMin())).append(" to ").append(text(p.getMax())).append(')');
            }
            if (p.eContainer() != m && p.eContainer() instanceof Material owner) {
                b.append("  [from ").append(owner.getName()).append(']');
            }
            b.append("\n    source: ").append(p.getSource() != null ? p.getSource() : "none given");
        }
        return b.toString();
    }

    /** Any named element: a material as above, otherwise its kind and name, and where it is. */
    public static String of(EObject o, String where) {
        if (o instanceof Material m) {
            return material(m, where);
        }
        String name = name(o);
        if (name == null) {
            return null;
        }
        String kind = o.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return kind + " " + name + (where != null ? "\n" + where : "");
    }

    /** The value of an element's {@code name} attribute, or null. */
    public static String name(EObject o) {
        for (EAttribute a : o.eClass().getEAllAttributes()) {
            if (a.getName().equals("name") && o.eGet(a) instanceof String s) {
                return s;
            }
        }
        return null;
    }

    /** The text a quantity (or any object) is written with, whitespace collapsed. */
    public static String text(EObject o) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(o);
        return node == null ? String.valueOf(o) : NodeModelUtils.getTokenText(node);
    }
}
