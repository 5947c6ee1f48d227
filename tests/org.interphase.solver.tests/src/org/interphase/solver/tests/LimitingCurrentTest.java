package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.solver.cell.PolymerElectrolyte;
import org.junit.jupiter.api.Test;

/**
 * The film's limiting current J* = 2 z F D c / ((1 - t+) L) (z = 1; Bruce and Vincent's steady state of a binary
 * salt between lithium electrodes, the form the domain brief quotes), one computation with all the salt and with the
 * salt left (issue 12 item 7; since 2026-12-07 {@code limitingCurrent(T)} is {@code limitingCurrent(T, 1)}).
 */
class LimitingCurrentTest {

    private static final double SIXTY = 333.15;
    private static final double NINETY = 363.15;

    /**
     * A film whose Li+-conducting filler (LSPS, 10 wt%) raises t+ above the polymer's: J* with all its salt is the same
     * whether or not the share is named, to the last bits (both read the film's own, filler-raised t+).
     */
    @Test
    void aFilledFilmsLimitingCurrentIsOneWithItsSaltShareOne() {
        PolymerElectrolyte film = TestCells.steelPeoFilm("filler LSPS { fraction 10 wt%  particle size 300 nm }");
        assertTrue(film.transferenceNumber(SIXTY) > film.transferenceNumber() + 0.01,
                "the filler must raise t+: " + film.transferenceNumber(SIXTY));
        assertEquals(film.limitingCurrent(SIXTY), film.limitingCurrent(SIXTY, 1), 1e-12 * film.limitingCurrent(SIXTY));
    }

    /**
     * With D and t+ independent of the concentration (PAN: the library gives it no self-diffusion data) J* is linear
     * in c: half the salt left, half the limiting current (the analytic form at constant D and t+), a filled film too.
     */
    @Test
    void withConstantPropertiesTheLimitingCurrentScalesWithTheSaltLeft() {
        PolymerElectrolyte film = PolymerElectrolyte.of(TestCells.cell(TestCells.steelCellText("polymer PAN\n"
                + "salt LiTFSI { concentration 1 mol/L }\nfiller LSPS { fraction 10 wt%  particle size 300 nm }"))
                .getElectrolyte());
        for (double share : new double[] { 0.5, 0.1 }) {
            assertEquals(share, film.limitingCurrent(SIXTY, share) / film.limitingCurrent(SIXTY), 1e-9, "share " + share);
        }
    }

    /**
     * PEO-LiTFSI, EO:Li 12.5 at 90 °C with a quarter of its salt left (the local EO:Li 50): J* = 2 F D(c) c /
     * ((1 - t+(c)) L), so J*(c0/4) / J*(c0) = 1/4 x D(50)/D(12.5) x (1 - t0) / (1 - t0 x t(50)/t(12.5)), with D the
     * Nernst-Hartley salt diffusivity 2 D+ D- / (D+ + D-) and t = D+ / (D+ + D-) of two independent PFG-NMR sets,
     * Timachova et al., Macromolecules 48 (2015) 7882 (0.455 with the library's t0 = 0.25) and Orädd et al., Solid
     * State Ionics 152-153 (2002) 131 (0.673, EO:Li 12 to 50), as in {@link PeoLitfsiConcentrationTest}; the ElectrolyteView
     * default (D and t+ held at c0: 0.25) fails.
     */
    @Test
    void theLimitingCurrentWithTheSaltLeftFollowsTheMeasuredTransport() {
        PolymerElectrolyte film = TestCells.steelFilm("salt LiTFSI { ratio EO:Li 12.5 }");
        double ratio = film.limitingCurrent(NINETY, 0.25) / film.limitingCurrent(NINETY);
        assertTrue(ratio >= 0.9 * 0.455 && ratio <= 1.1 * 0.673, "J*(c0/4)/J*(c0) = " + ratio + ", measured 0.455-0.673");
    }
}
