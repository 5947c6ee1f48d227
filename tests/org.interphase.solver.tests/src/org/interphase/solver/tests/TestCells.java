package org.interphase.solver.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.workspace.CellWorkspace;
import org.interphase.dsl.workspace.Problem;
import org.interphase.model.Cell;
import org.interphase.model.Document;
import org.interphase.model.Study;
import org.interphase.model.results.RunResult;
import org.interphase.solver.cell.PolymerElectrolyte;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.study.StudyRunner;

/** Cells for engine tests, written in the cell language and resolved against the material library. */
final class TestCells {

    /** The lco-baseline example's cell: LCO 1.5 mAh/cm2, PEO-LiTFSI EO:Li 20, 50 um, Li. */
    static final String BARE_LCO = """
            package t
            cell BareLco {
                area 1 cm2
                cathode LCO { loading 1.5 mAh/cm2  carbon 5 wt% }
                electrolyte {
                    polymer PEO { end group hydroxyl }
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }
            """;

    private TestCells() {
    }

    /** The first cell and the first protocol of a text. */
    static Document document(String text) {
        CellWorkspace ws = new CellWorkspace();
        try {
            Resource r = ws.load("doc.cell", text);
            ws.resolveAll();
            List<Problem> errors = ws.validate(r, "doc.cell", CancelIndicator.NullImpl).stream()
                    .filter(p -> p.severity() == Problem.Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException("test document has errors: " + errors);
            }
            return (Document) r.getContents().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the first study of a text on its first cell, with the registered mechanisms, as interphase run does. */
    static RunResult run(String text) {
        Document d = document(text);
        Study study = d.getElements().stream().filter(Study.class::isInstance).map(Study.class::cast).findFirst()
                .orElseThrow();
        Cell cell = d.getElements().stream().filter(Cell.class::isInstance).map(Cell.class::cast).findFirst().orElseThrow();
        return new StudyRunner(MechanismRegistry.getDefault(), "test").run(study, cell, "0", () -> false);
    }

    static Cell cell(String text) {
        return (Cell) document(text).getElements().get(0);
    }

    /**
     * A 100 um PEO-LiTFSI film (EO:Li 20) between steel, with further lines of its electrolyte block (a filler, a
     * history; none: ""), as the engine builds it outside a run (its own phase, amorphous at the start).
     */
    static PolymerElectrolyte steelPeoFilm(String electrolyteLines) {
        Cell cell = cell("""
                package t
                cell G {
                    area 1 cm2
                    cathode SS
                    electrolyte {
                        polymer PEO
                        salt LiTFSI { ratio EO:Li 20 }
                        %s
                        thickness 100 um
                    }
                    anode SS
                }
                """.formatted(electrolyteLines));
        return PolymerElectrolyte.of(cell.getElectrolyte());
    }
}
