package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.junit.jupiter.api.Test;

/**
 * A cell that cannot deliver its discharge current gives no retention (validation case
 * liu2025-pelt-lfp-200 delivered 0.8 % of its capacity in cycle 1 and then "kept" 1106 %). Through 50 um
 * of PEO-LiTFSI at 60 °C the limiting current is about 2 mA/cm2 (J* = 2 c0 F D / ((1 - t+) L) with the
 * domain brief's D ~ 1e-7 cm2/s at 90 °C scaled to 60 °C, c0 1.1 mol/L, t+ 0.25); at 25 mA/cm2 Sand's
 * time, pi D (c0 F)^2 / (4 (J (1 - t+))^2), is well under a second, so the discharge delivers well under 1 % of
 * the 1.5 mAh/cm2 before the salt at the cathode runs out. At C/5 the same cell delivers most of it.
 */
class FirstDischargeTest {

    private static RunResult run(String discharge) {
        return TestCells.run(TestCells.BARE_LCO + "protocol P {\n    temperature 60 °C\n    repeat 3 {\n"
                + "        charge at C/5 until 4.2 V\n        discharge at " + discharge + " until 3.0 V\n    }\n}\n"
                + "study S {\n    cell BareLco\n    protocol P\n}\n");
    }

    @Test
    void aDischargeFarAboveTheLimitingCurrentGivesNoRetention() {
        RunResult r = run("25 mA/cm2");
        assertEquals(RunStatus.STOPPED, r.getStatus(), r.getStopReason());
        assertTrue(r.getStopReason().startsWith("too little discharge in cycle 1 to measure retention against"),
                r.getStopReason());
        assertTrue(r.getStopReason().contains("of the nominal 1.50 mAh/cm2"), r.getStopReason());
    }

    @Test
    void aDischargeTheFilmCanCarryRuns() {
        RunResult r = run("C/5");
        assertEquals(RunStatus.COMPLETED, r.getStatus(), r.getStopReason());
        assertTrue(r.getCycles().get(0).getDischargeCapacity() > 0.5 * 1.5, "cycle 1 delivers most of 1.5 mAh/cm2");
    }
}
