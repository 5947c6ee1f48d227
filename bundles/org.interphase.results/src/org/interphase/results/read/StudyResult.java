package org.interphase.results.read;

import java.nio.file.Path;
import java.util.List;

/**
 * A study's results folder ({@code OUT/<study>/}): its cells, sorted by name.
 *
 * @param folder the study folder
 * @param name   the study (the folder's name)
 * @param cells  one per {@code <cell>/summary.json}
 * @param report report.html beside the cells, or null when there is none
 */
public record StudyResult(Path folder, String name, List<CellResult> cells, Path report) {

    /** The cell of that name, or null. */
    public CellResult cell(String name) {
        return cells.stream().filter(c -> c.cell().equals(name)).findFirst().orElse(null);
    }
}
