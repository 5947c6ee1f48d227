package org.interphase.ui.editor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.interphase.ui.InterphaseUi;
import org.interphase.dsl.ide.services.CellSemanticHighlighting;

/**
 * Checks the editor's text while typing: parses it with the files its project sees, validates it
 * like the builder does, and replaces the editor's problem annotations (hiding the builder's markers
 * that say the same thing, so that nothing shows twice). Then updates the outline and the semantic
 * highlighting.
 */
final class CellReconciler implements IReconcilingStrategy, IReconcilingStrategyExtension {

    private final CellEditor editor;
    private IDocument document;
    private IProgressMonitor monitor;
    private List<Annotation> current = List.of();

    CellReconciler(CellEditor editor) {
        this.editor = editor;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void initialReconcile() {
        reconcile();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        reconcile();
    }

    @Override
    public void reconcile(IRegion partition) {
        reconcile();
    }

    private void reconcile() {
        try {
            check();
        } catch (org.eclipse.xtext.service.OperationCanceledError | org.eclipse.core.runtime.OperationCanceledException e) {
            // the text changed again: the next run checks it
        } catch (RuntimeException e) {
            // keep the reconciler thread alive; the next keystroke tries again
            org.eclipse.core.runtime.ILog.of(CellReconciler.class).error("checking the editor's text failed", e);
        }
    }

    private void check() {
        if (document == null) {
            return;
        }
        String text = document.get();
        CellSnapshot snapshot = editor.parse(text);
        List<Issue> issues = snapshot.validate(() -> monitor != null && monitor.isCanceled());
        if (monitor != null && monitor.isCanceled()) {
            return;
        }
        if (!snapshot.indexed()) {
            // a snapshot from the index published its problems through WorkbenchIndex's listener
            show(issues, text.length());
        }
        editor.reconciled(snapshot, CellSemanticHighlighting.ranges(snapshot.resource()));
    }

    /**
     * Shows a check's problems as the editor's annotations, replacing the previous ones (any thread).
     *
     * @param length the length of the text the problems are of
     */
    void show(List<Issue> issues, int length) {
        Map<Annotation, Position> added = new HashMap<>();
        for (Issue issue : issues) {
            if (issue.getSeverity() != Severity.ERROR && issue.getSeverity() != Severity.WARNING) {
                continue;
            }
            int offset = issue.getOffset() == null ? 0 : Math.min(issue.getOffset(), length);
            int size = issue.getLength() == null ? 0 : Math.min(issue.getLength(), length - offset);
            added.put(new CellProblemAnnotation(issue.getSeverity() == Severity.ERROR, issue.getMessage(), issue.getCode(),
                    issue.getData()), new Position(offset, size));
        }
        IAnnotationModel model = editor.annotationModel();
        if (model == null) {
            // a read-only library file (storage input) has no annotation model: no problems to show
            return;
        }
        List<Annotation> previous;
        synchronized (this) {
            previous = current;
            current = new ArrayList<>(added.keySet());
        }
        Object lock = model instanceof org.eclipse.jface.text.ISynchronizable s && s.getLockObject() != null ? s.getLockObject() : model;
        synchronized (lock) {
            if (model instanceof IAnnotationModelExtension ext) {
                ext.replaceAnnotations(previous.toArray(Annotation[]::new), added);
            } else {
                previous.forEach(model::removeAnnotation);
                added.forEach(model::addAnnotation);
            }
            hideDuplicateMarkers(model, added);
        }
    }

    /** The builder's markers that a live annotation repeats (same message, same place) are not drawn. */
    private static void hideDuplicateMarkers(IAnnotationModel model, Map<Annotation, Position> live) {
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof MarkerAnnotation m && m.getMarker().exists()
                    && InterphaseUi.PROBLEM_MARKER.equals(markerType(m))) {
                Position p = model.getPosition(m);
                boolean repeated = live.entrySet().stream().anyMatch(e -> e.getKey().getText().equals(m.getText())
                        && p != null && e.getValue().getOffset() == p.getOffset());
                m.markDeleted(repeated);
            }
        }
    }

    private static String markerType(MarkerAnnotation m) {
        try {
            return m.getMarker().getType();
        } catch (org.eclipse.core.runtime.CoreException e) {
            return null;
        }
    }
}
