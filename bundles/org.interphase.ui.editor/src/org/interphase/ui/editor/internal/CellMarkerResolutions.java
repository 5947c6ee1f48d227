package org.interphase.ui.editor.internal;

import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.interphase.dsl.ide.services.QuickFixes;
import org.interphase.ui.InterphaseUi;

/**
 * Quick fixes from the Problems view (right click > Quick Fix, Ctrl+1 on a problem): the same fixes
 * as in the editor ({@link QuickFixes}), from the issue code and data the builder put on the
 * marker. A fix edits the file through its text file buffer, so an open editor sees it at once
 * (unsaved, as if typed) and a closed file is saved.
 */
public final class CellMarkerResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return !fixes(marker).isEmpty();
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return fixes(marker).stream().map(Resolution::new).toArray(IMarkerResolution[]::new);
    }

    private static List<QuickFixes.Fix> fixes(IMarker marker) {
        if (!marker.exists() || !(marker.getResource() instanceof IFile file)) {
            return List.of();
        }
        String code = marker.getAttribute(InterphaseUi.ATTR_CODE, null);
        String data = marker.getAttribute(InterphaseUi.ATTR_DATA, null);
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        int end = marker.getAttribute(IMarker.CHAR_END, -1);
        if (code == null || start < 0 || end < start) {
            return List.of();
        }
        String text = withDocument(file, d -> d.get(start, end - start));
        return text == null ? List.of()
                : QuickFixes.fixes(code, data == null ? new String[0] : data.split(InterphaseUi.DATA_SEPARATOR), text);
    }

    private interface DocumentWork<T> {
        T run(IDocument document) throws BadLocationException;
    }

    /** Runs on the file's shared document (the open editor's, if any); saves it if no editor has it. */
    private static <T> T withDocument(IFile file, DocumentWork<T> work) {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        IPath path = file.getFullPath();
        try {
            boolean open = manager.getTextFileBuffer(path, LocationKind.IFILE) != null;
            manager.connect(path, LocationKind.IFILE, new NullProgressMonitor());
            try {
                ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
                T result = work.run(buffer.getDocument());
                if (!open && buffer.isDirty()) {
                    buffer.commit(new NullProgressMonitor(), true);
                }
                return result;
            } finally {
                manager.disconnect(path, LocationKind.IFILE, new NullProgressMonitor());
            }
        } catch (CoreException | BadLocationException e) {
            ILog.of(CellMarkerResolutions.class).warn("quick fix on " + path + " failed: " + e.getMessage());
            return null;
        }
    }

    private record Resolution(QuickFixes.Fix fix) implements IMarkerResolution2 {

        @Override
        public String getLabel() {
            return fix.label();
        }

        @Override
        public String getDescription() {
            return "Replaces the text the problem spans by '" + fix.replacement() + "'";
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            if (!(marker.getResource() instanceof IFile file)) {
                return;
            }
            int start = marker.getAttribute(IMarker.CHAR_START, -1);
            int end = marker.getAttribute(IMarker.CHAR_END, -1);
            if (start >= 0 && end >= start) {
                withDocument(file, d -> {
                    d.replace(start, end - start, fix.replacement());
                    return null;
                });
            }
        }
    }
}
