package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * export-bpx and import-bpx: the standard fields of an exported cell, a round trip through an imported
 * material that keeps every standard field, the imported material checks clean and runs like the
 * original, an OCP expression, and files that cannot be imported.
 */
class BpxTest {

    @TempDir
    Path tmp;

    private static final String CELL = """
            package lab.bpx
            cell %s {
                area 1 cm2
                cathode %s { loading 1.5 mAh/cm2  carbon 5 wt%%  coating LAGP { thickness 20 nm  coverage 95 %% } }
                electrolyte {
                    polymer PEO { end group hydroxyl }
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }
            protocol Two%s {
                temperature 60 °C
                repeat 2 {
                    charge at C/5 until 4.2 V
                    discharge at C/5 until 3.0 V
                }
            }
            study Run%s {
                cell %s
                protocol Two%s
                mechanisms polymer_oxidation
                report capacity retention
            }
            """;

    private static String cell(String name, String cathode) {
        return CELL.formatted(name, cathode, name, name, name, name);
    }

    private static JsonNode export(Path cellFile, String cell, Path json) throws Exception {
        Runs.Output o = Runs.run("export-bpx", cellFile.toString(), "--cell", cell, "-o", json.toString());
        assertEquals(0, o.code(), o.out() + o.err());
        return new ObjectMapper().readTree(json.toFile());
    }

    @Test
    void aCellExportsItsStandardFieldsAndRoundTripsThroughAnImportedMaterial() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve("original.cell"), cell("Original", "LCO"));
        JsonNode a = export(project.resolve("original.cell"), "Original", tmp.resolve("original.json"));
        JsonNode p = a.path("Parameterisation");
        assertEquals("1.1.0", a.path("Header").path("BPX").asText());
        assertEquals("Partial", a.path("Header").path("Model").asText());
        assertSchemaValid(a);
        // the study's protocol: discharges end at 3.0 V, the cell is held at 60 °C = 333.15 K
        assertEquals(3.0, p.path("Cell").path("Lower voltage cut-off [V]").asDouble(), 1e-12);
        assertEquals(333.15, a.path("State").path("Initial conditions").path("Initial temperature [K]").asDouble(), 1e-9);
        assertEquals(333.15, a.path("State").path("Thermal environment").path("Ambient temperature [K]").asDouble(), 1e-9);
        // a cell file describes a fresh cell: BPX's Degradation (LLI and LAM, fractions of the fresh cell) is nothing lost
        JsonNode degradation = a.path("State").path("Degradation");
        assertEquals(0.0, degradation.path("LLI").asDouble(-1), 0);
        assertEquals(0.0, degradation.path("LAM: Positive electrode").asDouble(-1), 0);
        assertEquals(0.0, degradation.path("LAM: Negative electrode").asDouble(-1), 0);
        assertTrue(degradation.path("LLI").isNumber() && degradation.path("LAM: Negative electrode").isNumber(), degradation.toString());
        assertEquals(1e-4, p.path("Cell").path("Electrode area [m2]").asDouble(), 1e-18); // 1 cm2
        assertEquals(1.5e-3, p.path("Cell").path("Nominal cell capacity [A.h]").asDouble(), 1e-15); // 1.5 mAh/cm2 x 1 cm2
        assertEquals(4.2, p.path("Cell").path("Upper voltage cut-off [V]").asDouble(), 1e-12); // LCO 140 mAh/g at 4.2 V
        // no thickness, no surface area, no reaction rate constant: BPX requires them of an electrode, so the
        // positive electrode's fields go to User-defined; so do the electrolyte's and the lithium foil's
        assertTrue(p.path("Positive electrode").isMissingNode(), p.toString());
        JsonNode user = p.path("User-defined");
        JsonNode pos = user.path("Positive electrode (incomplete)");
        // 274 mAh/g x 3600 C/kg per mAh/g x 5050 kg/m3 / 96485.33212 C/mol (library LCO values)
        assertEquals(51627.7437, pos.path("Maximum concentration [mol.m-3]").asDouble(), 1e-3);
        assertEquals(1 - 140.0 / 274, pos.path("Minimum stoichiometry").asDouble(), 1e-12);
        assertEquals(5e-6, pos.path("Particle radius [m]").asDouble(), 1e-18); // 5 um
        assertEquals(1e-14, pos.path("Diffusivity [m2.s-1]").asDouble(), 1e-26); // 1e-10 cm2/s
        // LCO's OCV: 4.60 V at 80 % delithiated is x = 0.20; 2.292 V at 0 % is x = 1
        assertEquals(0.2, pos.path("OCP [V]").path("x").get(0).asDouble(), 1e-12);
        assertEquals(4.6, pos.path("OCP [V]").path("y").get(0).asDouble(), 1e-12);
        assertEquals(18, pos.path("OCP [V]").path("x").size()); // the library gives 18 points
        assertEquals(1.0, pos.path("OCP [V]").path("x").get(17).asDouble(), 1e-12);
        assertEquals(2.292, pos.path("OCP [V]").path("y").get(17).asDouble(), 1e-12);
        assertEquals(0.25, user.path("Electrolyte (incomplete)").path("Cation transference number").asDouble(), 1e-12); // PEO
        assertEquals(5e-5, user.path("Separator (incomplete)").path("Thickness [m]").asDouble(), 1e-18);
        assertEquals(5e-5, user.path("Negative electrode (incomplete)").path("Thickness [m]").asDouble(), 1e-18);
        assertTrue(user.path("description").asText().contains("Positive electrode coating 1: LAGP"), user.toString());
        assertEquals(2e-8, user.path("Positive electrode coating 1 thickness [m]").asDouble(), 1e-20);
        assertEquals(20, user.path("Polymer electrolyte salt ratio EO:Li").asDouble());
        assertTrue(user.path("description").asText().contains("Polymer electrolyte end group: hydroxyl"), user.toString());

        // import the positive electrode as a material, use it in the same cell, export again
        Runs.Output imported = Runs.run("import-bpx", tmp.resolve("original.json").toString(), "--name", "LcoBpx",
                "--package", "lab.bpx", "-o", project.resolve("lco-bpx.cell").toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        assertEquals("", imported.err(), "nothing the engine needs is missing");
        assertTrue(Files.readString(project.resolve("lco-bpx.cell")).contains(
                "// BPX State / Degradation: LLI 0, LAM: Positive electrode 0, LAM: Negative electrode 0 (a fresh cell)."),
                "the state is read back");
        Files.writeString(project.resolve("copy.cell"), cell("Copy", "LcoBpx"));
        Runs.Output check = Runs.run("check", project.toString());
        assertTrue(check.out().endsWith("3 files checked: 0 errors, 0 warnings" + System.lineSeparator()), check.out());
        JsonNode b = export(project.resolve("copy.cell"), "Copy", tmp.resolve("copy.json"));
        assertSchemaValid(b);
        assertEquals(degradation, b.path("State").path("Degradation"), "exported again alike");
        assertStandardFieldsEqual(a, b);

        // and it runs as the original does
        Path out = tmp.resolve("results");
        Runs.Output run = Runs.run("run", project.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        String original = Files.readString(out.resolve("lab.bpx.RunOriginal/Original/summary.json"));
        String copy = Files.readString(out.resolve("lab.bpx.RunCopy/Copy/summary.json"));
        assertEquals(Runs.number(original, "initial_discharge_capacity_mAh_cm2"),
                Runs.number(copy, "initial_discharge_capacity_mAh_cm2"), 1e-5);
        // 1e-3 points: BPX has no field for the particles' volume change, so the imported material does not breathe
        // and the polymer's CEI on it does not crack (polymer_oxidation since 2026-12-07); 99.9984 against 99.9985 %
        assertEquals(Runs.number(original, "capacity_retention_pct"), Runs.number(copy, "capacity_retention_pct"), 1e-3);
    }

    /**
     * Every field of Header (but its texts) and of every standard section of Parameterisation, whether
     * written as a section or, given in part, under User-defined, equal.
     */
    private static void assertStandardFieldsEqual(JsonNode a, JsonNode b) {
        assertEquals(a.path("Header").path("BPX"), b.path("Header").path("BPX"));
        assertEquals(a.path("Header").path("Model"), b.path("Header").path("Model"));
        int fields = 0;
        for (String name : new String[] { "Cell", "Electrolyte", "Negative electrode", "Positive electrode", "Separator" }) {
            JsonNode mine = standard(a, name);
            JsonNode other = standard(b, name);
            var section = Map.entry(name, mine);
            assertEquals(section.getValue().size(), other.size(), section.getKey() + ": " + other);
            for (Iterator<Map.Entry<String, JsonNode>> it = section.getValue().fields(); it.hasNext();) {
                var f = it.next();
                fields++;
                assertSame(section.getKey() + " / " + f.getKey(), f.getValue(), other.path(f.getKey()));
            }
        }
        // Cell 5 (area, pairs, both cut-offs, capacity), Electrolyte 1, Negative 1, Positive 6 (no thickness given), Separator 1
        assertEquals(14, fields, "standard fields exported for this cell");
    }

    private static JsonNode standard(JsonNode bpx, String name) {
        JsonNode p = bpx.path("Parameterisation");
        return p.has(name) ? p.path(name) : p.path("User-defined").path(name + " (incomplete)");
    }

    /**
     * Valid against data/bpx/bpx-1.1.schema.json, the JSON schema of BPX 1.1 written from the reference
     * implementation's pydantic models (FaradayInstitution/BPX bpx/schema.py; its $comment says which).
     */
    static void assertSchemaValid(JsonNode bpx) throws Exception {
        List<com.networknt.schema.Error> errors = bpxSchema().validate(bpx);
        assertTrue(errors.isEmpty(), errors + " in " + bpx);
    }

    static Schema bpxSchema() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Path.of(System.getProperty("interphase.testdata")).resolve("bpx/bpx-1.1.schema.json").toFile());
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
    }

    private static void assertSame(String where, JsonNode x, JsonNode y) {
        if (x.isNumber()) {
            assertEquals(x.asDouble(), y.asDouble(), 1e-9 * Math.abs(x.asDouble()), where);
        } else if (x.isObject()) {
            assertSame(where + " x", x.path("x"), y.path("x"));
            assertSame(where + " y", x.path("y"), y.path("y"));
        } else if (x.isArray()) {
            assertEquals(x.size(), y.size(), where);
            for (int i = 0; i < x.size(); i++) {
                assertSame(where + "[" + i + "]", x.get(i), y.get(i));
            }
        } else {
            assertEquals(x, y, where);
        }
    }

    /**
     * The schema refuses what BPX 1.1 refuses: a file as export-bpx wrote BPX 0.4 (a number as version,
     * model SPM with incomplete sections, material names as User-defined texts, which BPX reads as
     * functions of x) and a Degradation without its LAM fields.
     */
    @Test
    void theSchemaRefusesWhatBpx11Refuses() throws Exception {
        JsonNode old = new ObjectMapper().readTree("""
                {"Header": {"BPX": 0.4, "Title": "Old", "Model": "SPM"},
                 "Parameterisation": {
                   "Cell": {"Electrode area [m2]": 1e-4, "Upper voltage cut-off [V]": 4.2},
                   "Separator": {"Thickness [m]": 5e-5},
                   "User-defined": {"Positive electrode material": "LCO"}}}
                """);
        List<com.networknt.schema.Error> errors = bpxSchema().validate(old);
        String all = errors.toString();
        assertTrue(all.contains("BPX") && all.contains("string"), all); // a version string, "1.1.0"
        assertTrue(all.contains("Negative electrode") && all.contains("Lower voltage cut-off [V]"), all);
        assertTrue(all.contains("Positive electrode material"), all);
        JsonNode lam = new ObjectMapper().readTree("""
                {"Header": {"BPX": "1.1.0", "Model": "Partial"}, "Parameterisation": {},
                 "State": {"Degradation": {"LLI": 0.1}}}
                """);
        assertTrue(bpxSchema().validate(lam).toString().contains("LAM: Positive electrode"), bpxSchema().validate(lam).toString());
    }

    /**
     * An aged cell's State / Degradation (BPX 1.x: LLI and per-electrode LAM, fractions of the fresh cell) is
     * read and named in a warning; a value that is not a fraction from 0 to 1, or a
     * Degradation without its LAM fields, is a located error.
     */
    @Test
    void aDegradationStateIsReadBackAndCheckedOnImport() throws Exception {
        // an exported cell, aged by hand: 8 % of the lithium and 12 % of the positive active material lost
        Path project = Files.createDirectories(tmp.resolve("aged"));
        Files.writeString(project.resolve("aged.cell"), cell("Aged", "LCO"));
        JsonNode bpx = export(project.resolve("aged.cell"), "Aged", tmp.resolve("fresh.json"));
        var degradation = (com.fasterxml.jackson.databind.node.ObjectNode) bpx.path("State").path("Degradation");
        degradation.put("LLI", 0.08).put("LAM: Positive electrode", 0.12).put("LAM: Negative electrode", 0.03);
        assertSchemaValid(bpx);
        Path aged = tmp.resolve("aged.json");
        new ObjectMapper().writeValue(aged.toFile(), bpx);
        Runs.Output o = Runs.run("import-bpx", aged.toString(), "--name", "Aged");
        assertEquals(0, o.code(), o.out() + o.err());
        String state = "LLI 0.08, LAM: Positive electrode 0.12, LAM: Negative electrode 0.03";
        assertTrue(o.out().contains("// BPX State / Degradation: " + state + ". The material is that of the fresh electrode."),
                o.out());
        assertTrue(o.err().contains("describes an aged cell (State / Degradation: " + state + ")"), o.err());

        Path beyond = tmp.resolve("beyond.json");
        degradation.put("LAM: Positive electrode", 12);
        new ObjectMapper().writeValue(beyond.toFile(), bpx);
        o = Runs.run("import-bpx", beyond.toString(), "--name", "Aged");
        assertEquals(1, o.code(), o.out());
        assertTrue(o.err().startsWith(beyond + ": error: State / Degradation: \"LAM: Positive electrode\" is 12, not a fraction"),
                o.err());
        Path partial = tmp.resolve("partial.json");
        degradation.remove("LAM: Positive electrode");
        new ObjectMapper().writeValue(partial.toFile(), bpx);
        o = Runs.run("import-bpx", partial.toString(), "--name", "Aged");
        assertEquals(1, o.code(), o.out());
        assertTrue(o.err().contains("has no \"LAM: Positive electrode\""), o.err());
    }

    @Test
    void anOcpExpressionIsSampledOverTheStoichiometryWindow() throws Exception {
        Path json = tmp.resolve("nmc.json");
        Files.writeString(json, """
                {"Header": {"BPX": 0.4, "Title": "expression test"},
                 "Parameterisation": {
                   "Cell": {"Upper voltage cut-off [V]": 4.3},
                   "Positive electrode": {
                     "Maximum concentration [mol.m-3]": 48000,
                     "Minimum stoichiometry": 0.3, "Maximum stoichiometry": 0.9,
                     "OCP [V]": "4.3 - 0.9 * x ** 2 + 0.05 * tanh(10 * (x - 0.5))",
                     "Diffusivity [m2.s-1]": 2e-14, "Particle radius [m]": 4e-6}}}
                """);
        Runs.Output o = Runs.run("import-bpx", json.toString(), "--name", "Nmc", "--density", "4.7");
        assertEquals(0, o.code(), o.out() + o.err());
        // x = 0.3 is 70 % delithiated: 4.3 - 0.9 x 0.09 + 0.05 tanh(-2) = 4.170798621 V (python)
        assertTrue(o.out().contains("open circuit voltage at 70 % = 4.170798621 V"), o.out());
        // 48000 mol/m3 x 96485.33212 C/mol / 4700 kg/m3 / 3600 = 273.7172542 mAh/g; window 0.6 of it at 4.3 V
        assertTrue(o.out().contains("theoretical capacity = 273.7172542 mAh/g"), o.out());
        assertTrue(o.out().contains("specific capacity at 4.3 V = 164.2303525 mAh/g"), o.out());
        assertTrue(o.out().contains("solid diffusivity = 2e-10 cm2/s"), o.out());
        assertTrue(o.err().contains("gives no exchange current density"), o.err());
    }

    @Test
    void filesThatCannotBeImported() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"Header\": {\n  \"BPX\": 0.4,,\n}}");
        Runs.Output o = Runs.run("import-bpx", bad.toString());
        assertEquals(1, o.code());
        assertTrue(o.err().startsWith(bad + ":2:14: error: not valid JSON"), o.err());
        Path noDensity = tmp.resolve("nodensity.json");
        Files.writeString(noDensity, "{\"Header\": {\"BPX\": \"1.1.0\", \"Model\": \"Partial\"}, \"Parameterisation\": {\"Positive electrode\": {\"Maximum concentration [mol.m-3]\": 5e4,"
                + " \"OCP [V]\": {\"x\": [0.5, 1], \"y\": [4.2, 3.7]}}}}");
        o = Runs.run("import-bpx", noDensity.toString());
        assertEquals(1, o.code());
        assertTrue(o.err().contains("give it with --density"), o.err());
    }
}
