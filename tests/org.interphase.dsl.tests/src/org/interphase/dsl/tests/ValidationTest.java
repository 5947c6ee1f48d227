package org.interphase.dsl.tests;

import static org.interphase.dsl.tests.Cells.VALID;
import static org.interphase.dsl.tests.Cells.check;
import static org.interphase.dsl.tests.Cells.errors;
import static org.interphase.dsl.tests.Cells.lineOf;
import static org.interphase.dsl.tests.Cells.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.dsl.validation.IssueCodes;
import org.interphase.dsl.workspace.Problem;
import org.junit.jupiter.api.Test;

/**
 * Every validation rule of the language: the message a user sees, its code and its line. Each test
 * makes exactly one mistake in an otherwise valid file and expects exactly one error.
 */
class ValidationTest {

    /** Asserts exactly one error, with the code, a message containing the text, on the line of the piece. */
    private static Problem assertOneError(String text, String code, String message, String linePiece) {
        List<Problem> errors = errors(check(text));
        assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
        Problem p = errors.get(0);
        assertEquals(code, p.code(), p::format);
        assertTrue(p.message().contains(message), () -> "message was: " + p.message());
        assertEquals(lineOf(text, linePiece), p.line(), p::format);
        return p;
    }

    @Test
    void validFixtureHasNoProblems() {
        assertEquals(List.of(), check(VALID));
    }

    @Test
    void unknownMaterialSuggestsCloseNames() {
        String text = with("cathode LCO", "cathode LCX");
        Problem p = assertOneError(text, IssueCodes.UNKNOWN_MATERIAL, "unknown material 'LCX'; did you mean LCO?",
                "cathode LCX");
        assertEquals(lineOf(text, "LCX") , p.line());
        assertEquals(text.lines().toList().get(p.line() - 1).indexOf("LCX") + 1, p.column(), "column of the name");
    }

    @Test
    void materialInTheWrongRole() {
        String text = with("polymer PEO { end group methoxy }", "polymer LCO");
        assertOneError(text, IssueCodes.WRONG_ROLE, "LCO is a cathode material and cannot be the polymer",
                "polymer LCO");
    }

    @Test
    void zeroThickness() {
        String text = with("thickness 50 um\n    }", "thickness 0 um\n    }");
        assertOneError(text, IssueCodes.NOT_POSITIVE, "thickness must be positive, got 0 um", "thickness 0 um");
    }

    @Test
    void negativeArea() {
        String text = with("area 1 cm2", "area -1 cm2");
        assertOneError(text, IssueCodes.NOT_POSITIVE, "area must be positive, got -1 cm2", "area -1 cm2");
    }

    @Test
    void zeroLoading() {
        String text = with("loading 1.5 mAh/cm2", "loading 0 mAh/cm2");
        assertOneError(text, IssueCodes.NOT_POSITIVE, "loading must be positive", "loading 0");
    }

    @Test
    void coverageAbove100Percent() {
        String text = with("cathode LCO { loading 1.5 mAh/cm2 }",
                "cathode LCO { loading 1.5 mAh/cm2  coating LAGP { thickness 20 nm  coverage 120 % } }");
        assertOneError(text, IssueCodes.FRACTION_OUT_OF_RANGE, "coverage must be between 0 and 100 %, got 120 %",
                "coverage 120");
    }

    @Test
    void fillerFractionAbove100Percent() {
        String text = with("thickness 50 um\n    }", "filler LLZTO { fraction 150 wt%  particle size 400 nm }\n        thickness 50 um\n    }");
        assertOneError(text, IssueCodes.FRACTION_OUT_OF_RANGE, "fraction must be between 0 and 100 %, got 150 wt%",
                "fraction 150");
    }

    @Test
    void bareNumberFractionIsExplained() {
        String text = with("thickness 50 um\n    }", "filler LLZTO { fraction 20  particle size 400 nm }\n        thickness 50 um\n    }");
        assertOneError(text, IssueCodes.FRACTION_OUT_OF_RANGE, "a plain number is a fraction: write 20 %",
                "fraction 20");
    }

    @Test
    void invertedVoltageWindow() {
        String text = with("discharge at C/5 until 3.0 V", "discharge at C/5 until 4.5 V");
        assertOneError(text, IssueCodes.INVERTED_VOLTAGE_WINDOW,
                "inverted voltage window: the discharge cut-off 4.5 V is not below the charge cut-off 4.2 V",
                "until 4.5 V");
    }

    @Test
    void sweepStartAboveEnd() {
        String text = with("temperature 60 °C", "temperature 60 °C\n    sweep from 5.5 V to 3.0 V at 0.1 mV/s");
        assertOneError(text, IssueCodes.SWEEP_START_ABOVE_END, "sweep start 5.5 V is above its end 3.0 V",
                "sweep from 5.5 V");
    }

    @Test
    void parameterSweepStartAboveEnd() {
        String text = VALID + "sweep W {\n    study S\n    vary C.electrolyte.thickness from 80 um to 20 um in 4 steps\n}\n";
        assertOneError(text, IssueCodes.SWEEP_START_ABOVE_END, "sweep start 80 um is above its end 20 um",
                "from 80 um");
    }

    @Test
    void ratioMustBePositive() {
        String text = with("ratio EO:Li 20", "ratio EO:Li 0");
        assertOneError(text, IssueCodes.RATIO_NOT_POSITIVE, "EO:Li ratio must be positive, got 0", "EO:Li 0");
        String negative = with("ratio EO:Li 20", "ratio EO:Li -3");
        assertOneError(negative, IssueCodes.RATIO_NOT_POSITIVE, "EO:Li ratio must be positive, got -3", "EO:Li -3");
    }

    @Test
    void missingCathode() {
        String text = with("    cathode LCO { loading 1.5 mAh/cm2 }\n", "");
        assertOneError(text, IssueCodes.MISSING_CATHODE, "cell 'C' has no cathode", "cell C");
    }

    @Test
    void missingAnode() {
        String text = with("    anode Li { thickness 50 um }\n", "");
        assertOneError(text, IssueCodes.MISSING_ANODE, "cell 'C' has no anode", "cell C");
    }

    @Test
    void missingElectrolyte() {
        String text = VALID.replaceAll("(?s)    electrolyte \\{.*?\n    }\n", "");
        assertOneError(text, IssueCodes.MISSING_ELECTROLYTE, "cell 'C' has no electrolyte", "cell C");
    }

    @Test
    void duplicateNamesInOneFile() {
        String text = VALID + "protocol C {\n    rest for 1 h\n}\n";
        assertOneError(text, IssueCodes.DUPLICATE_NAME, "duplicate name 'C'", "protocol C");
    }

    @Test
    void sweepOfAPathThatDoesNotExist() {
        String text = VALID + "sweep W {\n    study S\n    vary C.cathode.coatng.thickness from 0 nm to 40 nm in 5 steps\n}\n";
        assertOneError(text, IssueCodes.UNKNOWN_PATH, "'coatng' is not a property of an electrode", "vary C.");
    }

    @Test
    void sweepOfAPartTheCellLacks() {
        String text = VALID + "sweep W {\n    study S\n    vary C.cathode.coating.thickness from 0 nm to 40 nm in 5 steps\n}\n";
        assertOneError(text, IssueCodes.UNKNOWN_PATH, "C.cathode has no coating", "vary C.");
    }

    @Test
    void sweepValuesOfTheWrongKind() {
        String text = VALID + "sweep W {\n    study S\n    vary C.electrolyte.thickness in 20 um, 4 V\n}\n";
        assertOneError(text, IssueCodes.WRONG_DIMENSION, "C.electrolyte.thickness must be a length", "vary C.");
    }

    @Test
    void dimensionError() {
        String text = with("anode Li { thickness 50 um }", "anode Li { thickness 5 V }");
        assertOneError(text, IssueCodes.WRONG_DIMENSION, "thickness must be a length (e.g. um), not a voltage (5 V)",
                "thickness 5 V");
    }

    @Test
    void cRateWhereAVoltageBelongs() {
        String text = with("charge at C/5 until 4.2 V", "charge at C/5 until C/20");
        assertOneError(text, IssueCodes.WRONG_DIMENSION, "until must be a voltage (e.g. V), not a C-rate (C/20)",
                "until C/20");
    }

    @Test
    void unknownMechanism() {
        String text = with("mechanisms all", "mechanisms polymer_oxidaton");
        assertOneError(text, IssueCodes.UNKNOWN_MECHANISM,
                "unknown mechanism 'polymer_oxidaton'; did you mean polymer_oxidation?", "mechanisms polymer_");
    }

    @Test
    void mechanismListedTwiceIsAWarning() {
        String text = with("mechanisms all", "mechanisms polymer_oxidation, polymer_oxidation");
        List<Problem> problems = check(text);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(Problem.Severity.WARNING, problems.get(0).severity());
        assertTrue(problems.get(0).message().contains("mechanism 'polymer_oxidation' is listed twice"));
    }

    /** 'cells C, C' ran C twice into one result folder and one plotted series: the report failed with an internal error. */
    @Test
    void cellNamedTwiceInAStudy() {
        String text = with("    cell C\n", "    cells C, C\n");
        assertOneError(text, IssueCodes.DUPLICATE_NAME, "cell 'C' is named twice in study 'S'", "cells C, C");
    }

    @Test
    void reportEveryZeroCycles() {
        String text = with("report capacity retention", "report voltage profiles every 0 cycles");
        assertOneError(text, IssueCodes.BAD_COUNT, "'every' needs at least 1 cycle", "every 0");
    }

    /** Issue 18: 'uncertainty N samples [seed S]' parses; fewer than 2 samples give no percentiles. */
    @Test
    void uncertaintyNeedsAtLeastTwoSamples() {
        assertEquals(List.of(), check(with("report capacity retention",
                "report capacity retention\n    uncertainty 50 samples seed 7")));
        String one = with("report capacity retention", "report capacity retention\n    uncertainty 1 samples");
        assertOneError(one, IssueCodes.BAD_COUNT, "uncertainty needs at least 2 samples", "uncertainty 1");
        List<Problem> many = check(with("report capacity retention", "report capacity retention\n    uncertainty 9000 samples"));
        assertEquals(1, many.size(), many::toString);
        assertEquals(Problem.Severity.WARNING, many.get(0).severity());
    }

    @Test
    void wrongRoleMessageReadsWell() {
        String text = with("anode Li { thickness 50 um }", "anode PEO");
        assertOneError(text, IssueCodes.WRONG_ROLE, "PEO is a polymer material and cannot be the anode", "anode PEO");
        String inert = with("polymer PEO { end group methoxy }", "polymer SS");
        assertOneError(inert, IssueCodes.WRONG_ROLE, "SS is an inert material and cannot be the polymer", "polymer SS");
    }

    /**
     * Issue 4: physically meaningless input gets a located warning, not a NaN later (200 C, 300 mA/cm2, is also above the
     * film's limiting current: that doubt, ProtocolDoubtsTest's, is left out here).
     */
    @Test
    void physicallyMeaninglessInputIsWarned() {
        for (String[] c : new String[][] {
                { "charge at C/5 until 4.2 V", "charge at 200 C until 4.2 V", "beyond what a polymer", "200 C" },
                { "temperature 60 °C", "temperature -60 °C", "outside what the models describe", "-60" } }) {
            String text = with(c[0], c[1]);
            List<Problem> problems = check(text).stream().filter(q -> !IssueCodes.DOUBTFUL_PROTOCOL.equals(q.code()))
                    .toList();
            assertEquals(1, problems.size(), problems::toString);
            Problem p = problems.get(0);
            assertEquals(Problem.Severity.WARNING, p.severity());
            assertEquals(IssueCodes.UNPHYSICAL, p.code());
            assertTrue(p.message().contains(c[2]), p.message());
            assertEquals(lineOf(text, c[3]), p.line());
        }
    }

    /**
     * Issue 12, item 7: a sub-micron electrolyte was only warned of and then ran into the cell's time limit (a 100 nm
     * film cycled three times did not finish in 5 min; its salt crosses it in L^2/D = 0.01 s at 60 °C). Now an error,
     * with the reason the engine's refusal gives (EngineRefusalsTest tests the engine's side).
     */
    @Test
    void aSubMicronElectrolyteIsAnError() {
        for (String thin : List.of("thickness 0.5 um", "thickness 100 nm", "thickness 10 nm")) {
            String text = with("thickness 50 um\n    }", thin + "\n    }");
            List<Problem> problems = check(text);
            assertEquals(1, problems.size(), problems::toString);
            Problem p = problems.get(0);
            assertEquals(Problem.Severity.ERROR, p.severity());
            assertTrue(p.message().contains("thinner than 1 um and is not modelled"), p.message());
            assertTrue(p.message().contains("rough by about 1 um"), p.message());
            assertEquals(lineOf(text, thin), p.line());
        }
        assertTrue(check(with("thickness 50 um\n    }", "thickness 1 um\n    }")).isEmpty(), "1 um is modelled");
    }

    /** Settings are checked against the parameters the mechanism declares in its contribution. */
    @Test
    void mechanismSettingsAreCheckedAgainstTheDeclaration() {
        String valid = with("mechanisms all", "mechanisms all\n    mechanism polymer_oxidation { reference current density = 5 uA/cm2 }");
        assertEquals(List.of(), check(valid));
        String misspelt = with("mechanisms all", "mechanisms all\n    mechanism polymer_oxidation { reference curent density = 5 uA/cm2 }");
        assertOneError(misspelt, IssueCodes.UNKNOWN_PARAMETER,
                "mechanism polymer_oxidation has no parameter 'reference curent density'; did you mean reference current density?",
                "reference curent");
        String wrongKind = with("mechanisms all", "mechanisms all\n    mechanism polymer_oxidation { reference current density = 5 V }");
        assertOneError(wrongKind, IssueCodes.WRONG_DIMENSION, "reference current density must be a current density",
                "= 5 V");
    }

    /**
     * polymer_oxidation declares 15 parameters (423 characters listed): with the message's head the list
     * ran past the longest message a problem keeps and was cut inside a name ("onset referen... (15 more
     * characters)"). It now lists whole names as far as they fit and counts the rest.
     */
    @Test
    void aLongParameterListIsShortenedByWholeNames() {
        String unknown = "a setting this plugin lacks entirely";
        List<Problem> problems = check(with("mechanisms all",
                "mechanisms all\n    mechanism polymer_oxidation { " + unknown + " = 5 uA/cm2 }"));
        assertEquals(1, problems.size(), problems::toString);
        String m = problems.get(0).message();
        assertFalse(m.contains("more characters"), m);
        assertTrue(m.length() <= Problem.MAX_MESSAGE, m);
        assertTrue(m.startsWith("mechanism polymer_oxidation has no parameter '" + unknown + "' (its parameters: "), m);
        assertTrue(m.matches(".*\\(its parameters: [a-z0-9 ,-]+ and \\d+ more\\)"), m);
        assertTrue(m.contains("reference current density"), m);
    }

    @Test
    void unknownReportItem() {
        String text = with("report capacity retention", "report capacity retension");
        assertOneError(text, IssueCodes.UNKNOWN_REPORT,
                "unknown report item 'capacity retension'; did you mean capacity retention?", "report capacity");
    }

    @Test
    void stepThatNeverEnds() {
        String text = with("charge at C/5 until 4.2 V", "charge at C/5");
        assertOneError(text, IssueCodes.STEP_WITHOUT_END, "charge never ends", "charge at C/5");
    }

    @Test
    void propertyWrittenTwice() {
        String text = with("area 1 cm2", "area 1 cm2\n    area 2 cm2");
        assertOneError(text, IssueCodes.DUPLICATE_PROPERTY, "area is given more than once", "area 1 cm2");
    }

    @Test
    void syntaxErrorIsLocated() {
        String text = with("thickness 50 um\n    }", "thickness 50 um um2\n    }");
        List<Problem> errors = errors(check(text));
        assertTrue(!errors.isEmpty());
        assertEquals(lineOf(text, "um2"), errors.get(0).line(), errors.get(0)::format);
    }

    @Test
    void materialParameterOfTheWrongDimension() {
        String text = VALID + "material X : cathode based on LCO {\n    specific capacity = 205 mAh/cm2\n}\n";
        assertOneError(text, IssueCodes.WRONG_DIMENSION, "specific capacity must be a specific capacity (e.g. mAh/g)",
                "205 mAh/cm2");
    }

    @Test
    void circularBasedOn() {
        String text = VALID + "material X : cathode based on Y\nmaterial Y : cathode based on X\n";
        List<Problem> errors = errors(check(text));
        assertEquals(2, errors.size(), errors::toString);
        assertTrue(errors.stream().allMatch(e -> IssueCodes.BASED_ON_CYCLE.equals(e.code())), errors::toString);
    }

    @Test
    void compareWithDataThatDoesNotExist() {
        String text = with("report capacity retention", "report capacity retention\n    compare with data \"/nonexistent/cell7.csv\"");
        assertOneError(text, IssueCodes.MEASURED_DATA, "data file '/nonexistent/cell7.csv' not found", "compare with data");
    }

    @Test
    void compareWithMalformedDataNamesTheLineOfTheFile() throws java.io.IOException {
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("cell7", ".csv");
        try {
            java.nio.file.Files.writeString(csv, "Test Time / s,Voltage / V,Current / A\n0,3.0,0\n10,4.x,0.001\n");
            String text = with("report capacity retention", "report capacity retention\n    compare with data \"" + csv + "\"");
            assertOneError(text, IssueCodes.MEASURED_DATA, "data file '" + csv + "' line 3: column 'Voltage / V': '4.x' is not a number",
                    "compare with data");
        } finally {
            java.nio.file.Files.delete(csv);
        }
    }

    @Test
    void compareWithGoodDataChecksClean() throws java.io.IOException {
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("cell7", ".csv");
        try {
            java.nio.file.Files.writeString(csv, "Test Time / s,Voltage / V,Current / A\n0,3.0,0\n3600,4.2,0.001\n7200,3.0,-0.0009\n");
            String text = with("report capacity retention", "report capacity retention\n    compare with data \"" + csv + "\"");
            assertEquals(List.of(), check(text));
        } finally {
            java.nio.file.Files.delete(csv);
        }
    }

    // solvents (issue 12 item 5a): what Solvation.perLi refuses, the checker says first

    @Test
    void solventRatioMustBePerLi() {
        String text = with("salt LiTFSI { ratio EO:Li 20 }", "salt LiTFSI { ratio EO:Li 20 }\n        solvent DME { ratio DME:EO 0.1 }");
        assertOneError(text, IssueCodes.ENGINE_REFUSES, "a solvent ratio DME:EO cannot be turned into an amount; give it per Li (DME:Li)",
                "ratio DME:EO");
    }

    @Test
    void solventFractionInMolPercentIsRefused() {
        String text = with("salt LiTFSI { ratio EO:Li 20 }", "salt LiTFSI { ratio EO:Li 20 }\n        solvent DME { fraction 10 mol% }");
        assertOneError(text, IssueCodes.ENGINE_REFUSES, "a solvent fraction in mol% cannot be counted per Li", "10 mol%");
    }

    @Test
    void solventFractionsLeavingNothingForThePolymer() {
        String text = with("salt LiTFSI { ratio EO:Li 20 }", "salt LiTFSI { ratio EO:Li 20 }\n        solvent DME { fraction 60 wt% }"
                + "\n        solvent G4 { fraction 40 wt% }");
        assertOneError(text, IssueCodes.ENGINE_REFUSES, "the solvents' fractions add up to 100 % or more", "electrolyte {");
    }

    @Test
    void solventWithoutAmountIsAWarning() {
        String text = with("salt LiTFSI { ratio EO:Li 20 }", "salt LiTFSI { ratio EO:Li 20 }\n        solvent DME");
        List<Problem> problems = check(text);
        assertEquals(1, problems.size(), () -> "expected one warning, got " + problems);
        Problem p = problems.get(0);
        assertEquals(Problem.Severity.WARNING, p.severity(), p::format);
        assertTrue(p.message().contains("the solvent has no amount and is not counted"), p::format);
        assertEquals(lineOf(text, "solvent DME"), p.line(), p::format);
    }
}
