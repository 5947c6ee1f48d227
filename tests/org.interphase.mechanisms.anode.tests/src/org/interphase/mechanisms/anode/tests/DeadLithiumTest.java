package org.interphase.mechanisms.anode.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.interphase.model.results.CycleRecord;
import org.junit.jupiter.api.Test;

/**
 * dead_lithium in symmetric Li|PEO-LiTFSI|Li cells plated and stripped at 60 °C: the lithium each plating
 * loses, and the porous layer that lost lithium builds.
 */
class DeadLithiumTest {

    private static final double Q = 0.1 * 3.6; // C/cm2 plated on each electrode per cycle (0.1 mA/cm2 for 1 h)
    private static final int CYCLES = 20;

    private static final String PLATE_STRIP = """
            protocol PlateStrip {
                temperature 60 °C
                repeat %d {
                    plate at 0.1 mA/cm2 for 1 h
                    strip at 0.1 mA/cm2 for 1 h
                }
            }
            """.formatted(CYCLES);

    /** The same PEO with reversible plating, so that a run with it is the bulk alone. */
    private static final String REVERSIBLE = """
            material ReversiblePeo : polymer based on PEO {
                lithium plating loss = 0 %  source "test: no lithium lost"
            }
            """;

    private static SymmetricCellTest.Run cycle(String polymer, double porosity) {
        return cycle(polymer, porosity, 0);
    }

    private static SymmetricCellTest.Run cycle(String polymer, double porosity, double polarisation) {
        String cell = """
                    cathode Li { thickness 50 um }
                    electrolyte {
                        polymer %s { end group methoxy }
                        salt LiTFSI { ratio EO:Li 20 }
                        thickness 50 um
                    }
                    anode Li { thickness 50 um }
                """.formatted(polymer);
        return SymmetricCellTest.run(cell, REVERSIBLE + PLATE_STRIP, List.of("dead_lithium"),
                Map.of("dead_lithium", Map.of("dead lithium porosity", porosity, "layer concentration polarisation", polarisation)));
    }

    private static CycleRecord last(SymmetricCellTest.Run r) {
        List<CycleRecord> cycles = r.result().getCycles();
        assertEquals(CYCLES, cycles.size());
        return cycles.get(cycles.size() - 1);
    }

    /**
     * Dry PEO-based polymer electrolytes with LiTFSI stay below 95 % coulombic efficiency of lithium
     * plating/stripping in Li|SPE|Cu cells (Bar-Lev et al., ACS Appl. Mater. Interfaces 16 (2024) 66159:
     * only LiFSI-based dry SPEs exceed 95 %). The lithium each electrode loses per plated charge, the
     * engine's side charge of a cycle over the charge plated on the two electrodes, must give a CE no
     * higher than that; without the mechanism nothing is lost and the CE is 100 %.
     */
    @Test
    void platingInPeoLiTfsiLosesWhatItsCoulombicEfficiencySays() {
        CycleRecord r = last(cycle("PEO", 0.5));
        double lostPerCycle = r.getSideCharge() * 3.6; // mAh/cm2 -> C/cm2
        double efficiency = 1 - lostPerCycle / (2 * Q);
        assertTrue(efficiency <= 0.95 + 1e-6, "CE " + efficiency);
        assertTrue(efficiency > 0.8, "CE " + efficiency);
    }

    /**
     * The porous layer is an effective medium of insulating solid in the polymer (Bruggeman,
     * Ann. Phys. 416 (1935) 636: sigma_eff = sigma eps^1.5 for spheres). After N cycles each electrode
     * holds n = N (1 - CE) Q / F of inactive lithium of molar volume 6.941 g/mol / 0.534 g/cm3 =
     * 13.0 cm3/mol (handbook atomic mass and density), a layer n V / (1 - eps) thick, so the two layers add
     * 2 n V / ((1 - eps) sigma eps^1.5) to the bulk's L / sigma: the ratio of the added resistance to the
     * bulk's is independent of the polymer's conductivity. Checked at two porosities.
     */
    @Test
    void theDeadLithiumLayerResistsAsABruggemanMedium() {
        double bulk = last(cycle("ReversiblePeo", 0.5)).getResistance();
        double film = 50e-4; // cm
        double n = CYCLES * 0.05 * Q / 96485.33; // mol/cm2 per electrode, 5 % lost (PEO's library value)
        for (double eps : new double[] { 0.3, 0.6 }) {
            double added = last(cycle("PEO", eps)).getResistance() - bulk;
            double expected = 2 * n * 13.0 / (1 - eps) / Math.pow(eps, 1.5) * bulk / film;
            assertEquals(expected, added, expected * 0.01, "porosity " + eps);
        }
    }

    /**
     * With its salt gradient settled, a layer of a binary electrolyte resists as its ohmic resistance over t+: the
     * steady current through an electrolyte between lithium electrodes under a small voltage is t+ of the initial one
     * (Bruce and Vincent, J. Electroanal. Chem. 225 (1987) 1, dilute ideal salt). PEO-LiTFSI's t+ is 0.25 in the
     * library (domain brief: 0.2-0.3), so the layers add four times what their Bruggeman conduction alone adds.
     */
    @Test
    void aSettledLayerResistsAsItsOhmicResistanceOverTheTransferenceNumber() {
        double bulk = last(cycle("ReversiblePeo", 0.5)).getResistance();
        double ohmic = last(cycle("PEO", 0.5, 0)).getResistance() - bulk;
        double settled = last(cycle("PEO", 0.5, 1)).getResistance() - bulk;
        assertEquals(1 / 0.25, settled / ohmic, 0.01 / 0.25);
    }
}
