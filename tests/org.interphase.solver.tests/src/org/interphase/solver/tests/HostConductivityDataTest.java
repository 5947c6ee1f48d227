package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.interphase.solver.cell.PolymerElectrolyte;
import org.junit.jupiter.api.Test;

/**
 * Issues 12 item 4 and 18: the library's PEO-LiTFSI (the domain brief's VFT fits, [est]) against published
 * conductivities of neat (filler-free, solvent-free) PEO-LiTFSI of Mw 275-5000 kg/mol at EO:Li 16.7-24.4 that are
 * not from the validation set's papers. Values from the compilation of Bradford et al., ACS Cent. Sci. 9 (2023)
 * 206 (doi:10.1021/acscentsci.2c01123; table data/clean_train_data.csv of github.com/learningmatter-mit/
 * Chem-prop-pred, rows given per curve; docs/engine.md, "The host's conductivity against independent data").
 * The curves disagree with each other by up to 5x, so each check asks that the engine lie within the spread
 * between curves (mean of log10 sigma +- one standard deviation), not on any one curve. The Mw 100 kg/mol series
 * of the compilation is left out: the brief's fits reproduce it within 2 % from 50 to 110 °C, so it is their
 * basis, not a check of them.
 */
class HostConductivityDataTest {

    private static double mean(double[] logs) {
        return Arrays.stream(logs).average().orElseThrow();
    }

    private static double sd(double[] logs) {
        double m = mean(logs);
        return Math.sqrt(Arrays.stream(logs).map(x -> (x - m) * (x - m)).sum() / (logs.length - 1));
    }

    private static void assertWithinSpread(double engine, String where, double... published) {
        double[] logs = Arrays.stream(published).map(Math::log10).toArray();
        double off = Math.log10(engine) - mean(logs);
        assertTrue(Math.abs(off) <= sd(logs), where + ": engine " + engine + " S/cm, log10 off the published mean by "
                + off + " (spread " + sd(logs) + ")");
    }

    /**
     * In the melt (70, 80, 90 °C: every PEO film molten) a film at EO:Li 20 against the curves C (600 kg/mol,
     * EO:Li 19, rows 3567-3586), D1-D3 (5000 kg/mol, EO:Li 20, rows 3916-3923, 3955-3962, 4088-4094), E (5000
     * kg/mol, EO:Li 20, rows 1194-1202), F (4000 kg/mol, EO:Li 24.4, rows 1203-1208) and B (275 kg/mol, EO:Li 16.7
     * and 25 at 90 °C, rows 3455 and 3457). A law twice the brief's fails at 70 and 90 °C, and so does one scaled
     * down to the 1.4e-4 S/cm at 60 °C of PMC9523710 (3.6x lower) at 80 and 90 °C.
     */
    @Test
    void theMeltLiesWithinThePublishedSpreadFrom70To90C() {
        PolymerElectrolyte melt = TestCells.steelPeoFilm("");
        assertWithinSpread(melt.conductivity(343.15) / 100, "70 °C", 9.90e-4, 6.74e-4, 7.30e-4, 7.50e-4, 2.00e-4,
                1.70e-4);
        assertWithinSpread(melt.conductivity(353.15) / 100, "80 °C", 1.284e-3, 8.85e-4, 1.006e-3, 1.06e-3,
                3.65e-4, 2.60e-4);
        assertWithinSpread(melt.conductivity(363.15) / 100, "90 °C", 1.761e-3, 1.383e-3, 1.205e-3, 1.422e-3,
                1.45e-3, 4.96e-4);
    }

    /**
     * On heating a film kept at room temperature (the curves with a knee: D1-D3, E, F), at 40, 50 and 60 °C. At
     * 40 and 50 °C these films are partly crystalline (0.1-0.6 of their own melt); the amorphous start
     * ('history annealed') conducts above every one of them at 40 °C and fails there.
     */
    @Test
    void aStoredFilmOnHeatingLiesWithinThePublishedSpreadFrom40To60C() {
        assertWithinSpread(FilmHistoryTest.onHeating(TestCells.steelPeoFilm("history stored"), 25, 30, 40),
                "40 °C", 6.0e-5, 3.39e-5, 3.41e-5, 7.52e-6, 4.6e-6);
        assertWithinSpread(FilmHistoryTest.onHeating(TestCells.steelPeoFilm("history stored"), 25, 30, 40, 50),
                "50 °C", 1.75e-4, 1.09e-4, 1.19e-4, 2.62e-5, 2.1e-5);
        assertWithinSpread(FilmHistoryTest.onHeating(TestCells.steelPeoFilm("history stored"), 25, 30, 40, 50, 60),
                "60 °C", 4.39e-4, 4.68e-4, 4.92e-4, 8.97e-5, 1.10e-4);
    }
}
