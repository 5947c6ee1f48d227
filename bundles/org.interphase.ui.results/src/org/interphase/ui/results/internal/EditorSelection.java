package org.interphase.ui.results.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/** The result editor's selection: the selected cell, which the stack view follows. */
final class EditorSelection implements ISelectionProvider {
    private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
    private ISelection current = StructuredSelection.EMPTY;

    void set(ISelection s) {
        current = s;
        SelectionChangedEvent e = new SelectionChangedEvent(this, s);
        listeners.forEach(l -> l.selectionChanged(e));
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener l) {
        listeners.add(l);
    }

    @Override
    public ISelection getSelection() {
        return current;
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener l) {
        listeners.remove(l);
    }

    @Override
    public void setSelection(ISelection s) {
        set(s);
    }
}
