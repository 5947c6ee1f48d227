package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.interphase.model.Cell;
import org.interphase.model.Document;
import org.interphase.model.Protocol;
import org.interphase.model.results.ImpedancePoint;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.solver.impedance.CellCircuit;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.solver.run.MechanismActivation;
import org.interphase.solver.run.ProtocolRunner;
import org.junit.jupiter.api.Test;

/**
 * Impedance spectra of a cycling run show the aged cathode (issue 12 item 7: they used the fresh
 * charge-transfer resistance): a cathode that kept a fraction c of its contact has R_ct / c (domain brief:
 * lost contact concentrates the charge-transfer current on what is left), the resistance the cycling
 * itself sees.
 */
class AgedImpedanceTest {

    private static final String PROTOCOL = """
            protocol P {
                temperature 60 °C
                repeat 2 {
                    charge at C/5 until 4.2 V
                    discharge at C/5 until 3.0 V
                }
                every 2 cycles {
                    impedance from 1 MHz to 1 mHz
                }
            }
            """;

    private static RunResult run(boolean losesContact) {
        Document d = TestCells.document(TestCells.BARE_LCO + PROTOCOL);
        Cell cell = (Cell) d.getElements().get(0);
        List<ActiveMechanism> mechanisms = losesContact ? MechanismActivation.activate(cell,
                List.of(MechanismRegistry.getDefault().get("test_contact_loss").orElseThrow()), Map.of()) : List.of();
        return new ProtocolRunner(cell, (Protocol) d.getElements().get(1), mechanisms, () -> false).run();
    }

    private static double lowFrequencyReal(RunResult r) {
        return r.getImpedance().stream().min((a, b) -> Double.compare(a.getFrequency(), b.getFrequency()))
                .map(ImpedancePoint::getReal).orElseThrow();
    }

    @Test
    void theSpectrumShowsTheChargeTransferOfTheContactLeft() {
        RunResult fresh = run(false);
        RunResult aged = run(true);
        assertEquals(RunStatus.COMPLETED, aged.getStatus(), aged.getStopReason());
        // the test mechanism removes 2e-6 of the contact per second, so at the spectrum (the end of cycle 2)
        double end = aged.getTrace().stream().mapToDouble(p -> p.getTime()).max().orElseThrow();
        double contact = 1 - 2e-6 * end;
        assertTrue(contact < 0.9 && contact > 0.5, "contact " + contact);
        Cell cell = (Cell) TestCells.document(TestCells.BARE_LCO).getElements().get(0);
        double rct = CellCircuit.of(cell, 333.15).get(0).resistance() * 1e4; // ohm cm2, fresh
        // at 1 mHz every arc is closed: Z' is the sum of the resistances, so the aged cathode adds R_ct (1/c - 1)
        assertEquals(rct * (1 / contact - 1), lowFrequencyReal(aged) - lowFrequencyReal(fresh), 0.01 * rct * (1 / contact - 1));
    }
}
