package org.interphase.mechanisms.oxidation.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.interphase.dsl.workspace.CellWorkspace;
import org.interphase.model.Cell;
import org.interphase.model.Document;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.solver.run.MechanismActivation;

/** A cell text loaded and resolved against the material library, as the tests of this bundle write their cells. */
final class TestDocuments {

    private TestDocuments() {
    }

    /** The text's document, its references resolved. */
    static Document load(String text) {
        CellWorkspace ws = new CellWorkspace();
        try {
            Resource r = ws.load("x.cell", text);
            ws.resolveAll();
            return (Document) r.getContents().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cell of the onset sweeps: 1 cm2, a working electrode (steel 'SS' or a cathode with its block), a polymer
     * with LiTFSI in an amount ('ratio EO:Li 20'), 50 um of film, 50 um of lithium.
     */
    static Cell sweepCell(String cathode, String polymer, String saltAmount) {
        String text = """
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
                """.formatted(cathode, polymer, saltAmount);
        return (Cell) load(text).getElements().get(0);
    }

    /** polymer_oxidation alone, on the interfaces of the cell it applies to. */
    static List<ActiveMechanism> polymerOxidation(Cell cell) {
        return MechanismActivation.activate(cell,
                List.of(MechanismRegistry.getDefault().get("polymer_oxidation").orElseThrow()), Map.of());
    }
}
