package org.interphase.mechanisms.oxidation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.model.Cell;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.solver.run.LinearSweep;
import org.interphase.testing.CellTexts;
import org.junit.jupiter.api.Test;

/**
 * Solvent-coordinated (quasi-ionic-liquid) electrolytes (issue 12, domain brief "Coordination"): when
 * Li+ takes all ether oxygens, their lone pairs are hard to take and oxidation moves up by the
 * coordination shift; free glyme oxidises near 4 V, the equimolar Li-glyme complex near 5 V (Yoshida
 * et al., J. Am. Chem. Soc. 133 (2011) 13121). Onsets from a 0.1 mV/s sweep on steel at 60 °C at
 * 10 uA/cm2, as in OnsetCalibrationTest.
 */
class CoordinationOnsetTest {

    private static double onset(String electrolyte) {
        String text = """
                package t
                cell X {
                    area 1 cm2
                    cathode SS
                    electrolyte {
                        polymer PEO { end group methoxy }
                        %s
                        thickness 50 um
                    }
                    anode Li { thickness 50 um }
                }
                """.formatted(electrolyte);
        Cell cell = CellTexts.cell(text);
        List<ActiveMechanism> active = CellTexts.activate(cell, "polymer_oxidation");
        double onset = LinearSweep.onset(new LinearSweep(cell, active, 333.15).run(3.0, 6.0, 1e-4), 0.1);
        System.out.printf(java.util.Locale.ROOT, "onset %s: %.3f V%n", electrolyte, onset);
        return onset;
    }

    /** EO:Li 20 is the composition of the library's onsets: unchanged, 4.5 V on steel [cal]. */
    @Test
    void theCalibrationCompositionKeepsItsOnset() {
        assertEquals(4.5, onset("salt LiTFSI { ratio EO:Li 20 }"), 0.02);
    }

    /**
     * The ether oxygens per Li+ count every salt: LiTFSI written as two entries of EO:Li 40 is the film of one
     * entry at EO:Li 20 (each brings 1/40 Li+ per EO unit, mass balance), so it keeps the calibration onset;
     * the mechanism used to read the last entry's 40 alone.
     */
    @Test
    void aSaltSplitIntoTwoEntriesKeepsTheOnset() {
        double once = onset("salt LiTFSI { ratio EO:Li 20 }");
        double split = onset("salt LiTFSI { ratio EO:Li 40 }\n salt LiTFSI { ratio EO:Li 40 }");
        assertEquals(once, split, 1e-3);
    }

    /**
     * PEO / Li(DME)0.7FSI at EO:Li 0.6: 2 ether oxygens per Li, all coordinated; the free DME that
     * oxidises near 4 V is gone, and the complex oxidises near 5 V (Yoshida et al. 2011).
     */
    @Test
    void aQuasiIonicLiquidOxidisesNearFiveVolts() {
        double qil = onset("salt LiFSI { ratio EO:Li 0.6 }\n solvent DME { ratio DME:Li 0.7 }");
        assertEquals(5.0, qil, 0.1);
    }

    /** The same glyme in excess (DME:Li 4 in EO:Li 20) is mostly free and oxidises near 4 V (Yoshida et al. 2011). */
    @Test
    void freeGlymeOxidisesNearFourVolts() {
        double free = onset("salt LiTFSI { ratio EO:Li 20 }\n solvent DME { ratio DME:Li 4 }");
        assertEquals(4.0, free, 0.1);
        assertTrue(free < onset("salt LiTFSI { ratio EO:Li 20 }"));
    }

    /**
     * The same free glyme written as a weight fraction: DME:Li 4 in EO:Li 20 PEO-LiTFSI is 4 x 90.12 g in
     * 20 x 44.053 + 287.07 + 360.48 g, 23.58 wt% (stoichiometry). It used to be dropped (onset 4.5 V, the
     * glyme-free film); counted per Li it oxidises near 4 V like the ratio form (Yoshida et al. 2011).
     */
    @Test
    void freeGlymeGivenAsAWeightFractionOxidisesNearFourVolts() {
        assertEquals(4.0, onset("salt LiTFSI { ratio EO:Li 20 }\n solvent DME { fraction 23.58 wt% }"), 0.1);
    }

    /**
     * Tetraglyme (G4), five ether oxygens: the complex [Li(G4)]+ with every oxygen on a Li+ (G4:Li 0.9 beside
     * a little polyether, EO:Li 0.5: 5.0 oxygens per Li, the coordination number) oxidises near 5 V, and
     * the same glyme in excess (G4:Li 3) near 4 V, as Yoshida et al. (J. Am. Chem. Soc. 133 (2011) 13121, abstract) measured for [Li(G4)x][TFSA], x = 1 against x > 1.
     * The coordination shift was set from the same paper's DME-free comparison (its abstract's "about 4 V"
     * and "about 5 V"), so this checks the library's G4 entry and the counting of its five oxygens, not
     * the shift itself. (The engine's free share is stoichiometric: at G4:Li 1 with EO:Li 0.5, 9 % of the
     * oxygens are free and the onset falls to about 4.15 V, b ln(1/0.09) above the free glyme's.)
     */
    @Test
    void tetraglymeComplexAgainstExcessTetraglyme() {
        double complex = onset("salt LiTFSI { ratio EO:Li 0.5 }\n solvent G4 { ratio G4:Li 0.9 }");
        double excess = onset("salt LiTFSI { ratio EO:Li 0.5 }\n solvent G4 { ratio G4:Li 3 }");
        assertEquals(5.0, complex, 0.25);
        assertEquals(4.0, excess, 0.15);
    }
}
