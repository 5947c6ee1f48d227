package org.interphase.mechanisms.oxidation.tests;

import java.util.List;

import org.interphase.model.Cell;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.testing.CellTexts;

/** The cell of this bundle's onset sweeps, written through the shared {@link CellTexts}. */
final class SweepCells {

    private SweepCells() {
    }

    /**
     * 1 cm2, a working electrode (steel 'SS' or a cathode with its block), a polymer with LiTFSI in an amount
     * ('ratio EO:Li 20'), 50 um of film, 50 um of lithium.
     */
    static Cell sweepCell(String cathode, String polymer, String saltAmount) {
        return CellTexts.cell("""
                package t
                cell X {
                    area 1 cm2
                    cathode %s
                    electrolyte {
                        polymer %s
                        salt LiTFSI { %s }
                        thickness 50 um
                    }
                    anode Li { thickness 50 um }
                }
                """.formatted(cathode, polymer, saltAmount));
    }

    /** polymer_oxidation alone, on the interfaces of the cell it applies to. */
    static List<ActiveMechanism> polymerOxidation(Cell cell) {
        return CellTexts.activate(cell, "polymer_oxidation");
    }
}
