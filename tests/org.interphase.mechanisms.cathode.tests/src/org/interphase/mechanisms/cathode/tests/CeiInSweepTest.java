package org.interphase.mechanisms.cathode.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.model.Cell;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.solver.run.LinearSweep;
import org.interphase.testing.CellTexts;
import org.junit.jupiter.api.Test;

/**
 * A linear sweep sees the CEI it grows (issue 12, item 7: "linear sweeps see no CEI"): the mechanisms
 * of a sweep read each other's states as in cycling, so LiBOB's CEI, grown above its 4.15 V threshold,
 * passivates the polymer's oxidation by exp(-d_cei / 2 nm) (CathodeInterfaceTest checks that factor
 * for one evaluation). Before the fix each mechanism of a sweep saw no other state: the oxidation
 * current with the CEI was that without it, to the last digit.
 */
class CeiInSweepTest {

    private static final String CELL = """
            package t
            cell X {
                area 1 cm2
                cathode NCM811 { loading 2.0 mAh/cm2 }
                electrolyte {
                    polymer PEO { end group methoxy }
                    salt LiTFSI { ratio EO:Li 20 }
                    additive LiBOB { fraction 2 wt% }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }
            """;

    /** The side current (A/m2) of a sweep from 3.0 to 4.6 V at 0.1 mV/s and 60 °C at two potentials. */
    private static double[] side(List<String> mechanisms, double first, double second) {
        Cell cell = CellTexts.cell(CELL);
        List<ActiveMechanism> active = CellTexts.activate(cell, mechanisms.toArray(String[]::new));
        List<LinearSweep.Point> sweep = new LinearSweep(cell, active, 333.15).run(3.0, 4.6, 1e-4);
        return new double[] { at(sweep, first), at(sweep, second) };
    }

    private static double at(List<LinearSweep.Point> sweep, double potential) {
        LinearSweep.Point nearest = sweep.get(0);
        for (LinearSweep.Point p : sweep) {
            if (Math.abs(p.potential() - potential) < Math.abs(nearest.potential() - potential)) {
                nearest = p;
            }
        }
        return nearest.sideCurrent();
    }

    @Test
    void theCeiGrownDuringTheSweepPassivatesTheOxidation() {
        double[] oxidation = side(List.of("polymer_oxidation"), 4.0, 4.6);
        double[] cei = side(List.of("cei_growth"), 4.0, 4.6);
        double[] both = side(List.of("polymer_oxidation", "cei_growth"), 4.0, 4.6);
        assertTrue(oxidation[1] > 0, "PEO oxidises at 4.6 V on NCM811");
        // the oxidation's share of the combined side current, relative to the oxidation alone
        double below = (both[0] - cei[0]) / oxidation[0];
        double above = (both[1] - cei[1]) / oxidation[1];
        assertTrue(below <= 1 + 1e-9, "no CEI beyond its initial thickness below LiBOB's threshold: " + below);
        assertTrue(above < 0.5 * below, "the CEI grown above 4.15 V passivates: " + above + " vs " + below + " at 4.0 V");
    }
}
