package org.interphase.ui.editor.internal;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;

/** Ctrl+click and F3 (Open Hyperlink) on a reference open its declaration. */
public final class CellHyperlinks extends AbstractHyperlinkDetector {

    private final Supplier<CellSnapshot> snapshot;

    public CellHyperlinks(Supplier<CellSnapshot> snapshot) {
        this.snapshot = snapshot;
    }

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        CellSnapshot s = snapshot.get();
        IRegion link = Navigation.referenceRegion(s, region.getOffset());
        EObject target = link == null ? null : Navigation.definition(s, region.getOffset());
        if (target == null) {
            return null;
        }
        String label = "Open the declaration (" + Navigation.where(target) + ")";
        return new IHyperlink[] { new IHyperlink() {
            @Override
            public IRegion getHyperlinkRegion() {
                return link;
            }

            @Override
            public String getTypeLabel() {
                return null;
            }

            @Override
            public String getHyperlinkText() {
                return label;
            }

            @Override
            public void open() {
                try {
                    Navigation.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), target);
                } catch (PartInitException e) {
                    StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
                }
            }
        } };
    }
}
