package org.interphase.ui.editor.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.widgets.Display;
import org.interphase.ui.editor.internal.CellEditor;
import org.interphase.ui.editor.internal.CellProblemAnnotation;

/** Helpers of the editor tests: files, builds, waiting for the reconciler while spinning the event loop. */
final class Editors {

    private Editors() {
    }

    /** The repository's examples folder (system property set by the test's pom). */
    static Path examples() {
        return Path.of(System.getProperty("interphase.examples", "../../examples"));
    }

    static String example(String name) throws Exception {
        return Files.readString(examples().resolve(name), StandardCharsets.UTF_8);
    }

    static IFile write(IProject project, String path, String text) throws CoreException {
        IFile f = project.getFile(path);
        var in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (f.exists()) {
            f.setContents(in, true, false, null);
        } else {
            if (f.getParent() instanceof org.eclipse.core.resources.IFolder folder && !folder.exists()) {
                folder.create(true, true, null);
            }
            f.create(in, true, null);
            f.setCharset("UTF-8", null);
        }
        return f;
    }

    static void build() throws Exception {
        ResourcesPlugin.getWorkspace().build(org.eclipse.core.resources.IncrementalProjectBuilder.INCREMENTAL_BUILD,
                new NullProgressMonitor());
        waitUntil(() -> Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
                && Job.getJobManager().find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0, 120);
    }

    static void waitUntil(BooleanSupplier condition, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached within " + seconds + " s");
            }
            if (display != null) {
                while (display.readAndDispatch()) {
                    // drain
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static IDocument document(CellEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    /** Waits until the editor shows the problems, outline and highlighting of its current text. */
    static void reconciled(CellEditor editor) {
        waitUntil(() -> org.interphase.ui.editor.CellEditors.isChecked(editor), 60);
    }

    /** Replaces the editor's text as typing would, and waits for the reconciler. */
    static void type(CellEditor editor, String text) {
        document(editor).set(text);
        reconciled(editor);
    }

    /** A live problem: its text range and message. */
    record Problem(boolean error, int offset, int length, String message, String code) {
    }

    static List<Problem> problems(CellEditor editor) {
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        List<Problem> problems = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof CellProblemAnnotation a) {
                Position p = model.getPosition(a);
                problems.add(new Problem(a.isError(), p.getOffset(), p.getLength(), a.getText(), a.code()));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::offset));
        return problems;
    }

    static void delete(String project) throws CoreException {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(project);
        if (p.exists()) {
            p.delete(true, true, null);
        }
    }
}
