package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.cli.Interphase;
import org.junit.jupiter.api.Test;

/**
 * The lsv-onset example end to end: onsets read from the sweeps at the study's 10 uA/cm2 match the
 * domain brief [cal] (steel 4.5 V, LCO about 4.2 V; the 600 kg/mol chains' -OH ends no longer
 * matter), and hydrogen from the acid crosstalk is reported.
 */
class LsvRunTest {

    private static double number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\" : ([-0-9.Ee]+)").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void oxidationOnsetStudy() throws Exception {
        Path out = Files.createTempDirectory("interphase-lsv");
        Path lsv = Path.of(System.getProperty("interphase.examples")).resolve("lsv-onset.cell");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Interphase.run(new String[] { "run", lsv.toString(), "--out", out.toString() }, new PrintWriter(o),
                new PrintWriter(e));
        assertEquals(0, code, o + "" + e);
        String steelOh = Files.readString(out.resolve("OxidationOnset/SteelOh/summary.json"));
        String steelOMe = Files.readString(out.resolve("OxidationOnset/SteelOMe/summary.json"));
        String lcoOh = Files.readString(out.resolve("OxidationOnset/LcoOh/summary.json"));
        assertEquals(4.5, number(steelOMe, "onset_potential_V"), 0.05);
        assertEquals(4.5, number(steelOh, "onset_potential_V"), 0.05);
        assertEquals(4.2, number(lcoOh, "onset_potential_V"), 0.05);
        assertTrue(number(lcoOh, "H2") > number(steelOMe, "H2"), "more acid, so more hydrogen, on the catalytic surface");
        assertTrue(Files.readString(out.resolve("OxidationOnset/SteelOh/summary.json")).contains("\"acid_crosstalk\""));
        // 3.0 to 5.5 V in 5 mV steps: a header and 501 points
        assertEquals(502, Files.readAllLines(out.resolve("OxidationOnset/SteelOMe/lsv.csv")).size());
    }
}
