package org.interphase.ui.editor.internal;

import org.eclipse.swt.graphics.Color;

/** The editor's colours (device-independent SWT colours: nothing to dispose). */
final class CellColors {

    static final Color KEYWORD = new Color(127, 0, 85);
    static final Color COMMENT = new Color(63, 127, 95);
    static final Color STRING = new Color(42, 0, 255);
    static final Color QUANTITY = new Color(0, 110, 130);
    static final Color MATERIAL = new Color(150, 80, 0);
    static final Color CELL = new Color(0, 100, 0);
    static final Color PROTOCOL = new Color(0, 70, 160);
    static final Color STUDY = new Color(120, 0, 140);

    private CellColors() {
    }
}
