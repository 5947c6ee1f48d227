package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interphase.solver.api.CellProperties;
import org.interphase.solver.cell.PolymerElectrolyte;
import org.interphase.model.Electrolyte;
import org.junit.jupiter.api.Test;

/**
 * Every salt of an electrolyte counts, not only the first written. The same LiTFSI written once at EO:Li 20,
 * or as two entries of EO:Li 40, is the same film by mass balance: each entry brings 1/40 mol Li+ per mol of
 * EO units, together 1/20, and the same mass of salt per EO. A property of the film cannot depend on how its
 * salt is split between lines, so concentration, conductivity, melting point and the solvent counted per Li
 * must agree; the engine used to read the first entry's EO:Li 40 for the conductivity law and the solvents,
 * and to count each entry's volume as if the other were absent.
 */
class SaltMixtureTest {

    private static Electrolyte electrolyte(String salts) {
        return TestCells.cell(TestCells.steelFilmText(salts)).getElectrolyte();
    }

    private static final String ONCE = "salt LiTFSI { ratio EO:Li 20 }";
    private static final String SPLIT = "salt LiTFSI { ratio EO:Li 40 }\n salt LiTFSI { ratio EO:Li 40 }";

    @Test
    void oneSaltSplitIntoTwoEntriesIsTheSameFilm() {
        PolymerElectrolyte once = PolymerElectrolyte.of(electrolyte(ONCE));
        PolymerElectrolyte split = PolymerElectrolyte.of(electrolyte(SPLIT));
        assertEquals(20, CellProperties.eoPerLi(electrolyte(SPLIT)), 1e-12);
        assertEquals(1, split.saltConcentration() / once.saltConcentration(), 1e-12);
        assertEquals(once.meltingPoint(), split.meltingPoint(), 1e-9);
        for (double kelvin : new double[] { 298.15, 333.15, 353.15 }) {
            assertEquals(1, split.conductivity(kelvin) / once.conductivity(kelvin), 1e-9, "at " + kelvin + " K");
        }
    }

    /**
     * A solvent given as a weight fraction is counted against what comes with one mole of Li+: DME at
     * 23.58 wt% of PEO-LiTFSI EO:Li 20 is 4 DME per Li (4 x 90.12 g in 20 x 44.053 + 287.07 + 360.48 g,
     * stoichiometry, as in CoordinationOnsetTest); split into two salt entries, still 4.
     */
    @Test
    void aSolventFractionIsCountedPerLiOfEverySalt() {
        String dme = "\n solvent DME { fraction 23.58 wt% }";
        assertEquals(4.0, CellProperties.solventsPerLi(electrolyte(ONCE + dme))[0], 0.01);
        assertEquals(4.0, CellProperties.solventsPerLi(electrolyte(SPLIT + dme))[0], 0.01);
    }
}
