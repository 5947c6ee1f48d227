package org.interphase.ui.editor.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.ui.PlatformUI;
import org.interphase.ui.editor.CellEditors;
import org.interphase.ui.editor.internal.CellEditor;
import org.interphase.ui.editor.internal.CellProblemAnnotation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A scripted measurement, not a test (releng/scripts/editor-latency.sh runs it; skipped otherwise):
 * the time from a keystroke in the cell editor to the error annotation it causes or mends, in a
 * project of 500 files, over 20 keystrokes after 5 warm-up ones; the same project and keystrokes
 * as releng/scripts/lsp-latency.js measures on the language server. Writes the figures to the file
 * named by the system property interphase.latency.
 */
class MarkerLatencyMeasurement {

    static final int FILES = 500;

    /** The project lsp-latency.js writes too (releng/scripts/latency-project/README.md). */
    private static String template(String name) throws java.io.IOException {
        return Files.readString(Path.of(System.getProperty("interphase.latency.project")).resolve(name));
    }

    static String cell(String template, int i, String cathode) {
        return template.replace("{i}", Integer.toString(i)).replace("{cathode}", cathode)
                .replace("{loading}", String.format(Locale.ROOT, "%.1f", 1 + (i % 10) / 10.0));
    }

    private volatile long shown;
    private volatile boolean expectBroken;

    @Test
    void keystrokeToMarker() throws Exception {
        String out = System.getProperty("interphase.latency", "");
        Assumptions.assumeTrue(!out.isBlank(), "measured by releng/scripts/editor-latency.sh only");
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject("latency");
        String cellTemplate = template("cell.template");
        String study = template("study.template");
        long t0 = System.nanoTime();
        ResourcesPlugin.getWorkspace().run(m -> {
            p.create(null);
            p.open(null);
            p.getFolder("cells").create(true, true, null);
            for (int i = 1; i < FILES; i++) {
                String[] cathodes = { "LCO", "NCM111", "LFP" };
                p.getFile("cells/cell" + i + ".cell").create(
                        new ByteArrayInputStream(cell(cellTemplate, i, cathodes[i % 3]).getBytes(StandardCharsets.UTF_8)), true, null);
            }
            p.getFile("study.cell").create(new ByteArrayInputStream(study.getBytes(StandardCharsets.UTF_8)), true, null);
        }, null);
        IFile edited = p.getFile("cells/cell1.cell");
        CellEditor editor = (CellEditor) CellEditors.open(edited);
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        Editors.waitUntil(() -> CellEditors.isChecked(editor) && !broken(model), 900);
        double opened = (System.nanoTime() - t0) / 1e9;

        IAnnotationModelListener listener = m -> {
            if (shown == 0 && broken(m) == expectBroken) {
                shown = System.nanoTime();
            }
        };
        model.addAnnotationModelListener(listener);
        IDocument d = Editors.document(editor);
        int at = d.get().indexOf("cathode ") + "cathode ".length(); // cell1's cathode is NCM111
        List<Double> times = new ArrayList<>();
        for (int k = 0; k < 25; k++) {
            boolean broken = k % 2 == 0; // NCM111 -> XCM111 (unknown material) -> NCM111 ...
            expectBroken = broken;
            shown = 0;
            long start = System.nanoTime();
            d.replace(at, 1, broken ? "X" : "N"); // one keystroke
            try {
                Editors.waitUntil(() -> shown != 0, 60);
            } catch (AssertionError e) {
                throw new AssertionError("keystroke " + k + ": no " + (broken ? "error" : "clean check") + " within 60 s; "
                        + "checked " + CellEditors.isChecked(editor) + ", problems " + Editors.problems(editor)
                        + ", index ready " + (org.interphase.ui.editor.internal.WorkbenchIndex.ifReady() != null), e);
            }
            if (k >= 5) {
                times.add((shown - start) / 1e6);
            }
            Editors.waitUntil(() -> System.nanoTime() - start > 400_000_000L, 5); // a typist's pause
        }
        model.removeAnnotationModelListener(listener);
        times.sort(null);
        double median = (times.get(9) + times.get(10)) / 2;
        String report = String.format(Locale.ROOT,
                "%d files: project written, opened, indexed and checked in %.1f s%n"
                        + "keystroke -> marker over %d keystrokes: median %.0f ms, min %.0f ms, max %.0f ms "
                        + "(%d cores, shared machine)%nall: %s%n",
                FILES, opened, times.size(), median, times.get(0), times.get(times.size() - 1),
                Runtime.getRuntime().availableProcessors(), times);
        System.out.print(report);
        Files.writeString(Path.of(out), report);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        p.delete(true, true, null);
    }

    private static boolean broken(IAnnotationModel model) {
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof CellProblemAnnotation a && a.isError()) {
                return true;
            }
        }
        return false;
    }
}
