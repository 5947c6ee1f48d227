package org.interphase.mechanisms.oxidation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.interphase.model.results.GasAmounts;
import org.interphase.model.results.ImpedancePoint;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.model.results.TracePoint;
import org.interphase.testing.CellTexts;
import org.junit.jupiter.api.Test;

/**
 * What the multi-rate scheme reports besides the retention, against the same cell with every cycle
 * simulated (the reference, as in CollapseMultiRateTest): the running totals (the gases the acid's
 * crosstalk evolves, summed over the run) and the impedance spectra of cycles the scheme jumps over
 * (measured on the extrapolated state). The LAGP-coated LiCoO2 cell of examples/coatings.cell at C/5,
 * 60 °C, 100 cycles, a spectrum every 25 cycles. Before the running totals followed the bend of their
 * per-cycle rate, they went along the straight line of the last simulated cycle and overshot the slowing
 * gas rate: +2.4 % of H2 after 200 cycles of this cell, +3.8 % after 1000.
 */
class RunningTotalsMultiRateTest {

    private static final String CELL = """
            package t
            cell LagpLco {
                area 1 cm2
                cathode LCO {
                    loading 1.5 mAh/cm2
                    coating LAGP { thickness 20 nm  coverage 95 %  method ball_milling }
                }
                electrolyte {
                    polymer PEO { end group hydroxyl }
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }
            protocol P {
                temperature 60 °C
                repeat 100 {
                    charge at C/5 until 4.5 V
                    rest for 10 min
                    discharge at C/5 until 3.0 V
                    rest for 10 min
                }
                every 25 cycles {
                    impedance from 1 MHz to 0.1 Hz
                }
            }
            """;

    /** Gases summed over the run: at most this share of the full simulation's amount off. */
    private static final double GAS_BOUND = 0.01;
    /** Impedance spectra (real part at each frequency): at most this share off. */
    private static final double SPECTRUM_BOUND = 0.01;

    private static RunResult run(boolean multiRate) {
        RunResult result = CellTexts.cycle(CELL, CellTexts.allMechanisms(), Map.of(), multiRate);
        assertEquals(RunStatus.COMPLETED, result.getStatus(), result.getStopReason());
        assertEquals(100, result.getCycles().size());
        return result;
    }

    @Test
    void gasesAndJumpedSpectraFollowTheFullSimulation() {
        RunResult full = run(false);
        RunResult fast = run(true);
        GasAmounts a = full.getMetrics().getGas();
        GasAmounts b = fast.getMetrics().getGas();
        assertTrue(a.getH2() > 0.1, "the cell must evolve gas for the check to mean something: " + a.getH2() + " umol/cm2 H2");
        assertEquals(a.getH2(), b.getH2(), GAS_BOUND * a.getH2(), "H2");
        assertEquals(a.getCh4(), b.getCh4(), GAS_BOUND * a.getCh4(), "CH4");
        assertEquals(a.getCo(), b.getCo(), GAS_BOUND * a.getCo(), "CO");

        Set<Integer> simulated = new HashSet<>();
        for (TracePoint t : fast.getTrace()) {
            simulated.add(t.getCycle());
        }
        assertTrue(simulated.size() <= 50, "the multi-rate scheme simulated " + simulated.size() + " of 100 cycles");
        Map<String, Double> reference = new HashMap<>();
        for (ImpedancePoint p : full.getImpedance()) {
            reference.put(p.getCycle() + "@" + p.getFrequency(), p.getReal());
        }
        int jumpedSpectra = 0;
        for (ImpedancePoint p : fast.getImpedance()) {
            Double real = reference.get(p.getCycle() + "@" + p.getFrequency());
            assertTrue(real != null, "no spectrum at cycle " + p.getCycle() + " in the full simulation");
            assertEquals(real, p.getReal(), SPECTRUM_BOUND * real, "cycle " + p.getCycle() + ", " + p.getFrequency() + " Hz");
            if (!simulated.contains(p.getCycle())) {
                jumpedSpectra++;
            }
        }
        assertEquals(full.getImpedance().size(), fast.getImpedance().size());
        assertTrue(jumpedSpectra > 0, "no spectrum was measured on a jumped cycle");
    }
}
