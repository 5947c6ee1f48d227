package org.interphase.mechanisms.anode.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.interphase.model.results.CycleRecord;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.testing.CellTexts;
import org.junit.jupiter.api.Test;

/**
 * The lithium inventory of full LFP|PEO-LiTFSI|Li cells (issue 12), with dead_lithium the only mechanism,
 * so the only lithium lost is the share 1 - CE of each plated charge. The references follow from the
 * definitions, not from the engine:
 * <ul>
 * <li>a foil of thickness t holds Q_Li = t rho q, rho = 0.534 g/cm3 (CRC Handbook) and q = F / M =
 * 96485 C/mol / 6.941 g/mol = 3861 mAh/g: 2.062 mAh/cm2 per 10 um;</li>
 * <li>CE is the share of the plated lithium that can be stripped back (Aurbach's and Adams et al.'s
 * definition, Adv. Energy Mater. 8 (2018) 1702097), so a cell cycling a capacity Q loses (1 - CE) Q per
 * cycle, and its excess lithium lasts n = Q_Li / ((1 - CE) Q) cycles; after that every discharge returns
 * only CE times what the charge before it plated, so consecutive discharges fall by the factor CE (the
 * "sudden death" or knee of a lithium-metal cell), and an anode-free cell (no excess at all) does so
 * from the first cycle, with a coulombic efficiency of exactly CE in every cycle.</li>
 * </ul>
 */
class FullCellInventoryTest {

    /** 0.534 g/cm3 x 3861 mAh/g, per um of foil, mAh/cm2. */
    private static final double MAH_PER_UM = 1e-4 * 0.534 * 96485.33 / 6.941 / 3.6;

    private static RunResult run(String foil, double loss, int cycles, boolean multiRate) {
        String text = """
                package t
                material LossyPeo : polymer based on PEO {
                    lithium plating loss = %s %%  source "test: a known coulombic efficiency"
                }
                cell X {
                    area 1 cm2
                    cathode LFP { loading 1.0 mAh/cm2 }
                    electrolyte {
                        polymer LossyPeo { end group methoxy }
                        salt LiTFSI { ratio EO:Li 20 }
                        thickness 50 um
                    }
                    anode Li { thickness %s }
                }
                protocol P {
                    temperature 60 °C
                    repeat %d {
                        charge at C/5 until 3.8 V
                        discharge at C/5 until 2.5 V
                    }
                }
                """.formatted(String.format(Locale.ROOT, "%.4g", 100 * loss), foil, cycles);
        RunResult result = CellTexts.cycle(text, CellTexts.mechanisms("dead_lithium"), Map.of(), multiRate);
        System.out.printf(Locale.ROOT, "foil %s, loss %.3f, multi-rate %s: %s %s, %d cycles, retention %.2f %%, lithium left %s%n",
                foil, loss, multiRate, result.getStatus(), result.getStopReason(), result.getCycles().size(),
                result.getMetrics().getCapacityRetention(), result.getMetrics().getLithiumRemaining());
        return result;
    }

    /** The first cycle whose discharge fell below 99.5 % of the first one: the knee. */
    private static int knee(RunResult r) {
        return r.getCycles().stream().filter(c -> c.getCapacityRetention() < 99.5).mapToInt(CycleRecord::getCycle)
                .findFirst().orElse(Integer.MAX_VALUE);
    }

    /**
     * 5 um of lithium (1.031 mAh/cm2) and CE 0.90: the excess lasts n = Q_Li / ((1 - CE) Q) cycles with
     * Q the charge plated per cycle, so the knee comes in cycle n + 1 (within one cycle: the charge
     * plated per cycle is read from the run, and the cycle where the inventory crosses zero is a whole
     * number); after it each discharge is CE times the one before.
     */
    @Test
    void theExcessLithiumLastsQOverTheLossPerCycleThenEachDischargeFallsByCe() {
        double loss = 0.10;
        RunResult r = run("5 um", loss, 30, false);
        assertEquals(RunStatus.COMPLETED, r.getStatus(), r.getStopReason());
        List<CycleRecord> c = r.getCycles();
        double q = c.get(2).getChargeCapacity(); // plated per cycle once the cycling is steady
        double n = 5 * MAH_PER_UM / (loss * q);
        int knee = knee(r);
        assertTrue(Math.abs(knee - (n + 1)) <= 1.0, "knee in cycle " + knee + ", expected after n = " + n);
        for (int k = knee + 2; k < c.size(); k++) {
            double ratio = c.get(k).getDischargeCapacity() / c.get(k - 1).getDischargeCapacity();
            assertEquals(1 - loss, ratio, 0.01, "cycle " + (k + 1));
        }
    }

    /**
     * An anode-free cell (no lithium on the anode as built) strips back exactly what survives of each
     * plating: its coulombic efficiency is CE in every cycle, and its discharge after k cycles is
     * CE^(k-1) of the first one.
     */
    @Test
    void anAnodeFreeCellCyclesAtItsPlatingEfficiencyFromTheFirstCycle() {
        double loss = 0.08;
        RunResult r = run("0 um", loss, 12, false);
        assertEquals(RunStatus.COMPLETED, r.getStatus(), r.getStopReason());
        for (CycleRecord c : r.getCycles()) {
            assertEquals(100 * (1 - loss), c.getCoulombicEfficiency(), 0.05, "cycle " + c.getCycle());
        }
        double expected = 100 * Math.pow(1 - loss, 11);
        assertEquals(expected, r.getMetrics().getCapacityRetention(), 0.02 * expected);
        assertEquals(0, r.getMetrics().getLithiumRemaining(), 1e-3);
    }

    /**
     * The same cell with 5 um and 50 um of lithium at PEO-LiTFSI's 5 %: the thin foil (n ~ 21 cycles)
     * dies within 40 cycles, the thick one (n ~ 210) keeps its capacity, and what it has left is its
     * 10.31 mAh/cm2 less 5 % of all it plated.
     */
    @Test
    void aThinFoilDiesWhereAThickOneDoesNot() {
        RunResult thin = run("5 um", 0.05, 40, false);
        RunResult thick = run("50 um", 0.05, 40, false);
        assertTrue(thin.getMetrics().getCapacityRetention() < 50, "thin " + thin.getMetrics().getCapacityRetention());
        assertTrue(thick.getMetrics().getCapacityRetention() > 99, "thick " + thick.getMetrics().getCapacityRetention());
        double plated = thick.getCycles().stream().mapToDouble(CycleRecord::getChargeCapacity).sum();
        double expected = 50 * MAH_PER_UM - 0.05 * plated;
        assertEquals(expected, thick.getMetrics().getLithiumRemaining(), 0.005 * expected);
    }

    /**
     * At CE 0.5 an anode-free cell's discharge falls below 1 % of its first (the engine's least measurable
     * discharge) once 0.5^(k-1) < 0.01, in cycle k = 8: the run stops there and says why.
     */
    @Test
    void aCellWhoseLithiumIsGoneStopsWithTheReason() {
        RunResult r = run("0 um", 0.5, 20, false);
        assertEquals(RunStatus.STOPPED, r.getStatus(), r.getStopReason());
        assertTrue(r.getStopReason().startsWith("the lithium anode is used up"), r.getStopReason());
        assertTrue(r.getStopReason().contains("the cell can no longer cycle"), r.getStopReason());
        assertEquals(8, r.getCycles().size(), r.getStopReason());
    }

    /**
     * The multi-rate scheme jumps over cycles before the knee but not into it, and simulates every cycle
     * after it: every cycle within 1 point of retention of the full simulation.
     */
    @Test
    void theMultiRateSchemeFollowsTheKnee() {
        RunResult full = run("5 um", 0.05, 60, false);
        RunResult jumped = run("5 um", 0.05, 60, true);
        assertEquals(full.getCycles().size(), jumped.getCycles().size());
        for (int k = 0; k < full.getCycles().size(); k++) {
            assertEquals(full.getCycles().get(k).getCapacityRetention(), jumped.getCycles().get(k).getCapacityRetention(),
                    1.0, "cycle " + (k + 1));
        }
    }
}
