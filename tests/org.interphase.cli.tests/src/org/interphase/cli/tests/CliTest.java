package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.cli.Interphase;
import org.junit.jupiter.api.Test;

/** The command line as a user runs it: output, exit codes, no stack traces. */
class CliTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Interphase.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static Path dir(String property) {
        return Path.of(System.getProperty(property));
    }

    @Test
    void corpusChecksClean() {
        Run r = run("check", dir("interphase.examples").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().endsWith("9 files checked: 0 errors, 0 warnings" + System.lineSeparator()), r.out());
    }

    /** Every listed mistake, located; the expected lines were read one by one against the file. */
    @Test
    void everyErrorIsReportedWithFileLineAndColumn() throws Exception {
        Path data = dir("interphase.testdata");
        Run r = run("check", "--quiet", data.resolve("every-error.cell").toString());
        assertEquals(1, r.code(), r.err());
        String expected = Files.readString(data.resolve("every-error.expected"), StandardCharsets.UTF_8);
        // the file is shown as the user named it, relative to the working folder: compare from its name on
        String actual = r.out().replace(System.lineSeparator(), "\n").replaceAll("(?m)^.*(?=every-error\\.cell:)", "");
        assertEquals(expected, actual);
        assertEquals("", r.err());
    }

    @Test
    void missingFileIsAnErrorNotACrash() {
        Run r = run("check", "/no/such/file.cell");
        assertEquals(1, r.code());
        assertTrue(r.out().startsWith("/no/such/file.cell:1:1: error: no such file or folder"), r.out());
        assertTrue(!r.err().contains("Exception"), r.err());
    }

    @Test
    void usageErrorsExitWith2() {
        Run r = run("check");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Missing required parameter"), r.err());
    }

    @Test
    void noSubcommandPrintsUsage() {
        Run r = run();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Usage: interphase"), r.err());
        assertTrue(r.err().contains("check"), r.err());
    }

    @Test
    void materialsListsTheLibrary() {
        Run r = run("materials");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("LCO"), r.out());
        assertTrue(r.out().contains("cellulose"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("LAGP") && l.contains("filler, coating")), r.out());
    }

    @Test
    void materialShowsValuesRangesAndSources() {
        Run r = run("materials", "PEO");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("PEO (polymer)"), r.out());
        assertTrue(r.out().contains("methoxy end onset potential"), r.out());
        assertTrue(r.out().contains("4.3 V"), r.out());
        assertTrue(r.out().contains("source: "), r.out());
    }

    @Test
    void aliasShowsInheritedValues() {
        Run r = run("materials", "NCM333");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("based on NCM111"), r.out());
        assertTrue(r.out().contains("(from NCM111)"), r.out());
    }

    @Test
    void unknownMaterialSuggests() {
        Run r = run("materials", "LCX");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no material 'LCX' in the library; did you mean LCO?"), r.err());
    }
}
