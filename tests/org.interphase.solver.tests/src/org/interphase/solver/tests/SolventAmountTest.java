package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.interphase.model.Cell;
import org.interphase.solver.cell.CellModelException;
import org.interphase.solver.cell.PolymerElectrolyte;
import org.interphase.solver.cell.Solvation;
import org.interphase.testing.CellTexts;
import org.junit.jupiter.api.Test;

/**
 * A solvent given as a fraction of the electrolyte counts (issue 12 item 5a): before, only a ratio per Li was
 * read and 'fraction' was silently dropped, so PEO/LiFSI with 22.8 wt% DME had the salt concentration of the
 * solvent-free film. The reference compositions are stoichiometry by hand (IUPAC atomic weights; densities
 * from the library's sources: DME 0.8683 g/cm3, CRC Handbook; PEO 1.25 g/cm3; LiFSI 1.3 g/cm3, estimate).
 */
class SolventAmountTest {

    private static Cell cell(String solvent) {
        return TestCells.cell(text(solvent));
    }

    /** The cell as parsed, without the checker (which refuses these amounts first: ValidationTest). */
    private static Cell unchecked(String solvent) {
        return (Cell) CellTexts.load(text(solvent)).getElements().get(0);
    }

    private static String text(String solvent) {
        return ("""
                package t
                cell G {
                    area 1 cm2
                    cathode SS
                    electrolyte {
                        polymer PEO
                        salt LiFSI { ratio EO:Li 0.6 }
                        %s
                        thickness 100 um
                    }
                    anode SS
                }
                """).formatted(solvent);
    }

    /**
     * Li(DME)0.7FSI in PEO at EO:Li 0.6: per mole of salt 0.6 x 44.053 = 26.43 g of EO, 187.06 g of LiFSI and
     * 0.7 x 90.12 = 63.08 g of DME, so DME is 63.08 / 276.57 = 22.81 wt% of the electrolyte. Written either way
     * it is the same electrolyte: 0.7 DME per Li and (26.43/1.25 + 187.06/1.3 + 63.08/0.8683 = 237.7 cm3)^-1
     * = 4.21 mol/L of salt. Without the fraction counted it was 1/(21.15 + 143.89 cm3) = 6.06 mol/L.
     */
    @Test
    void aWeightFractionIsTheSameElectrolyteAsItsRatioPerLi() {
        Cell byFraction = cell("solvent DME { fraction 22.81 wt% }");
        assertEquals(0.7, Solvation.perLi(byFraction.getElectrolyte())[0], 0.002);
        assertEquals(4205, PolymerElectrolyte.of(byFraction.getElectrolyte()).saltConcentration(), 10);
        assertEquals(4205, PolymerElectrolyte.of(cell("solvent DME { ratio DME:Li 0.7 }").getElectrolyte())
                .saltConcentration(), 10);
    }

    /**
     * By volume: 63.08 / 0.8683 = 72.65 cm3 of DME in 237.7 cm3 is 30.57 vol%; 0.7 DME per Li again.
     */
    @Test
    void aVolumeFractionCountsByVolume() {
        assertEquals(0.7, Solvation.perLi(cell("solvent DME { fraction 30.57 vol% }").getElectrolyte())[0], 0.002);
    }

    /** A mole fraction of what is not said, a ratio per EO and fractions of 100 % are refused with the reason. */
    @Test
    void amountsThatCannotBeCountedAreRefused() {
        assertThrows(CellModelException.class,
                () -> Solvation.perLi(unchecked("solvent DME { fraction 10 mol% }").getElectrolyte()));
        assertThrows(CellModelException.class,
                () -> Solvation.perLi(unchecked("solvent DME { ratio DME:EO 0.1 }").getElectrolyte()));
        assertThrows(CellModelException.class, () -> Solvation.perLi(
                unchecked("solvent DME { fraction 60 wt% }\n solvent G4 { fraction 40 wt% }").getElectrolyte()));
    }
}
