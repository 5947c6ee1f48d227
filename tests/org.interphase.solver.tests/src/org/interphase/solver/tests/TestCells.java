package org.interphase.solver.tests;

import org.interphase.model.Cell;
import org.interphase.model.Document;
import org.interphase.model.results.RunResult;
import org.interphase.solver.cell.PolymerElectrolyte;
import org.interphase.testing.CellTexts;

/**
 * Cells for engine tests, written in the cell language and resolved against the material library (the set-up
 * every engine and mechanism test bundle shares is {@link CellTexts}).
 */
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

    /** The text's document, resolved and checked (a text with an error is refused). */
    static Document document(String text) {
        return CellTexts.checked(text);
    }

    /** Runs the first study of a text on its first cell, with the registered mechanisms, as interphase run does. */
    static RunResult run(String text) {
        return CellTexts.study(text);
    }

    static Cell cell(String text) {
        return (Cell) document(text).getElements().get(0);
    }

    /**
     * A 100 um PEO-LiTFSI film (EO:Li 20) between steel, with further lines of its electrolyte block (a filler, a
     * history; none: ""), as the engine builds it outside a run (its own phase, amorphous at the start).
     */
    static PolymerElectrolyte steelPeoFilm(String electrolyteLines) {
        return PolymerElectrolyte.of(steelPeoCell(electrolyteLines).getElectrolyte());
    }

    /** The cell of {@link #steelPeoFilm(String)}: a 100 um PEO-LiTFSI film (EO:Li 20) between steel. */
    static Cell steelPeoCell(String electrolyteLines) {
        return cell(steelPeoText(electrolyteLines));
    }

    /** The text of {@link #steelPeoCell(String)}, to which a test may add materials after its package line. */
    static String steelPeoText(String electrolyteLines) {
        return steelFilmText("salt LiTFSI { ratio EO:Li 20 }\n" + electrolyteLines);
    }

    /** The electrolyte lines of an annealed PEO-LiTFSI EO:Li 16.7 film, the domain brief's VFT composition. */
    static final String ANNEALED_16_7 = "salt LiTFSI { ratio EO:Li 16.7 }\nhistory annealed";

    /** A 100 um PEO film between steel whose electrolyte block has these lines besides its polymer (its salts, ...). */
    static String steelFilmText(String electrolyteLines) {
        return steelCellText("polymer PEO\n" + electrolyteLines);
    }

    /** A 100 um film between steel (cell G) whose electrolyte block has these lines besides its thickness. */
    static String steelCellText(String electrolyteLines) {
        return """
                package t
                cell G {
                    area 1 cm2
                    cathode SS
                    electrolyte {
                        %s
                        thickness 100 um
                    }
                    anode SS
                }
                """.formatted(electrolyteLines);
    }

    /** The film of {@link #steelFilmText(String)} as the engine builds it outside a run. */
    static PolymerElectrolyte steelFilm(String electrolyteLines) {
        return PolymerElectrolyte.of(cell(steelFilmText(electrolyteLines)).getElectrolyte());
    }
}
