package org.interphase.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.interphase.model.Additive;
import org.interphase.model.Cell;
import org.interphase.model.Coating;
import org.interphase.model.Document;
import org.interphase.model.Electrode;
import org.interphase.model.Electrolyte;
import org.interphase.model.EveryStep;
import org.interphase.model.Filler;
import org.interphase.model.Material;
import org.interphase.model.Protocol;
import org.interphase.model.RepeatStep;
import org.interphase.model.Salt;
import org.interphase.model.Solvent;
import org.interphase.model.Step;
import org.interphase.model.Study;
import org.interphase.model.Sweep;
import org.interphase.model.Variation;

/**
 * The outline of a cell text, computed from its model into plain records (label, text range,
 * children), so that the outline page holds no EMF objects: materials, cells with their layers
 * (cathode with its coatings, electrolyte with its polymer, salts, solvents, additives and fillers,
 * anode), protocols with their steps, studies and sweeps.
 */
public final class OutlineTree {

    /** An outline entry. {@code offset}/{@code length} is what the editor selects (the name if any). */
    public record Node(String kind, String label, int offset, int length, int start, int end, List<Node> children) {

        /** True if the entry's whole text contains the offset. */
        public boolean contains(int offset) {
            return start <= offset && offset <= end;
        }
    }

    private OutlineTree() {
    }

    public static List<Node> of(Document document) {
        List<Node> roots = new ArrayList<>();
        if (document == null) {
            return roots;
        }
        for (EObject e : document.getElements()) {
            if (e instanceof Material m) {
                roots.add(node("material", m.getName() + " : " + String.join(", ",
                        m.getRoles().stream().map(r -> r.getLiteral()).toList()), m, List.of()));
            } else if (e instanceof Cell c) {
                roots.add(node("cell", c.getName(), c, layers(c)));
            } else if (e instanceof Protocol p) {
                roots.add(node("protocol", p.getName(), p, steps(p.getSteps())));
            } else if (e instanceof Study s) {
                roots.add(node("study", s.getName(), s, List.of()));
            } else if (e instanceof Sweep s) {
                List<Node> vs = new ArrayList<>();
                for (Variation v : s.getVariations()) {
                    vs.add(node("variation", source(v), v, List.of()));
                }
                roots.add(node("sweep", s.getName(), s, vs));
            }
        }
        return roots;
    }

    private static List<Node> layers(Cell c) {
        List<Node> layers = new ArrayList<>();
        if (c.getCathode() != null) {
            layers.add(electrode("cathode", c.getCathode()));
        }
        Electrolyte el = c.getElectrolyte();
        if (el != null) {
            List<Node> parts = new ArrayList<>();
            if (el.getPolymer() != null) {
                parts.add(node("polymer", "polymer " + ref(el.getPolymer()), el.getPolymer(), List.of()));
            }
            for (Salt s : el.getSalts()) {
                parts.add(node("salt", "salt " + ref(s), s, List.of()));
            }
            for (Solvent s : el.getSolvents()) {
                parts.add(node("solvent", "solvent " + ref(s), s, List.of()));
            }
            for (Additive a : el.getAdditives()) {
                parts.add(node("additive", "additive " + ref(a), a, List.of()));
            }
            for (Filler f : el.getFillers()) {
                parts.add(node("filler", "filler " + ref(f), f, List.of()));
            }
            if (el.getScaffold() != null) {
                parts.add(node("scaffold", "scaffold " + ref(el.getScaffold()), el.getScaffold(), List.of()));
            }
            layers.add(node("electrolyte", "electrolyte", el, parts));
        }
        if (c.getAnode() != null) {
            layers.add(electrode("anode", c.getAnode()));
        }
        return layers;
    }

    private static Node electrode(String role, Electrode e) {
        List<Node> parts = new ArrayList<>();
        for (Coating co : e.getCoatings()) {
            parts.add(node("coating", "coating " + ref(co), co, List.of()));
        }
        if (e.getInterlayer() != null) {
            parts.add(node("interlayer", "interlayer " + ref(e.getInterlayer()), e.getInterlayer(), List.of()));
        }
        return node(role, role + " " + ref(e), e, parts);
    }

    private static List<Node> steps(List<Step> steps) {
        List<Node> nodes = new ArrayList<>();
        for (Step s : steps) {
            if (s instanceof RepeatStep r) {
                nodes.add(node("step", header(s), s, steps(r.getSteps())));
            } else if (s instanceof EveryStep ev) {
                nodes.add(node("step", header(s), s, steps(ev.getSteps())));
            } else {
                nodes.add(node("step", source(s), s, List.of()));
            }
        }
        return nodes;
    }

    /** The written name of the material an electrode, salt, ... refers to. */
    private static String ref(EObject usage) {
        var feature = usage.eClass().getEStructuralFeature("material");
        var nodes = feature == null ? List.<org.eclipse.xtext.nodemodel.INode>of() : NodeModelUtils.findNodesForFeature(usage, feature);
        return nodes.isEmpty() ? "?" : NodeModelUtils.getTokenText(nodes.get(0));
    }

    /** The object's text, whitespace collapsed, up to its first '{'. */
    private static String header(EObject o) {
        String s = source(o);
        int brace = s.indexOf('{');
        return (brace < 0 ? s : s.substring(0, brace)).strip();
    }

    private static String source(EObject o) {
        ICompositeNode n = NodeModelUtils.findActualNodeFor(o);
        String s = n == null ? o.eClass().getName() : NodeModelUtils.getTokenText(n);
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    private static Node node(String kind, String label, EObject o, List<Node> children) {
        ICompositeNode n = NodeModelUtils.findActualNodeFor(o);
        int start = n == null ? 0 : n.getOffset();
        int end = n == null ? 0 : n.getEndOffset();
        var name = o.eClass().getEStructuralFeature("name");
        var names = name == null ? List.<org.eclipse.xtext.nodemodel.INode>of() : NodeModelUtils.findNodesForFeature(o, name);
        int offset = names.isEmpty() ? start : names.get(0).getOffset();
        int length = names.isEmpty() ? end - start : names.get(0).getLength();
        if (names.isEmpty() && o.eClass().getEStructuralFeature("material") != null) {
            var m = NodeModelUtils.findNodesForFeature(o, o.eClass().getEStructuralFeature("material"));
            if (!m.isEmpty()) {
                offset = m.get(0).getOffset();
                length = m.get(0).getLength();
            }
        }
        return new Node(kind, label, offset, length, start, end, List.copyOf(children));
    }
}
