package org.interphase.ui;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * An editor input that is what its key is (a file name, a resource, the kind of a page): two inputs
 * of the same class with equal keys are equal, so opening one again brings the open editor forward.
 * It exists, has no image and adapts to nothing unless a subclass says otherwise, and is not
 * persisted unless a subclass gives a {@link #getPersistable()}.
 *
 * @param <K> the type of the key
 */
public abstract class KeyedEditorInput<K> implements IEditorInput {

    private final K key;

    protected KeyedEditorInput(K key) {
        this.key = Objects.requireNonNull(key);
    }

    /** What this input is (a file name, a resource, the kind of a page). */
    public final K key() {
        return key;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((KeyedEditorInput<?>) o).key.equals(key);
    }

    @Override
    public final int hashCode() {
        return key.hashCode();
    }
}
