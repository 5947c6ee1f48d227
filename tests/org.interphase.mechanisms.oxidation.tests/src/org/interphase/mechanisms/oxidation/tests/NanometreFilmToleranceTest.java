package org.interphase.mechanisms.oxidation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.model.Cell;
import org.interphase.solver.cell.CellModel;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.solver.run.Simulation;
import org.interphase.testing.CellTexts;
import org.junit.jupiter.api.Test;

/**
 * Tolerances per state (issue 12, Deliver 2: "films live in nanometres"): the engine's integrator must carry
 * a film of a few nanometres to its own accuracy, not to that of an absolute tolerance in metres (one
 * absolute 1e-9 for every state, as before 2026-12-06, accepts an error of a whole nanometre per step).
 * <p>
 * The film: lattice_oxygen_oxidation's barrier on a charged LiCoO2 at rest, a diffusion-limited film whose
 * thickness B obeys d(B^2)/dt = k from the pristine surface layer B0 (Deal and Grove, J. Appl. Phys. 36 (1965)
 * 3770, the parabolic limit), so B(t) = sqrt(B0^2 + k t). k from the library and the mechanism's declared
 * constants, at the reference temperature and delithiation: k = k0 (A - 1) with k0 = 2e-18 cm2/s and the
 * catalytic activity A = 14.6 of LiCoO2 (library), 2.72e-21 m2/s; B0 = 1 nm (surface_reconstruction's
 * pristine layer). The film is seen through the series resistance it adds, which is proportional to what
 * has grown (B - B0: the reduced shell and the CEI on it grow in a fixed ratio), so the ratio of what has
 * grown after 40 min to what has grown after 10 min, (B(40 min) - B0) / (B(10 min) - B0) = 2.802, needs
 * neither the film's conductivities nor its area; 0.62 and 1.74 nm have grown. The film's own time scale
 * B0^2 / k is 368 s, shorter than the integrator's longest step (600 s): an integrator that does not watch
 * the film steps across its fast start (measured 2026-12-07: with the one absolute 1e-9 for the film, the
 * ratio is off by 7.1e-5 of itself; with the per-state 1e-15 m by 2.8e-6).
 */
class NanometreFilmToleranceTest {

    private static final double K = 2e-22 * 13.6; // m2/s
    private static final double B0 = 1e-9;

    private static double grown(double seconds) {
        return Math.sqrt(B0 * B0 + K * seconds) - B0;
    }

    @Test
    void aNanometreFilmFollowsItsParabolicLaw() {
        Cell cell = CellTexts.peoCell("LCO { loading 1.5 mAh/cm2 }", "250 um");
        List<ActiveMechanism> active = CellTexts.activate(cell, "lattice_oxygen_oxidation");
        assertEquals(1, active.size());
        CellModel model = CellModel.of(cell, 333.15);
        Simulation s = new Simulation(model, active, 0.5);
        double r0 = s.seriesResistance();
        s.rest(600);
        double early = s.seriesResistance() - r0;
        s.rest(1800);
        double late = s.seriesResistance() - r0;
        double expected = grown(2400) / grown(600);
        assertTrue(grown(2400) < 2e-9, "a film of nanometres: " + grown(2400));
        assertEquals(2.802, expected, 1e-3, "the closed form");
        System.out.printf(java.util.Locale.ROOT, "grown after 40 min / after 10 min: %.9f, closed form %.9f (%.2e)%n",
                late / early, expected, late / early / expected - 1);
        assertEquals(expected, late / early, 1e-5 * expected, "what has grown after 40 min against after 10 min");
    }
}
