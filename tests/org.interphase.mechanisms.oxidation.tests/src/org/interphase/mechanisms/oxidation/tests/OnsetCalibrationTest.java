package org.interphase.mechanisms.oxidation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.model.Cell;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.solver.run.LinearSweep;
import org.junit.jupiter.api.Test;

/**
 * The oxidation onsets of the domain brief [cal], read from a linear sweep from 3.0 to 5.5 V at
 * 0.1 mV/s and 60 °C (the lsv-onset example) at the brief's threshold of 10 uA/cm2 (0.1 A/m2):
 * high-molar-mass PEO-LiTFSI on steel about 4.5 V, on LiCoO2 about 4.2 V (a 0.3 V shift), and
 * short PEG with -OH ends 4.05 V against -OCH3 ends 4.3 V. Tolerance 0.05 V (issue 4).
 */
class OnsetCalibrationTest {

    private static final double THRESHOLD = 0.1; // 10 uA/cm2 in A/m2

    private static double onset(String cathode, String polymer) {
        Cell cell = SweepCells.sweepCell(cathode, polymer, "ratio EO:Li 20");
        List<ActiveMechanism> active = SweepCells.polymerOxidation(cell);
        assertEquals(1, active.size(), "polymer_oxidation applies to the cathode/electrolyte interface");
        List<LinearSweep.Point> sweep = new LinearSweep(cell, active, 333.15).run(3.0, 5.5, 1e-4);
        double onset = LinearSweep.onset(sweep, THRESHOLD);
        System.out.printf(java.util.Locale.ROOT, "onset %s | %s: %.3f V%n", cathode, polymer, onset);
        return onset;
    }

    @Test
    void highMolarMassPeoOnSteel() {
        assertEquals(4.5, onset("SS", "PEO { end group methoxy }"), 0.05);
    }

    @Test
    void lithiumCobaltOxideShiftsTheOnsetByAbout0_3V() {
        double steel = onset("SS", "PEO { end group methoxy }");
        double lco = onset("LCO { loading 1.5 mAh/cm2 }", "PEO { end group methoxy }");
        assertEquals(4.2, lco, 0.05);
        assertEquals(0.3, steel - lco, 0.05);
    }

    @Test
    void hydroxylEndsOfShortPegOxidiseEarlierThanMethoxyEnds() {
        double oh = onset("SS", "PEO { end group hydroxyl  molar mass 2 kg/mol }");
        double ome = onset("SS", "PEO { end group methoxy  molar mass 2 kg/mol }");
        assertEquals(4.05, oh, 0.05);
        assertEquals(4.3, ome, 0.05);
    }

    @Test
    void theEndGroupEffectFadesWithMolarMass() {
        double shortChains = onset("SS", "PEO { end group hydroxyl  molar mass 2 kg/mol }");
        double longChains = onset("SS", "PEO { end group hydroxyl }"); // 600 kg/mol in the library
        assertTrue(longChains > shortChains + 0.2, shortChains + " V vs " + longChains + " V");
        // 600 kg/mol chains bring too few ends to the surface: the onset is the backbone's, 4.5 V [cal]
        assertEquals(4.5, longChains, 0.05);
    }

    @Test
    void aCoatingOnTheElectrodeDelaysTheOnsetOnLco() {
        double bare = onset("LCO { loading 1.5 mAh/cm2  carbon 5 wt% }", "PEO { end group methoxy }");
        double particles = onset("LCO { loading 1.5 mAh/cm2  carbon 5 wt%  coating Al2O3 { thickness 2 nm  coverage 95 %  scope particles } }",
                "PEO { end group methoxy }");
        double electrode = onset("LCO { loading 1.5 mAh/cm2  carbon 5 wt%  coating Al2O3 { thickness 2 nm  coverage 95 %  scope electrode } }",
                "PEO { end group methoxy }");
        assertTrue(particles > bare, bare + " -> " + particles);
        // domain brief: a coating on the finished electrode also covers carbon black, so it beats coating particles
        assertTrue(electrode > particles, particles + " -> " + electrode);
    }
}
