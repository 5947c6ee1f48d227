package org.interphase.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Writes PNG pictures of the workbench window, for docs/images (see releng/scripts/screenshots.sh). */
final class Screenshots {

    /** The system property naming the folder to write into; screenshots are taken only when it is set. */
    static final String PROPERTY = "interphase.screenshots";

    private Screenshots() {
    }

    /** The folder to write into, or null when screenshots are not wanted (the normal test run). */
    static Path folder() {
        String value = System.getProperty(PROPERTY);
        // an unset Maven property reaches the test as its literal ${...}
        // (or, through Tycho's systemProperties map, as "null")
        return value == null || value.isBlank() || value.startsWith("${") || value.equals("null")
                || !Path.of(value).isAbsolute() ? null : Path.of(value);
    }

    /** Writes an image (drawn off screen) into {@code folder/name}. */
    static void save(Image image, String name) throws Exception {
        Path folder = folder();
        Files.createDirectories(folder);
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
    }

    /** Captures the shell as it appears on the display into {@code folder/name}. */
    static void capture(Shell shell, String name) throws Exception {
        Path folder = folder();
        Files.createDirectories(folder);
        Display display = shell.getDisplay();
        for (int i = 0; i < 50; i++) {
            while (display.readAndDispatch()) {
                // let everything paint
            }
            Thread.sleep(20);
        }
        Rectangle r = shell.getBounds();
        Image image = new Image(display, r.width, r.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, r.x, r.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }
}
