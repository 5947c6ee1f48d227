package org.interphase.validation;

import java.util.List;

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
 */
public record ValidationCase(String id, int line, String file, String study, String cell, Kind kind,
        Published published, String calibrates, String family, String source, String read, String missing,
        List<String> notes) {

    public boolean calibration() {
        return calibrates != null;
    }
}
