package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.solver.api.Physics;
import org.interphase.solver.cell.PolymerElectrolyte;
import org.interphase.solver.transport.SaltProperties;
import org.interphase.solver.transport.SaltTransport;
import org.junit.jupiter.api.Test;

/**
 * The salt's transport properties follow the film's crystallinity at one temperature (issue 12, item 4: a PEO
 * melt quenched to room temperature crystallises over hours; issue 15's property cache was keyed on the
 * temperature alone, so the salt kept the melt's diffusivity and transference number for the whole run).
 * <p>
 * The physical reference: PEO-salt films quenched from the melt lose more than an order of magnitude of
 * conductivity in ~10 h at room temperature (Marzantowicz et al., Electrochim. Acta 50 (2005) 3969), and the
 * salt's diffusivity follows the same segmental motion, so it must fall by as much; the values compared are
 * the film's own (PolymerElectrolyte's, read at the phase's clock, not remembered) and the steady state of the
 * transport against Newman's analytic one (Electrochemical Systems, ch. 12: a film with constant properties
 * carrying j has a linear profile, c(L) - c(0) = j (1 - t+) L / (F D)).
 */
class CrystallisingSaltTest {

    private static final double T25 = 298.15;
    private static final double HOUR = 3600;

    /** An annealed film (amorphous at the start) cooled to 25 °C at time 0, its phase's clock at a time. */
    private static PolymerElectrolyte film(String filler) {
        PolymerElectrolyte e = TestCells.steelPeoFilm("history annealed\n" + filler);
        e.phase().setTemperature(0, T25);
        e.phase().setClock(0);
        return e;
    }

    @Test
    void theSaltsDiffusivityFallsAsTheFilmCrystallisesAtOneTemperature() {
        PolymerElectrolyte e = film("");
        SaltProperties p = e.saltProperties();
        double c0 = e.transport().initialConcentration();
        double fresh = p.diffusivity(c0, T25);
        assertEquals(e.saltDiffusivity(T25), fresh, 1e-12 * fresh);
        e.phase().setClock(10 * HOUR);
        double later = p.diffusivity(c0, T25);
        assertEquals(e.saltDiffusivity(T25), later, 1e-12 * later, "the film's own value after 10 h");
        assertEquals(e.saltDiffusivity(T25), p.at(T25).diffusivity(c0), 1e-12 * later);
        assertTrue(later < 0.1 * fresh, "more than an order of magnitude in 10 h: " + fresh + " -> " + later + " m2/s");
    }

    /**
     * LSPS particles carry Li+ only: as the polymer crystallises and conducts less, they carry a larger share of
     * the current and the film's t+ rises (FillerTransferenceTest's sphere solution); the salt must see it.
     */
    @Test
    void theTransferenceNumberFollowsTheCrystallisingMatrix() {
        PolymerElectrolyte e = film("filler LSPS { fraction 10 wt%  particle size 300 nm }");
        SaltProperties p = e.saltProperties();
        double c0 = e.transport().initialConcentration();
        double fresh = p.transferenceNumber(c0, T25);
        e.phase().setClock(10 * HOUR);
        double later = p.transferenceNumber(c0, T25);
        assertEquals(e.transferenceNumber(T25), p.at(T25).transferenceNumber(c0), 1e-12, "the film's own value after 10 h");
        assertTrue(later > fresh + 1e-3, "t+ " + fresh + " -> " + later);
    }

    /**
     * Through the transport: the steady profile at a small current (1 % of the limiting current, so the
     * properties hardly vary across it) before and after the film crystallised, each against Newman's
     * c(L) - c(0) = j (1 - t+) L / (F D) with the film's D and t+ at that time. With properties remembered by
     * temperature (or the matrix of the melt kept), the second steady state was the first one's.
     */
    @Test
    void theSteadyProfileSteepensAsTheFilmCrystallises() {
        PolymerElectrolyte e = film("");
        SaltTransport salt = e.transport();
        double c0 = salt.initialConcentration();
        e.phase().setClock(10 * HOUR);
        double j = 0.01 * e.limitingCurrent(T25);
        e.phase().setClock(0);
        double melt = steadyDifference(e, salt, j);
        e.phase().setClock(10 * HOUR);
        double crystallised = steadyDifference(e, salt, j);
        assertTrue(crystallised > 10 * melt, "c(L) - c(0) " + melt + " -> " + crystallised + " mol/m3 of " + c0);
    }

    /** Advances the salt 20 diffusion times at j and returns c(L) - c(0), checked against Newman's. */
    private static double steadyDifference(PolymerElectrolyte e, SaltTransport salt, double j) {
        double d = e.saltDiffusivity(T25);
        double l = salt.thickness();
        salt.advance(20 * l * l / d, j, T25);
        double difference = salt.right(T25) - salt.left(T25);
        double newman = j * (1 - e.transferenceNumber(T25)) * l / (Physics.F * d);
        assertEquals(newman, difference, 0.05 * newman, "steady c(L) - c(0) at D = " + d + " m2/s");
        return difference;
    }
}
