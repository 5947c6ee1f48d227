package org.interphase.validation;

import java.util.List;
import java.util.Set;

/**
 * One published result of the validation set, as its manifest block says.
 *
 * @param id        unique name of the case
 * @param line      line of its {@code case} word in the manifest (for located messages)
 * @param file      the .cell file, relative to the manifest's folder
 * @param study     the study to run
 * @param cell      the cell of that study whose result is compared
 * @param kind      what was measured
 * @param published the published value (with its tolerance)
 * @param calibrates the parameter this result was used to set, or null when the case only validates
 * @param family    the mitigation family the cell belongs to
 * @param source    DOI (or citation) of the paper
 * @param read      where in the paper the number was read (abstract, table, figure read off)
 * @param missing   the physics a miss of this case points at, or null when not identified
 * @param notes     further remarks
 * @param supersededBy the case that writes the same published number as the paper built it, when this case is
 *                  a stand-in kept from before the language could write it (run and shown, not counted in the
 *                  score), else null
 * @param mitigations the mitigation families its cell uses ({@link Mitigation#of}), empty until the cell is read
 */
public record ValidationCase(String id, int line, String file, String study, String cell, Kind kind,
        Published published, String calibrates, String family, String source, String read, String missing,
        List<String> notes, String supersededBy, Set<Mitigation> mitigations) {

    /** A case as its manifest block says, before its cell is read. */
    public ValidationCase(String id, int line, String file, String study, String cell, Kind kind, Published published,
            String calibrates, String family, String source, String read, String missing, List<String> notes,
            String supersededBy) {
        this(id, line, file, study, cell, kind, published, calibrates, family, source, read, missing, notes, supersededBy,
                Set.of());
    }

    /** A case that is not superseded. */
    public ValidationCase(String id, int line, String file, String study, String cell, Kind kind, Published published,
            String calibrates, String family, String source, String read, String missing, List<String> notes) {
        this(id, line, file, study, cell, kind, published, calibrates, family, source, read, missing, notes, null);
    }

    /** This case with the mitigation families of its cell. */
    public ValidationCase withMitigations(Set<Mitigation> of) {
        return new ValidationCase(id, line, file, study, cell, kind, published, calibrates, family, source, read, missing,
                notes, supersededBy, Set.copyOf(of));
    }

    /** Whether this case is a stand-in that a properly written case of the same published number replaces. */
    public boolean superseded() {
        return supersededBy != null;
    }

    public boolean calibration() {
        return calibrates != null;
    }
}
