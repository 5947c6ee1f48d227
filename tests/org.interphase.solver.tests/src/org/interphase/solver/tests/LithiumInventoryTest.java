package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.junit.jupiter.api.Test;

/**
 * A symmetric cell cannot strip lithium its electrode does not hold (found by the validation cases of
 * 2026-12-06: 50 um of lithium plated from at 0.5 mA/cm2 for 60 h, 30 mAh/cm2, "completed"). 20 um
 * of lithium hold 20e-4 cm x 0.534 g/cm3 (CRC Handbook) x 3861 mAh/g (Faraday's constant over
 * 6.941 g/mol) = 4.12 mAh/cm2, which 0.1 mA/cm2 strips in 41.2 h.
 */
class LithiumInventoryTest {

    private static final String CELL = """
            package t
            cell Thin {
                area 1 cm2
                cathode Li { thickness 20 um }
                electrolyte {
                    polymer PEO { end group methoxy }
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 20 um }
            }
            """;

    private static RunResult run(String protocol) {
        return TestCells.run(CELL + protocol + "study S {\n    cell Thin\n    protocol P\n}\n");
    }

    @Test
    void platingStopsWhenTheStrippedElectrodeIsEmpty() {
        RunResult r = run("protocol P {\n    temperature 60 °C\n    plate at 0.1 mA/cm2 for 60 h\n}\n");
        assertEquals(RunStatus.STOPPED, r.getStatus(), r.getStopReason());
        assertTrue(r.getStopReason().startsWith("the working electrode (cathode's place) has no lithium left to strip"
                + " after 41.2"), r.getStopReason());
        assertTrue(r.getStopReason().contains("its 20 um held 4.12 mAh/cm2"), r.getStopReason());
    }

    @Test
    void strippingTheCounterElectrodeEmptiesItToo() {
        RunResult r = run("protocol P {\n    temperature 60 °C\n    strip at 0.1 mA/cm2 for 60 h\n}\n");
        assertEquals(RunStatus.STOPPED, r.getStatus(), r.getStopReason());
        assertTrue(r.getStopReason().startsWith("the counter electrode (anode's place) has no lithium left"),
                r.getStopReason());
    }

    @Test
    void platingAndStrippingBackAndForthNeverEmptiesIt() {
        // 3 mAh/cm2 each way, less than the 4.12 each electrode holds, ten times over
        RunResult r = run("protocol P {\n    temperature 60 °C\n    repeat 10 {\n        plate at 0.1 mA/cm2 for 30 h\n"
                + "        strip at 0.1 mA/cm2 for 30 h\n    }\n}\n");
        assertEquals(RunStatus.COMPLETED, r.getStatus(), r.getStopReason());
    }

    /**
     * Unlimited lithium plated at 0.1 mA/cm2 "until 5 V": with no mechanism the cell's voltage is its ohmic and
     * charge-transfer drop, millivolts, and 5 V is never reached. The step used to end silently at the engine's
     * longest step (1e8 s, 2 778 mAh/cm2 plated) and the run completed as if the limit had been met; full cells
     * already stopped with the reason (ProtocolRunnerTest). Now the Li|Li cell does too.
     */
    @Test
    @org.junit.jupiter.api.Timeout(300)
    void aVoltageLimitThatIsNeverReachedStopsWithTheReason() {
        RunResult r = TestCells.run(CELL.replace(" { thickness 20 um }", " { }")
                + "protocol P {\n    temperature 60 °C\n    plate at 0.1 mA/cm2 until 5 V\n}\n"
                + "study S {\n    cell Thin\n    protocol P\n}\n");
        assertEquals(RunStatus.STOPPED, r.getStatus(), r.getStopReason());
        assertTrue(r.getStopReason().startsWith("the plate at 0.100 mA/cm2 did not reach 5.00 V within the engine's"
                + " longest step, 1.00e+08 s (3.2 years)"), r.getStopReason());
    }
}
