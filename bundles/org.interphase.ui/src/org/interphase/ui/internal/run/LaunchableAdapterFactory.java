package org.interphase.ui.internal.run;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.actions.ILaunchable;

/**
 * Makes files launchable, so that the Project Explorer's context menu has Run As (the debug UI shows
 * it for what adapts to {@link ILaunchable}); for a {@code .cell} file it lists Interphase Study.
 */
public final class LaunchableAdapterFactory implements IAdapterFactory {

    private static final ILaunchable LAUNCHABLE = new ILaunchable() {
    };

    @Override
    public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
        return adaptableObject instanceof IFile && adapterType == ILaunchable.class ? adapterType.cast(LAUNCHABLE) : null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { ILaunchable.class };
    }
}
