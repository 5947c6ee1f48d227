package org.interphase.execution;

import java.nio.file.Path;

import org.interphase.model.Document;
import org.interphase.model.Element;

/**
 * Where a study's or a sweep's results go (docs/results.md, "Folders"): {@code OUT/<qualified name>/},
 * the package and the name joined by a dot ({@code OUT/lab.coatings.Coatings/}), or the name alone
 * for a file without a package. Names are identifiers (no dot), so two studies or sweeps with
 * different qualified names never share a folder, also when their simple names are the same.
 */
public final class ResultLayout {

    private ResultLayout() {
    }

    /** The folder name of a study or sweep: its qualified name. */
    public static String folderName(Element studyOrSweep) {
        String pkg = studyOrSweep.eContainer() instanceof Document d ? d.getName() : null;
        return pkg == null || pkg.isEmpty() ? studyOrSweep.getName() : pkg + "." + studyOrSweep.getName();
    }

    /** The folder of a study or sweep in an output folder. */
    public static Path folder(Path out, Element studyOrSweep) {
        return out.resolve(folderName(studyOrSweep));
    }
}
