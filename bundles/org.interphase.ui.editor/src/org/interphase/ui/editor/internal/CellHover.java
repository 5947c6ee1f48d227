package org.interphase.ui.editor.internal;

import java.util.Iterator;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.interphase.model.Material;
import org.interphase.dsl.ide.services.Descriptions;

/**
 * Hover: on a material's name or a reference to it, the material's roles, description and every
 * parameter value it has (own and inherited) with its source; on other declared names what they
 * are and where; on mechanisms, their parameters and units what {@code NameHovers} says; elsewhere,
 * the messages of the problems under the mouse.
 */
public final class CellHover implements ITextHover, org.eclipse.jface.text.ITextHoverExtension {

    /**
     * The annotations whose text the hover shows: problems (the editor's own and the markers').
     * Not quick diff's ("1 changed line"), which share the texteditor prefix.
     */
    static final java.util.Set<String> PROBLEM_TYPES = java.util.Set.of(CellProblemAnnotation.ERROR,
            CellProblemAnnotation.WARNING, "org.eclipse.ui.workbench.texteditor.info");

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
            return problems(sv.getAnnotationModel(), region.getOffset());
        }
        return null;
    }

    /** The messages of the problems at an offset, one a line, or null when there are none. */
    public static String problems(IAnnotationModel model, int offset) {
        StringBuilder b = new StringBuilder();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            Position p = model.getPosition(a);
            if (p != null && !a.isMarkedDeleted() && a.getText() != null && p.includes(offset)
                    && PROBLEM_TYPES.contains(a.getType())) {
                b.append(b.isEmpty() ? "" : "\n").append(a.getText());
            }
        }
        return b.isEmpty() ? null : b.toString();
    }

    /**
     * Hover texts are shown as written, one item a line, and in full (the default presenter reads
     * them as HTML: every line break lost and the end cut off with "...").
     */
    public static final org.eclipse.jface.text.DefaultInformationControl.IInformationPresenter AS_WRITTEN = (display,
            text, presentation, maxWidth, maxHeight) -> text;

    @Override
    public org.eclipse.jface.text.IInformationControlCreator getHoverControlCreator() {
        return parent -> new org.eclipse.jface.text.DefaultInformationControl(parent, "Interphase", AS_WRITTEN);
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        return new Region(offset, 0);
    }

    /**
     * The hover text of the name at an offset (a declaration's name or a reference): for a material
     * its values and sources, for a cell, protocol, study or other named element what it is and
     * where it is declared; null elsewhere.
     */
    public static String text(CellSnapshot s, int offset) {
        String named = org.interphase.dsl.ide.services.NameHovers.at(s.resource(), offset);
        if (named != null) {
            return named; // a mechanism, a mechanism's parameter, a unit
        }
        ILeafNode leaf = s.leafAt(offset);
        if (leaf == null || leaf.isHidden()) {
            return null;
        }
        EObject element = new EObjectAtOffsetHelper().resolveElementAt(s.resource(), offset);
        if (element == null || element.eIsProxy()) {
            return null;
        }
        String name = Descriptions.name(element);
        // on a declaration only its name, not the rest of the block, shows the hover
        if (name == null || NodeModelUtils.findActualSemanticObjectFor(leaf) == element && !leaf.getText().equals(name)) {
            return null;
        }
        return element instanceof Material m ? describe(m) : Descriptions.of(element, Navigation.where(element));
    }

    /** A material's roles, description and parameter values with their sources. */
    public static String describe(Material m) {
        return Descriptions.material(m, Navigation.where(m));
    }
}
