package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 4: ceramic fillers slow the crystallisation of the polymer around them. The references are
 * published directions, not numbers: no isothermal half-time of a filled PEO-salt film at two filler contents was
 * readable (engine.md, 'Fillers and the kinetics'), so the size of the effect is the library's estimate and these
 * tests check only what the papers state. Every film here is partly crystallisable (the fillers' amorphous shells
 * take 5-20 % of the polymer), so its phase is kinetic. On the code before the confinement every half-time below
 * equals the filler-free film's and each test fails.
 */
class FillerConfinementTest {

    private static final double T25 = 298.15;

    private static double halfTime(String filler) {
        return TestCells.steelPeoFilm(filler + "\nhistory annealed").phase().halfTime(T25);
    }

    /**
     * More filler, slower crystallisation: Syu et al. (PEO with silver nanoplates, non-isothermal DSC: "the
     * crystallization half-time showed an increase with the addition of silver nanoplates", the overall rate
     * falling although the plates nucleate); Croce et al., Nature 394 (1998) 456 (abstract: ceramic nanopowders act
     * by "kinetically inhibiting crystallization on annealing from the amorphous state above 60 °C").
     */
    @Test
    void theHalfTimeGrowsWithTheFillerContent() {
        double none = halfTime("");
        double two = halfTime("filler Al2O3 { fraction 2 wt%  particle size 200 nm }");
        double four = halfTime("filler Al2O3 { fraction 4 wt%  particle size 200 nm }");
        assertTrue(two > none && four > two, "half-times at 25 °C, 0/2/4 wt%: " + none + " / " + two + " / " + four);
    }

    /**
     * At one volume fraction, smaller particles slow the growth more: Jabbarzadeh and Halfina, Nanoscale Adv.
     * (2019), doi:10.1039/c9na00525k (abstract): "decreasing the size of particles at the same volume fraction
     * results in decreased final crystallinity" and the free space between particles controls the growth rate.
     */
    @Test
    void smallerParticlesAtOneFractionSlowItMore() {
        double coarse = halfTime("filler Al2O3 { fraction 2 wt%  particle size 400 nm }");
        double fine = halfTime("filler Al2O3 { fraction 2 wt%  particle size 200 nm }");
        assertTrue(fine > coarse && coarse > halfTime(""), "half-times at 25 °C, 400 / 200 nm: " + coarse + " / " + fine);
    }
}
