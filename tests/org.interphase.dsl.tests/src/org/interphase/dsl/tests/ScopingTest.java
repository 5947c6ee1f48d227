package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.interphase.dsl.validation.IssueCodes;
import org.interphase.dsl.workspace.Problem;
import org.junit.jupiter.api.Test;

/** Packages, imports and the implicit material library across files. */
class ScopingTest {

    private static final String MATERIALS = """
            package lab.materials
            material NCM90 : cathode based on NCM811 {
                specific capacity = 205 mAh/g
            }
            """;

    private static final String CELLS = Cells.VALID.replace("package t", "package lab.cells\nimport lab.materials.*")
            .replace("cathode LCO", "cathode NCM90");

    @Test
    void wildcardImportMakesAnotherFilesMaterialsVisible() {
        Map<String, List<Problem>> problems = Cells.checkFiles(Map.of("materials.cell", MATERIALS, "cells.cell", CELLS));
        assertEquals(Map.of("cells.cell", List.of(), "materials.cell", List.of()), problems);
    }

    @Test
    void withoutTheImportTheMaterialIsUnknown() {
        String noImport = CELLS.replace("import lab.materials.*\n", "");
        List<Problem> errors = Cells.errors(
                Cells.checkFiles(Map.of("materials.cell", MATERIALS, "cells.cell", noImport)).get("cells.cell"));
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(IssueCodes.UNKNOWN_MATERIAL, errors.get(0).code());
    }

    @Test
    void singleImportOfAQualifiedName() {
        String study = "package lab.studies\nimport lab.cells.C\nimport lab.cells.P\nstudy S2 {\n    cell C\n    protocol P\n    mechanisms all\n}\n";
        Map<String, List<Problem>> problems = Cells.checkFiles(
                Map.of("materials.cell", MATERIALS, "cells.cell", CELLS, "study.cell", study));
        assertEquals(List.of(), problems.get("study.cell"));
    }

    @Test
    void samePackageNeedsNoImport() {
        String other = "package lab.cells\nstudy S2 {\n    cell C\n    protocol P\n    mechanisms all\n}\n";
        Map<String, List<Problem>> problems = Cells.checkFiles(
                Map.of("materials.cell", MATERIALS, "cells.cell", CELLS, "other.cell", other));
        assertEquals(List.of(), problems.get("other.cell"));
    }

    @Test
    void duplicateAcrossFilesOfOnePackage() {
        String twin = "package lab.cells\nprotocol P {\n    rest for 1 h\n}\n";
        List<Problem> errors = Cells.errors(Cells.checkFiles(
                Map.of("materials.cell", MATERIALS, "cells.cell", CELLS, "twin.cell", twin)).get("twin.cell"));
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(IssueCodes.DUPLICATE_NAME, errors.get(0).code());
        assertTrue(errors.get(0).message().contains("duplicate protocol 'lab.cells.P': also declared in cells.cell"),
                errors.get(0).message());
        assertEquals(2, errors.get(0).line());
    }

    @Test
    void importThatMatchesNothingIsAWarning() {
        List<Problem> problems = Cells.check(Cells.VALID.replace("package t", "package t\nimport lab.nowhere.*"));
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(Problem.Severity.WARNING, problems.get(0).severity());
        assertEquals(IssueCodes.UNRESOLVED_IMPORT, problems.get(0).code());
        assertEquals(2, problems.get(0).line());
    }

    @Test
    void ownDeclarationShadowsTheLibrary() {
        String text = Cells.VALID + "material LCO : polymer\n";
        // the cell's 'cathode LCO' now means the local polymer, which cannot be a cathode
        List<Problem> errors = Cells.errors(Cells.check(text));
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(IssueCodes.WRONG_ROLE, errors.get(0).code());
    }
}
