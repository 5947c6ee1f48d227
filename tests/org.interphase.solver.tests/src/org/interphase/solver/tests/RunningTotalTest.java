package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.model.Cell;
import org.interphase.model.CellInterface;
import org.interphase.model.Document;
import org.interphase.model.InterfaceKind;
import org.interphase.model.Protocol;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.model.results.TracePoint;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.StateVariable;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.solver.run.ProtocolRunner;
import org.interphase.solver.run.Simulation;
import org.junit.jupiter.api.Test;

/**
 * A running total (StateVariable#total: a state that only adds up its rate and that nothing reads) limits no
 * jump of the multi-rate scheme, as the engine's own charges do not. The test process counts at a rate that
 * bends hard from cycle to cycle (proportional to the cube of the time) and acts on nothing: declared as an
 * ordinary state, its bend and third difference hold the jumps short; declared as a total, the run simulates the
 * cycles the same cell simulates without the process.
 */
class RunningTotalTest {

    private static final String PROTOCOL = """
            protocol P {
                temperature 60 °C
                repeat 60 {
                    charge at C/5 until 4.2 V
                    rest for 10 min
                    discharge at C/5 until 3.0 V
                    rest for 10 min
                }
            }
            """;

    /** The cycles the multi-rate scheme simulated, with the process (its state declared so) or without. */
    private static long simulated(StateVariable counted) {
        Document d = TestCells.document(TestCells.BARE_LCO + PROTOCOL);
        Cell cell = (Cell) d.getElements().get(0);
        List<ActiveMechanism> mechanisms = List.of();
        if (counted != null) {
            CellInterface where = cell.getInterfaces().stream()
                    .filter(i -> i.getKind() == InterfaceKind.CATHODE_ELECTROLYTE).findFirst().orElseThrow();
            InterfaceProcess p = InterfaceProcess.of(List.of(counted), (c, state, rates, effects) -> {
                double hours = c.time() / 3600;
                rates[0] = 1e-12 * hours * hours * hours; // mol/m2/s
            });
            mechanisms = List.of(new ActiveMechanism("test_total", where, p, Simulation.firstMechanismOffset()));
        }
        RunResult r = new ProtocolRunner(cell, (Protocol) d.getElements().get(1), mechanisms, () -> false, true).run();
        assertEquals(RunStatus.COMPLETED, r.getStatus(), r.getStopReason());
        assertEquals(60, r.getCycles().size());
        return r.getTrace().stream().mapToInt(TracePoint::getCycle).filter(k -> k > 0).distinct().count();
    }

    @Test
    void aRunningTotalLimitsNoJump() {
        long without = simulated(null);
        long ordinary = simulated(new StateVariable("test_count", "mol/m2", 0));
        long total = simulated(StateVariable.total("test_count", "mol/m2", 0));
        assertTrue(ordinary > without + 3, "an ordinary bending state holds the jumps short: " + ordinary
                + " simulated cycles against " + without + " without it");
        assertEquals(without, total, "a running total changes no jump");
    }

    @Test
    void aRunningTotalIsNotAWithinCycleState() {
        assertThrows(IllegalArgumentException.class, () -> new StateVariable("x", "C/m2", 0, true, false, true));
        StateVariable total = StateVariable.total("oxidation_charge", "C/m2", 0);
        assertTrue(total.total() && !total.withinCycle() && !total.fast());
    }
}
