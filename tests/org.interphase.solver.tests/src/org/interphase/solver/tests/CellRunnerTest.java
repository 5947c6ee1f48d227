package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.interphase.model.Cell;
import org.interphase.model.Document;
import org.interphase.model.Protocol;
import org.interphase.solver.run.CellRunner;
import org.interphase.solver.run.ProtocolRunner;
import org.interphase.solver.run.StaticCellRunner;
import org.interphase.solver.run.SymmetricCellRunner;
import org.junit.jupiter.api.Test;

/**
 * The working electrode chooses the runner in one place (issue 12 item 2): a lithium-storing cathode
 * cycles, lithium against lithium plates and strips, a blocking electrode (steel) sweeps. The three kinds
 * are those of the examples (lco-baseline.cell, anode.cell, lsv-onset.cell).
 */
class CellRunnerTest {

    private static final String CELLS = """
            package t
            cell Full {
                area 1 cm2
                cathode LCO { loading 1.5 mAh/cm2 }
                electrolyte { polymer PEO { end group methoxy } salt LiTFSI { ratio EO:Li 20 } thickness 50 um }
                anode Li { thickness 50 um }
            }
            cell Symmetric {
                area 1 cm2
                cathode Li { thickness 50 um }
                electrolyte { polymer PEO { end group methoxy } salt LiTFSI { ratio EO:Li 20 } thickness 50 um }
                anode Li { thickness 50 um }
            }
            cell Blocking {
                area 1 cm2
                cathode SS
                electrolyte { polymer PEO { end group methoxy } salt LiTFSI { ratio EO:Li 20 } thickness 50 um }
                anode Li { thickness 50 um }
            }
            protocol Rest {
                temperature 60 °C
                rest for 1 h
            }
            """;

    @Test
    void theWorkingElectrodeChoosesTheRunner() {
        Document d = TestCells.document(CELLS);
        Protocol protocol = d.getElements().stream().filter(Protocol.class::isInstance).map(Protocol.class::cast)
                .findFirst().orElseThrow();
        assertEquals(ProtocolRunner.class, runnerOf(d, "Full", protocol));
        assertEquals(SymmetricCellRunner.class, runnerOf(d, "Symmetric", protocol));
        assertEquals(StaticCellRunner.class, runnerOf(d, "Blocking", protocol));
    }

    private static Class<?> runnerOf(Document d, String name, Protocol protocol) {
        Cell cell = d.getElements().stream().filter(Cell.class::isInstance).map(Cell.class::cast)
                .filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
        return CellRunner.of(cell, protocol, List.of(), () -> false, 1e-1).getClass();
    }
}
