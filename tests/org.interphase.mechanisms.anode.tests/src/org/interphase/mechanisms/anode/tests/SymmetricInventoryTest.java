package org.interphase.mechanisms.anode.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.junit.jupiter.api.Test;

/**
 * The lithium of each electrode of a symmetric Li|Li cell, counted with what the side reactions take from
 * it (issue 12; before, the Li|Li runner subtracted nothing, so two foils cycled at any loss per plating
 * never ran out). dead_lithium is the only mechanism, with a known loss per plated charge, so the
 * reference is the inventory balance, not the engine:
 * <ul>
 * <li>a foil of thickness t holds t rho q, rho = 0.534 g/cm3 (CRC Handbook), q = F / M = 96485 C/mol /
 * 6.941 g/mol = 3861 mAh/g: 5 um hold 1.031 mAh/cm2;</li>
 * <li>of what plates onto an electrode the share 1 - CE never comes back (the Li|Cu definition of CE,
 * Adams et al., Adv. Energy Mater. 8 (2018) 1702097); "plate" strips the working electrode and plates the
 * counter one, "strip" the other way round, so each full cycle of q each way costs each electrode
 * (1 - CE) q, and the working electrode, stripped first, holds Q0 - k (1 - CE) q after k cycles and runs
 * out during the plating of cycle k + 1 once Q0 - k (1 - CE) q falls below q.</li>
 * </ul>
 */
class SymmetricInventoryTest {

    private static final String LOSSY = """
            material LossyPeo : polymer based on PEO {
                lithium plating loss = 10 %  source "test: a known coulombic efficiency"
            }
            """;

    private static RunResult run(String foil, String hours) {
        String cell = "    cathode Li { thickness " + foil + " }\n"
                + "    electrolyte {\n        polymer LossyPeo { end group methoxy }\n"
                + "        salt LiTFSI { ratio EO:Li 20 }\n        thickness 50 um\n    }\n"
                + "    anode Li { thickness " + foil + " }";
        String protocol = LOSSY + """
                protocol P {
                    temperature 60 °C
                    repeat until %s h {
                        plate at 0.1 mA/cm2 for 1 h
                        strip at 0.1 mA/cm2 for 1 h
                    }
                }
                """.formatted(hours);
        return SymmetricCellTest.run(cell, protocol, List.of("dead_lithium"), Map.of()).result();
    }

    /**
     * 5 um (1.031 mAh/cm2), q = 0.1 mAh/cm2, CE 0.90: the working electrode holds 1.031 - 0.01 k after k
     * cycles; the first k at which that is below 0.1 is 94, and the plating of cycle 95 empties it after
     * (1.031 - 0.94) / 0.1 = 0.91 h, at 2 x 94 + 0.91 = 188.9 h.
     */
    @Test
    void theWorkingElectrodeRunsOutWhenItsLossesAndTheChargeMovedUseItUp() {
        RunResult r = run("5 um", "400");
        assertEquals(RunStatus.STOPPED, r.getStatus(), r.getStopReason());
        assertTrue(r.getStopReason().startsWith("the working electrode (cathode's place) has no lithium left to strip"
                + " after 188.9"), r.getStopReason());
        assertTrue(r.getStopReason().contains("its 5 um held 1.03 mAh/cm2"), r.getStopReason());
        // what dead lithium took from it: 94 platings of 0.1 mAh/cm2 at 10 %
        assertTrue(r.getStopReason().contains("dead lithium: 0.94 mAh/cm2"), r.getStopReason());
    }

    /** 50 um (10.31 mAh/cm2) at the same loss last 2 x (10.31 - 0.1) / 0.01 = 2042 h: 400 h run whole. */
    @Test
    void aThickFoilOutlivesTheSameLoss() {
        RunResult r = run("50 um", "400");
        assertEquals(RunStatus.COMPLETED, r.getStatus(), r.getStopReason());
        System.out.printf(Locale.ROOT, "50 um: %d cycles%n", r.getCycles().size());
    }
}
