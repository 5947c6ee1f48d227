package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.workspace.Checker;
import org.interphase.dsl.workspace.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} no longer resolves every file of the folder and the material library before it
 * validates (start-up, issue 15): the validation of each file resolves what that file uses. It must
 * find exactly the problems found when everything is resolved first, as {@code run} still does.
 */
class CheckResolutionTest {

    @Test
    void folderWithErrorsAcrossFilesHasTheSameProblems(@TempDir Path dir) throws Exception {
        // a.cell: a material that is not in the library; b.cell: a missing import and a cell that is
        // declared nowhere, next to one imported from a.cell
        Files.writeString(dir.resolve("a.cell"), Cells.VALID.replace("package t", "package lab.a")
                .replace("cathode LCO", "cathode NoSuchOxide").replace("study S", "study SA"));
        Files.writeString(dir.resolve("b.cell"), Cells
                .with("package t", "package lab.b\nimport lab.a.C\nimport lab.missing.*")
                .replace("cell C {", "cell D {").replace("cell C\n", "cells C, Nowhere\n"));
        List<String> folder = sameProblems(dir, List.of(dir));
        assertTrue(folder.stream().anyMatch(p -> p.startsWith("a.cell:") && p.contains("NoSuchOxide")), folder.toString());
        assertTrue(folder.stream().anyMatch(p -> p.startsWith("b.cell:") && p.contains("Nowhere")), folder.toString());
        // one file given: the other is read beside it, only the one given is reported
        List<String> one = sameProblems(dir, List.of(dir.resolve("b.cell")));
        assertTrue(!one.isEmpty() && one.stream().allMatch(p -> p.startsWith("b.cell:")), one.toString());
    }

    @Test
    void examplesAndValidationCasesHaveTheSameProblems() throws Exception {
        Path examples = CorpusTest.examples();
        sameProblems(examples, List.of(examples));
        sameProblems(examples, List.of(examples.resolve("coatings.cell")));
        Path cases = Path.of(System.getProperty("interphase.validation.cases", "../../validation/cases"));
        assertTrue(Files.isDirectory(cases), "validation cases not found: " + cases.toAbsolutePath());
        sameProblems(cases, List.of(cases));
    }

    /** The problems of {@code check}, after asserting they equal those of every file resolved first. */
    private static List<String> sameProblems(Path base, List<Path> arguments) throws Exception {
        Checker checker = new Checker(base);
        List<String> checked = checker.check(arguments, CancelIndicator.NullImpl).problems().stream()
                .map(Problem::format).toList();
        Checker.Loaded loaded = checker.load(arguments); // resolves every file and the library
        List<Problem> resolved = new ArrayList<>(loaded.problems());
        loaded.targets().forEach((file, resource) -> resolved
                .addAll(loaded.workspace().validate(resource, checker.display(file), CancelIndicator.NullImpl)));
        resolved.sort(null);
        assertEquals(resolved.stream().map(Problem::format).toList(), checked);
        return checked;
    }
}
