package org.interphase.ui.results.internal;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** Series colours: distinct, readable on white (the Okabe-Ito palette, then darker tones). */
final class Palette {

    private static final RGB[] COLOURS = { new RGB(0, 114, 178), new RGB(213, 94, 0), new RGB(0, 158, 115),
            new RGB(204, 121, 167), new RGB(230, 159, 0), new RGB(86, 180, 233), new RGB(0, 0, 0),
            new RGB(120, 60, 20), new RGB(90, 90, 160), new RGB(40, 110, 40) };

    private Palette() {
    }

    static RGB rgb(int i) {
        return COLOURS[Math.floorMod(i, COLOURS.length)];
    }

    static Color colour(int i) {
        return new Color(rgb(i));
    }
}
