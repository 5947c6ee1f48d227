package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.solver.cell.CellModel;
import org.interphase.solver.cell.OcvCurve;
import org.junit.jupiter.api.Test;

/**
 * The library's OCV curves (issue 12): each covers the whole lithiation range, from below the usual
 * 3.0 V discharge cut-off to the highest charge voltage, and meets published points that were not
 * used to build it.
 */
class CathodeOcvTest {

    private static OcvCurve ocv(String material) {
        String text = TestCells.BARE_LCO.replace("LCO { loading 1.5 mAh/cm2  carbon 5 wt% }",
                material + " { loading 1.5 mAh/cm2 }");
        return CellModel.of(TestCells.cell(text), 333.15).cathode().ocv();
    }

    /** Every curve starts below a 3.0 V cut-off, is monotone, and the layered oxides reach 4.6 V. */
    @Test
    void everyCurveCoversTheWholeRange() {
        for (String material : new String[] { "LCO", "NCM111", "NCM523", "NCM622", "NCM811", "LFP" }) {
            coversTheWholeRange(material);
        }
    }

    private static void coversTheWholeRange(String material) {
        OcvCurve u = ocv(material);
        assertTrue(u.at(u.minDelithiation()) < 3.0, material + " at full lithiation: " + u.at(u.minDelithiation()));
        double top = u.at(u.maxDelithiation());
        assertTrue(material.equals("LFP") ? top > 4.1 : top >= 4.6 - 1e-9, material + " at its end: " + top);
        double previous = 0;
        for (int k = 0; k <= 1000; k++) {
            double x = u.minDelithiation() + k / 1000.0 * (u.maxDelithiation() - u.minDelithiation());
            assertTrue(u.at(x) >= previous, material + " not monotone at x = " + x);
            previous = u.at(x);
        }
    }

    /**
     * LixCoO2: the two-phase plateau at 3.93 +- 0.02 V between Li 0.92 and 0.80 (Reimers & Dahn, J.
     * Electrochem. Soc. 139 (1992) 2091, Fig. 2), and the end of the Ramadass et al. 2004 fit at Li 0.75
     * (3.945 V) joins it without a step.
     */
    @Test
    void lcoHasReimersAndDahnsPlateau() {
        OcvCurve u = ocv("LCO");
        for (double li = 0.80; li <= 0.92; li += 0.01) {
            assertEquals(3.93, u.at(1 - li), 0.02, "Li " + li);
        }
        assertEquals(3.93, u.at(0.25), 0.02, "Li 0.75");
    }

    /**
     * LiFePO4: the flat 3.43 V plateau (Padhi et al., J. Electrochem. Soc. 144 (1997) 1188; domain brief)
     * from 15 % to 85 % delithiation, within 10 mV.
     */
    @Test
    void lfpPlateau() {
        OcvCurve u = ocv("LFP");
        for (double x = 0.15; x <= 0.851; x += 0.05) {
            assertEquals(3.43, u.at(x), 0.01, "x " + x);
        }
    }

    /**
     * NCM111 at 4.2 V: ~150 mAh/g of 278 (x = 0.54) in 2.5-4.2 V (Ohzuku & Makimura, Chem. Lett. 30 (2001)
     * 642), not used in building the curve (it is stretched to 155 mAh/g at 4.3 V): within 0.07 V.
     */
    @Test
    void ncm111AtOhzukusCapacity() {
        assertEquals(4.2, ocv("NCM111").at(150.0 / 278), 0.07);
    }
}
