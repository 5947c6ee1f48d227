package org.interphase.ui.results.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The comparison editor's input: several study result folders on disk, in the order chosen. */
public record ComparisonInput(List<Path> folders) implements IEditorInput {

    public ComparisonInput {
        folders = List.copyOf(folders);
    }

    @Override
    public boolean exists() {
        return folders.stream().allMatch(f -> f.toFile().isDirectory());
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return folders.size() == 1 ? "Comparison: " + folders.get(0).getFileName() : "Comparison of " + folders.size() + " results";
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return String.join("\n", folders.stream().map(Path::toString).toList());
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
