package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The lsv-onset example end to end: onsets read from the sweeps at the study's 10 uA/cm2 match the
 * domain brief [cal] (steel 4.5 V, LCO about 4.2 V; the 600 kg/mol chains' -OH ends no longer
 * matter), and hydrogen from the acid crosstalk is reported.
 */
class LsvRunTest {

    @Test
    void oxidationOnsetStudy() throws Exception {
        Path out = Files.createTempDirectory("interphase-lsv");
        Path lsv = Path.of(System.getProperty("interphase.examples")).resolve("lsv-onset.cell");
        Runs.Output r = Runs.run("run", lsv.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        String steelOh = Files.readString(out.resolve("lab.stability.OxidationOnset/SteelOh/summary.json"));
        String steelOMe = Files.readString(out.resolve("lab.stability.OxidationOnset/SteelOMe/summary.json"));
        String lcoOh = Files.readString(out.resolve("lab.stability.OxidationOnset/LcoOh/summary.json"));
        assertEquals(4.5, Runs.number(steelOMe, "onset_potential_V"), 0.05);
        assertEquals(4.5, Runs.number(steelOh, "onset_potential_V"), 0.05);
        assertEquals(4.2, Runs.number(lcoOh, "onset_potential_V"), 0.05);
        // hydrogen from the acid is reported on the catalytic surface. Since the polymer's own CEI (2026-12-07) it is
        // not more than on steel over the whole sweep: the composite LCO electrode passivates under its film after
        // its earlier onset, while steel grows no film (docs/engine.md, "The polymer's own CEI") and oxidises freely
        // to the sweep's end
        assertTrue(Runs.number(lcoOh, "H2") > 0, "hydrogen from the acid on the catalytic surface");
        assertTrue(Files.readString(out.resolve("lab.stability.OxidationOnset/SteelOh/summary.json")).contains("\"acid_crosstalk\""));
        // 3.0 to 5.5 V in 5 mV steps: a header and 501 points
        assertEquals(502, Files.readAllLines(out.resolve("lab.stability.OxidationOnset/SteelOMe/lsv.csv")).size());
        // a sweep and no cycling: lsv.png per cell, an LSV overlay in the report, no cycling plots
        for (String cell : new String[] { "SteelOh", "SteelOMe", "LcoOh" }) {
            Runs.assertPlot(out.resolve("lab.stability.OxidationOnset").resolve(cell).resolve("lsv.png"));
            assertTrue(!Files.exists(out.resolve("lab.stability.OxidationOnset").resolve(cell).resolve("retention.png")), cell);
        }
        Runs.assertPlot(out.resolve("lab.stability.OxidationOnset/report-lsv.png"));
        assertTrue(!Files.exists(out.resolve("lab.stability.OxidationOnset/report-retention.png")));
        String html = Files.readString(out.resolve("lab.stability.OxidationOnset/report.html"));
        String onset = String.format(java.util.Locale.ROOT, "%.3f", Runs.number(lcoOh, "onset_potential_V"));
        assertTrue(html.matches("(?s).*<tr data-cell=\"LcoOh\">[^\n]*>" + java.util.regex.Pattern.quote(onset) + "<.*"),
                "LcoOh's onset " + onset + " in its row: " + html);
    }
}
