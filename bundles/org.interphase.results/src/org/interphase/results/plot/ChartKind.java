package org.interphase.results.plot;

import java.util.Locale;
import java.util.Optional;

/**
 * The charts of a cell's result, each named once: the PNG file the report writes it to
 * ({@code retention.png}; docs/results.md), the title of its page in the workbench's result editor,
 * and what it shows (the report's captions). The PNG writer and the result editor take the names
 * from here, so that a chart kind is called alike in the folder and in the editor.
 */
public enum ChartKind {
    RETENTION("Capacity Retention", "capacity retention against cycle"),
    VOLTAGE("Voltage Profiles", "voltage profiles"),
    RESISTANCE("Resistance", "series resistance against cycle"),
    LSV("LSV", "current density against potential"),
    OVERPOTENTIAL("Overpotential", "voltage against time"),
    NYQUIST("Nyquist", "Nyquist plot");

    private final String title;
    private final String shows;

    ChartKind(String title, String shows) {
        this.title = title;
        this.shows = shows;
    }

    /** The file name of its PNG in a cell's folder: its name in lower case ({@code retention.png}). */
    public String file() {
        return name().toLowerCase(Locale.ROOT) + ".png";
    }

    /** The title of its page in the result editor. */
    public String title() {
        return title;
    }

    /** What it shows, as a caption says it ("capacity retention against cycle"). */
    public String shows() {
        return shows;
    }

    /** The chart written to a file of this name, if any. */
    public static Optional<ChartKind> ofFile(String name) {
        for (ChartKind c : values()) {
            if (c.file().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
