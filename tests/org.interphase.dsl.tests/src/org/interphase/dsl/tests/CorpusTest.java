package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.workspace.Checker;
import org.interphase.dsl.workspace.Problem;
import org.junit.jupiter.api.Test;

/**
 * The acceptance corpus (examples/, copied as written from the design repository): every file
 * parses and validates with no problem at all, as a project folder in which files import each other.
 */
class CorpusTest {

    static Path examples() {
        String dir = System.getProperty("interphase.examples");
        Path p = dir != null ? Path.of(dir) : Path.of("../../examples");
        assertTrue(Files.isDirectory(p), "corpus folder not found: " + p.toAbsolutePath());
        return p;
    }

    @Test
    void everyExampleIsValid() throws Exception {
        Checker.Result result = new Checker(examples()).check(List.of(examples()), CancelIndicator.NullImpl);
        // the seven files of the design repository, measured.cell (compare with data, issue 7) and
        // uncertainty.cell (issue 18)
        assertEquals(9, result.files().size(), "corpus files: " + result.files());
        assertEquals(List.of(), result.problems().stream().map(Problem::format).toList());
    }

    @Test
    void aSingleFileIsCheckedWithItsFolder() throws Exception {
        // coatings.cell imports lab.baseline.BareLco from lco-baseline.cell beside it
        Path coatings = examples().resolve("coatings.cell");
        Checker.Result result = new Checker(examples()).check(List.of(coatings), CancelIndicator.NullImpl);
        assertEquals(List.of(coatings.toAbsolutePath().normalize()), result.files());
        assertEquals(List.of(), result.problems());
    }
}
