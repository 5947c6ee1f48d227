package org.interphase.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.validation.Kind;
import org.interphase.validation.ManifestReader;
import org.interphase.validation.Published;
import org.interphase.validation.ValidationCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest format of validation/README.md: what it accepts, and a located error for each mistake. */
class ManifestReaderTest {

    @TempDir
    Path dir;
    Path manifest;

    @BeforeEach
    void cellFile() throws IOException {
        Files.writeString(dir.resolve("a.cell"), "package p\n");
        manifest = dir.resolve("manifest.txt");
    }

    private ManifestReader.Result parse(String... lines) {
        return ManifestReader.parse(manifest, "m.txt", List.of(lines));
    }

    private static final String[] GOOD = { "# a comment", "case one", "    file a.cell", "    study S", "    cell C",
            "    kind retention", "    published 84.7", "    tolerance 3", "    role validates", "    source doi:10/x",
            "    note first", "    note second", "", "case two", "  file a.cell", "  study S", "  cell D",
            "  kind time_to_short", "  published >= 2500", "  role calibrates dendrite_growth h", "  source s",
            "case three", "  file a.cell", "  study S", "  cell E", "  kind conductivity", "  published 1.9e-4",
            "  tolerance x2", "  role validates", "  source s", "case four", "  file a.cell", "  study S", "  cell F",
            "  kind cycles_to_80", "  published 20 .. 50", "  role validates", "  source s", "  missing acid feedback" };

    @Test
    void readsEveryFormOfValueToleranceAndRole() {
        ManifestReader.Result r = parse(GOOD);
        assertEquals(List.of(), r.errors());
        assertEquals(4, r.cases().size());
        ValidationCase one = r.cases().get(0);
        assertEquals("one", one.id());
        assertEquals(2, one.line());
        assertEquals(Kind.RETENTION, one.kind());
        Published.Value v = assertInstanceOf(Published.Value.class, one.published());
        assertEquals(84.7, v.value());
        assertEquals(Published.Tolerance.Type.ABSOLUTE, v.tolerance().type());
        assertNull(one.calibrates());
        assertEquals(List.of("first", "second"), one.notes());
        ValidationCase two = r.cases().get(1);
        assertEquals(2500, assertInstanceOf(Published.AtLeast.class, two.published()).bound());
        assertEquals("dendrite_growth h", two.calibrates());
        Published.Value three = assertInstanceOf(Published.Value.class, r.cases().get(2).published());
        assertEquals(Published.Tolerance.Type.FACTOR, three.tolerance().type());
        assertEquals(2, three.tolerance().amount());
        Published.Range four = assertInstanceOf(Published.Range.class, r.cases().get(3).published());
        assertEquals(20, four.low());
        assertEquals(50, four.high());
        assertEquals("acid feedback", r.cases().get(3).missing());
    }

    @Test
    void unknownKeyIsLocatedAtTheKey() {
        ManifestReader.Result r = parse("case x", "  file a.cell", "  study S", "  cell C", "  kind onset",
                "  published 4.2", "  tolerance 0.1", "  role validates", "  source s", "  colour red");
        assertEquals(List.of(), r.cases());
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).startsWith("m.txt:10:3: error: unknown key 'colour'"), r.errors().get(0));
    }

    @Test
    void eachBadValueIsLocatedAtTheValue() {
        ManifestReader.Result r = parse("case x", "  file missing.cell", "  study S", "  cell C", "  kind flux",
                "  published four", "  role maybe", "  source s");
        assertEquals(List.of(), r.cases());
        assertEquals(List.of("m.txt:2:8: error: no file 'missing.cell' beside the manifest",
                "m.txt:5:8: error: unknown kind 'flux' (one of: " + Kind.words() + ")",
                "m.txt:6:13: error: 'four' is not a number, a lower bound '>= N' or a range 'A .. B'",
                "m.txt:7:8: error: role is 'validates' or 'calibrates <parameter>', not 'maybe'"), r.errors());
    }

    @Test
    void missingFieldsAndToleranceMistakes() {
        ManifestReader.Result r = parse("case x", "  file a.cell", "  study S", "  kind onset", "  published 4.2",
                "  role validates", "  source s", "case y", "  file a.cell", "  study S", "  cell C", "  kind onset",
                "  published 4.2", "  tolerance x0.5", "  role validates", "  source s", "case z", "  file a.cell",
                "  study S", "  cell C", "  kind onset", "  published 4.2", "  role validates", "  source s",
                "case z", "  file a.cell", "  study S", "  cell C", "  kind time_to_short", "  published >= 10",
                "  tolerance 1", "  role validates", "  source s");
        assertEquals(List.of("m.txt:1:1: error: case 'x' has no 'cell'",
                "m.txt:14:13: error: a factor tolerance must be above 1, not 'x0.5'",
                "m.txt:22:13: error: a published number needs a 'tolerance' (e.g. '5', '10 %' or 'x2')",
                "m.txt:25:6: error: case 'z' is defined twice",
                "m.txt:31:13: error: a lower bound ('>= ...') takes no tolerance"), r.errors());
    }

    @Test
    void keysOutsideACaseAndRepeatedKeys() {
        ManifestReader.Result r = parse("file a.cell", "case x", "  file a.cell", "  file a.cell");
        assertEquals("m.txt:1:1: error: 'file' outside a case: a manifest is a list of 'case NAME' blocks", r.errors().get(0));
        assertEquals("m.txt:4:3: error: 'file' is given twice in case 'x'", r.errors().get(1));
    }

    /** Three cases on one cell: a counted one, a stand-in of the same number, and a line to vary. */
    private ManifestReader.Result standIn(String supersededBy, String kindOfTarget) {
        return parse("case proper", "  file a.cell", "  study S", "  cell C", "  kind " + kindOfTarget,
                "  published 5.1", "  tolerance 0.1", "  role validates", "  source s", "case stand-in",
                "  file a.cell", "  study S", "  cell D", "  kind onset", "  published 5.1", "  tolerance 0.1",
                "  role validates", "  source s", "  superseded-by " + supersededBy);
    }

    @Test
    void aStandInNamesTheCountedCaseThatSupersedesIt() {
        ManifestReader.Result ok = standIn("proper", "onset");
        assertEquals(List.of(), ok.errors());
        assertNull(ok.cases().get(0).supersededBy());
        assertEquals("proper", ok.cases().get(1).supersededBy());
        assertTrue(ok.cases().get(1).superseded());
        assertEquals(List.of("m.txt:19:17: error: 'superseded-by' names no case of this manifest: 'improper'"),
                standIn("improper", "onset").errors());
        assertEquals(List.of("m.txt:19:17: error: 'superseded-by' must name a counted case, and 'stand-in' is this case itself"),
                standIn("stand-in", "onset").errors());
        assertEquals(List.of("m.txt:19:17: error: 'superseded-by' names 'proper', a case of another kind (retention, not onset)"),
                standIn("proper", "retention").errors());
    }
}
