package org.interphase.materials;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * The built-in material library: {@code .cell} files in package {@value #PACKAGE}, shipped in this
 * bundle's {@code library/} folder, written in the cell language itself so that users can read
 * every value and its source. Their materials are visible in every file without an import.
 */
public final class MaterialLibrary {

    /** The package the library files declare; imported implicitly everywhere. */
    public static final String PACKAGE = "interphase.materials";

    /** The bundle the library lives in (for platform:/plugin URIs). */
    public static final String BUNDLE = "org.interphase.materials";

    /** The library files, relative to the bundle root. */
    public static final List<String> FILES = List.of(
            "library/cathodes.cell",
            "library/electrodes.cell",
            "library/polymers.cell",
            "library/salts.cell",
            "library/ceramics.cell");

    private MaterialLibrary() {
    }

    /** Where a library file can be read from (works in OSGi and on a plain class path). */
    public static URL url(String file) {
        URL url = MaterialLibrary.class.getResource("/" + file);
        return Objects.requireNonNull(url, () -> "material library file missing from the bundle: " + file);
    }

    /** The URI under which a library file is known in a resource set and in messages. */
    public static String uri(String file) {
        return "platform:/plugin/" + BUNDLE + "/" + file;
    }
}
