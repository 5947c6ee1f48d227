package org.interphase.mechanisms.anode.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.testing.CellTexts;
import org.junit.jupiter.api.Test;

/**
 * A full LCO|PEO-LiTFSI|Li cell where salt transport matters: 100 um of electrolyte at 60 °C charged at
 * C/2 (0.75 mA/cm2, more than half the film's limiting current), so the concentration overpotential
 * brings the 4.2 V cut-off forward, and the SEI that anode_reduction grows on the lithium makes that
 * worse cycle by cycle.
 */
class TransportCyclingTest {

    private static RunResult run(String thickness, String rate, int cycles, boolean multiRate) {
        String text = """
                package t
                cell X {
                    area 1 cm2
                    cathode LCO { loading 1.5 mAh/cm2 }
                    electrolyte {
                        polymer PEO { end group methoxy }
                        salt LiTFSI { ratio EO:Li 20 }
                        thickness %s
                    }
                    anode Li { thickness 50 um }
                }
                protocol P {
                    temperature 60 °C
                    repeat %d {
                        charge at %s until 4.2 V
                        rest for 10 min
                        discharge at %s until 3.0 V
                        rest for 10 min
                    }
                }
                """.formatted(thickness, cycles, rate, rate);
        RunResult result = CellTexts.cycle(text, CellTexts.mechanisms("anode_reduction", "dendrite_growth"), Map.of(),
                multiRate);
        System.out.printf(java.util.Locale.ROOT, "%s %s multi-rate %s: %s %s, retention %.2f %%, first charge %.4f mAh/cm2%n",
                thickness, rate, multiRate, result.getStatus(), result.getStopReason(),
                result.getMetrics().getCapacityRetention(), result.getCycles().get(0).getChargeCapacity());
        return result;
    }

    /** Thicker film, same rate: the salt polarisation alone takes capacity off the first charge. */
    @Test
    void saltPolarisationCutsTheChargeOfAThickFilm() {
        RunResult thin = run("20 um", "C/2", 1, false);
        RunResult thick = run("100 um", "C/2", 1, false);
        double ratio = thick.getCycles().get(0).getChargeCapacity() / thin.getCycles().get(0).getChargeCapacity();
        assertTrue(ratio < 0.98, "100 um delivers " + ratio + " of 20 um's first charge");
    }

    /** The multi-rate scheme stays within 1 percentage point of retention of the full simulation, every cycle. */
    @Test
    void multiRateStaysWithinOnePointWhereTransportMatters() {
        RunResult full = run("100 um", "C/2", 100, false);
        RunResult fast = run("100 um", "C/2", 100, true);
        assertEquals(RunStatus.COMPLETED, full.getStatus(), full.getStopReason());
        assertEquals(100, fast.getCycles().size());
        assertTrue(full.getMetrics().getCapacityRetention() < 99.5, "the cell must fade for the bound to mean something: "
                + full.getMetrics().getCapacityRetention());
        for (int k = 0; k < 100; k++) {
            assertEquals(full.getCycles().get(k).getCapacityRetention(), fast.getCycles().get(k).getCapacityRetention(),
                    1.0, "cycle " + (k + 1));
        }
        // the bound means something only if the scheme jumped: a jumped row repeats the side charge and
        // efficiency of the simulated row before it, a simulated row never does (its charges differ)
        int jumped = 0;
        for (int k = 1; k < 100; k++) {
            var a = fast.getCycles().get(k - 1);
            var b = fast.getCycles().get(k);
            if (a.getSideCharge() == b.getSideCharge() && a.getCoulombicEfficiency() == b.getCoulombicEfficiency()) {
                jumped++;
            }
        }
        System.out.println("multi-rate jumped " + jumped + " of 100 cycles");
        assertTrue(jumped >= 50, "the multi-rate scheme jumped only " + jumped + " of 100 cycles");
    }
}
