package org.interphase.mechanisms.oxidation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.model.Cell;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.testing.CellTexts;
import org.interphase.testing.RecordedEffects;
import org.junit.jupiter.api.Test;

/**
 * Side reactions per real area (issue 12: "side currents are per geometric area, so active-material loss per
 * cycle scales as 1/loading"). The analytic expectation: an electrode of areal capacity Q holds a mass of
 * active material m = Q / q (q its specific capacity), whose particles (radius r, density rho) have the real
 * surface a = 3 m / (rho r) per geometric area, and a carbon black mass proportional to m, of real surface
 * m_c S_BET; both grow as Q. A side current that runs per real area is then i_ox proportional to Q, and the
 * active material it destroys, a fraction (1/4) i_ox / Q_theoretical per second (Q_theoretical proportional
 * to Q too), does not depend on Q: a three times thicker electrode loses the same fraction per cycle. Per
 * geometric area (the old law) i_ox would not grow with Q, and the thick electrode would lose a third of
 * the fraction. The one departure from strict proportionality is the oxidation's transport limit, 1 mA/cm2
 * per geometric area, combined as 1 / (1/i + 1/i_lim): at 4.2 V the current is tens of uA/cm2, so it bends
 * the thick electrode's current by a few per cent at most.
 * <p>
 * Checked at one state of the surface (potential, delithiation, no film yet), not over cycles: over cycles the
 * old law's 1/Q in the acid's damage is offset by its 1/a in the film resistance (IR three times larger in the
 * thick electrode), so ten cycles of either law fade both electrodes alike (measured 2026-12-07: 3.77 and
 * 3.00 % with the real areas, 1.13 and 1.04 % with the areas fixed whatever the loading and the old 0.95 C/C) and a cycling
 * comparison would not tell the laws apart.
 */
class RealAreaScalingTest {

    private static final String CELL = """
            package t
            cell X {
                area 1 cm2
                cathode LCO { loading %s mAh/cm2  carbon 5 wt%% }
                electrolyte {
                    polymer PEO { end group methoxy }
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 250 um }
            }
            """;

    private static RecordedEffects at(String loading, String id) {
        Cell cell = CellTexts.cell(CELL.formatted(loading));
        ActiveMechanism m = CellTexts.activate(cell, id).get(0);
        RecordedEffects e = new RecordedEffects();
        m.process().evaluate(new Conditions(0, 333.15, 4.2, 0, 0.5), new double[m.size()], new double[m.size()], e);
        return e;
    }

    /** At one state of the surface: the side current grows with the loading, the fraction lost per second does not. */
    @Test
    void theFractionLostPerSecondDoesNotDependOnTheLoading() {
        double thinSide = at("1.0", "polymer_oxidation").side;
        double thickSide = at("3.0", "polymer_oxidation").side;
        assertTrue(thickSide < 1, "a tenth of the 1 mA/cm2 (10 A/m2) transport limit at most: " + thickSide + " A/m2");
        assertEquals(3, thickSide / thinSide, 0.03 * 3, "the side current grows with the real surface");
        double thin = at("1.0", "cathode_surface_damage").activeLoss;
        double thick = at("3.0", "cathode_surface_damage").activeLoss;
        assertTrue(thin > 0);
        assertEquals(1, thick / thin, 0.03, "fraction of active material lost per second, 3.0 against 1.0 mAh/cm2");
    }
}
