package org.interphase.mechanisms.oxidation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.interphase.model.Cell;
import org.interphase.model.Document;
import org.interphase.model.Protocol;
import org.interphase.model.results.GasAmounts;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.solver.api.StateVariable;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.solver.run.MechanismActivation;
import org.interphase.solver.run.ProtocolRunner;
import org.interphase.testing.CellTexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * acid_crosstalk's acid is a fast state (StateVariable#fast), integrated exponentially by the cycling
 * engine; the reference is the same cell with the acid an ordinary state, left to the explicit
 * integrator, whose stability then sets the step (about 70 s to leave the film). The LAGP-coated
 * LiCoO2 cell of examples/coatings.cell (the benchmark cell) with every mechanism, C/5, 60 °C, 100 cycles.
 * The reference integrates within-cycle states to a relative 1e-3 (Tolerances.WITHIN_CYCLE_FACTOR), so
 * the acid's consequences can differ by about that much between the two.
 */
class FastAcidTest {

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
                anode Li { thickness 250 um }
            }
            protocol P {
                temperature 60 °C
                repeat 100 {
                    charge at C/5 until 4.5 V
                    rest for 10 min
                    discharge at C/5 until 3.0 V
                    rest for 10 min
                }
            }
            """;

    /** Retention, points: the fast scheme against the reference, every cycle simulated. */
    private static final double RETENTION_BOUND = 0.02;
    /** Gases (driven by the acid as it leaves and while it stays): share of the reference's amount. */
    private static final double GAS_BOUND = 3e-3;
    /** The multi-rate scheme's bound against the full simulation, points (issue 15). */
    private static final double MULTI_RATE_BOUND = 1.0;

    private static RunResult reference;

    private static RunResult run(boolean multiRate, boolean fastAcid) {
        Document d = CellTexts.load(CELL);
        Cell cell = CellTexts.first(d, Cell.class);
        Protocol p = CellTexts.first(d, Protocol.class);
        List<ActiveMechanism> active = MechanismActivation.activate(cell, CellTexts.allMechanisms(), Map.of());
        assertTrue(active.stream().anyMatch(m -> m.mechanismId().equals("acid_crosstalk")), "acid_crosstalk must act");
        if (!fastAcid) {
            active = active.stream().map(m -> new ActiveMechanism(m.mechanismId(), m.where(), m.process(), m.offset(),
                    m.state().stream().map(v -> new StateVariable(v.name(), v.unit(), v.initial(), v.withinCycle())).toList(),
                    m.contributor(), m.watch())).toList();
        }
        RunResult result = new ProtocolRunner(cell, p, active, () -> false, multiRate).run();
        assertEquals(RunStatus.COMPLETED, result.getStatus(), result.getStopReason());
        assertEquals(100, result.getCycles().size());
        return result;
    }

    @BeforeAll
    static void runReference() {
        reference = run(false, false);
    }

    @Test
    void theFastAcidFollowsTheExplicitIntegration() {
        RunResult fast = run(false, true);
        for (int k = 0; k < 100; k++) {
            assertEquals(reference.getCycles().get(k).getCapacityRetention(), fast.getCycles().get(k).getCapacityRetention(),
                    RETENTION_BOUND, "cycle " + (k + 1));
        }
        GasAmounts a = reference.getMetrics().getGas();
        GasAmounts b = fast.getMetrics().getGas();
        assertTrue(a.getH2() > 0.1, "the acid must evolve gas for the check to mean something: " + a.getH2() + " umol/cm2 H2");
        assertEquals(a.getH2(), b.getH2(), GAS_BOUND * a.getH2(), "H2 (acid reduced at the lithium)");
        assertEquals(a.getCh4(), b.getCh4(), GAS_BOUND * a.getCh4(), "CH4 (chain scissions by the acid)");
        assertEquals(a.getCo(), b.getCo(), GAS_BOUND * a.getCo(), "CO");
    }

    @Test
    void theMultiRateSchemeWithTheFastAcidStaysWithinOnePoint() {
        RunResult fast = run(true, true);
        for (int k = 0; k < 100; k++) {
            assertEquals(reference.getCycles().get(k).getCapacityRetention(), fast.getCycles().get(k).getCapacityRetention(),
                    MULTI_RATE_BOUND, "cycle " + (k + 1));
        }
    }
}
