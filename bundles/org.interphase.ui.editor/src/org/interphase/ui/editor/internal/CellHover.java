package org.interphase.ui.editor.internal;

import java.util.Iterator;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.interphase.model.Material;
import org.interphase.model.MaterialRole;
import org.interphase.model.Parameter;
import org.interphase.model.parameters.Materials;

/**
 * Hover: on a material's name or a reference to it, the material's roles, description and every
 * parameter value it has (own and inherited) with its source; elsewhere, the messages of the
 * problems under the mouse.
 */
public final class CellHover implements ITextHover {

    private final Supplier<CellSnapshot> snapshot;

    public CellHover(Supplier<CellSnapshot> snapshot) {
        this.snapshot = snapshot;
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        String material = text(snapshot.get(), region.getOffset());
        if (material != null) {
            return material;
        }
        if (viewer instanceof ISourceViewer sv && sv.getAnnotationModel() != null) {
            StringBuilder b = new StringBuilder();
            IAnnotationModel model = sv.getAnnotationModel();
            for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
                Annotation a = it.next();
                Position p = model.getPosition(a);
                if (p != null && !a.isMarkedDeleted() && a.getText() != null && p.includes(region.getOffset())
                        && a.getType().startsWith("org.eclipse.ui.workbench.texteditor.")) {
                    b.append(b.isEmpty() ? "" : "\n").append(a.getText());
                }
            }
            return b.isEmpty() ? null : b.toString();
        }
        return null;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        return new Region(offset, 0);
    }

    /** The hover text of the material at an offset (its name or a reference), or null. */
    public static String text(CellSnapshot s, int offset) {
        ILeafNode leaf = s.leafAt(offset);
        if (leaf == null || leaf.isHidden()) {
            return null;
        }
        EObject element = new EObjectAtOffsetHelper().resolveElementAt(s.resource(), offset);
        if (!(element instanceof Material m) || m.eIsProxy()) {
            return null;
        }
        // on a declaration only its name, not the rest of the block, shows the hover
        if (NodeModelUtils.findActualSemanticObjectFor(leaf) == m && !leaf.getText().equals(m.getName())) {
            return null;
        }
        return describe(m);
    }

    /** A material's roles, description and parameter values with their sources. */
    public static String describe(Material m) {
        StringBuilder b = new StringBuilder();
        b.append(m.getName()).append(" : ")
                .append(m.getRoles().stream().map(MaterialRole::getLiteral).collect(Collectors.joining(", ")));
        if (m.getBasedOn() != null && !m.getBasedOn().eIsProxy()) {
            b.append("  (based on ").append(m.getBasedOn().getName()).append(')');
        }
        b.append("\n").append(Navigation.where(m));
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

    /** The text a quantity (or any object) is written with, whitespace collapsed. */
    static String text(EObject o) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(o);
        return node == null ? String.valueOf(o) : NodeModelUtils.getTokenText(node);
    }
}
