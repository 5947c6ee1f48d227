package org.interphase.ui.results.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.interphase.ui.results.ResultsUi;

/**
 * Screenshots for docs/workbench.md, only when {@code interphase.screenshots} names a folder
 * (releng/scripts/screenshots.sh sets it); otherwise nothing is written.
 */
final class Screens {

    private Screens() {
    }

    /** The folder to write into, or null (an unset Maven property reaches the test as "null"). */
    static String folder() {
        String folder = System.getProperty("interphase.screenshots");
        return folder == null || folder.isBlank() || folder.equals("null") || folder.startsWith("${")
                || !Path.of(folder).isAbsolute() ? null : folder;
    }

    /** The workbench window with the editor's page in front, as a PNG. */
    static void capture(IEditorPart editor, String page, String file) throws Exception {
        if (folder() == null) {
            return;
        }
        Shell shell = editor.getSite().getShell();
        shell.setBounds(0, 0, 1400, 900);
        editor.getSite().getPage().activate(editor);
        ResultsUi.showPage(editor, page);
        ResultEditorTest.spin();
        capture(shell, file);
    }

    /** A shell as it is on screen, as a PNG. */
    static void capture(Shell shell, String file) throws Exception {
        String folder = folder();
        if (folder == null) {
            return;
        }
        ResultEditorTest.spin();
        Display d = shell.getDisplay();
        var size = shell.getSize();
        Image image = new Image(d, size.x, size.y);
        GC gc = new GC(d);
        try {
            var at = shell.toDisplay(0, 0);
            gc.copyArea(image, at.x, at.y);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        Path out = Path.of(folder);
        Files.createDirectories(out);
        loader.save(out.resolve(file).toString(), SWT.IMAGE_PNG);
    }
}
