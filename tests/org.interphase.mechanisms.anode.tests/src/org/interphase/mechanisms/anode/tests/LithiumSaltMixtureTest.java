package org.interphase.mechanisms.anode.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.interphase.model.Cell;
import org.interphase.model.InterfaceKind;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.solver.run.MechanismActivation;
import org.interphase.testing.CellTexts;
import org.interphase.testing.RecordedEffects;
import org.junit.jupiter.api.Test;

/**
 * What the lithium sees of a salt mixture (issue 12, item 7; anode_reduction 0.5.0, dead_lithium 0.4.0;
 * docs/engine.md "Several salts"). Until then the lithium side read the first salt, in the order the cell lists
 * them, that gives a lithium-side property in the library: the same film written in another order had another
 * SEI, and a trace of LiFSI made a LiTFSI film plate like a LiFSI one. What any mixture rule must give, and these
 * tests check against the library's single-salt values (J. Power Sources 94 (2001) 201 for the SEI of LiTFSI and
 * LiClO4, Bar-Lev et al. 2024 for LiFSI's plating loss, PEO's own loss for LiTFSI, which gives none):
 * <ul>
 * <li>one film is one film: the order of the salts, or one salt written as two entries of twice the ratio, changes
 * nothing;</li>
 * <li>a vanishing amount of a second salt changes the lithium side by a vanishing amount (continuity).</li>
 * </ul>
 */
class LithiumSaltMixtureTest {

    private static final double F = 96485.33212;
    /** A plating current density, A/m2 (1 mA/cm2). */
    private static final double J = 10;
    /** An SEI thickness, m. */
    private static final double SEI = 10e-9;

    /** Li|PEO|Li, 50 um each, with these salt entries in the electrolyte. */
    static Cell liPeoLi(String salts) {
        return CellTexts.cell("""
                package t
                cell X {
                    area 1 cm2
                    cathode Li { thickness 50 um }
                    electrolyte {
                        polymer PEO
                        %s
                        thickness 50 um
                    }
                    anode Li { thickness 50 um }
                }
                """.formatted(salts));
    }

    private static ActiveMechanism anode(String salts, String id) {
        Cell cell = liPeoLi(salts);
        return MechanismActivation.activate(cell, CellTexts.mechanisms(id), Map.of()).stream()
                .filter(m -> m.mechanismId().equals(id) && m.where() == CellTexts.side(cell, InterfaceKind.ANODE_ELECTROLYTE))
                .findFirst().orElseThrow();
    }

    /** dead_lithium's share of each plating lost (1 - CE of plating): lithium lost per lithium plated. */
    private static double platingLoss(String salts) {
        ActiveMechanism m = anode(salts, "dead_lithium");
        RecordedEffects e = new RecordedEffects();
        m.process().evaluate(new Conditions(0, 333.15, 0, J, 0), new double[m.size()], new double[m.size()], e);
        return e.lithiumLoss / (J / F);
    }

    /** anode_reduction's SEI conductivity at 25 °C (its reference temperature), S/m: thickness over resistance. */
    private static double seiConductivity(String salts) {
        ActiveMechanism m = anode(salts, "anode_reduction");
        double[] state = new double[m.size()];
        state[0] = SEI;
        RecordedEffects e = new RecordedEffects();
        m.process().evaluate(new Conditions(0, 298.15, 0, 0, 0), state, new double[m.size()], e);
        return SEI / e.film;
    }

    private static String salts(String... entries) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < entries.length; i += 2) {
            b.append("salt ").append(entries[i]).append(" { ratio EO:Li ").append(entries[i + 1]).append(" }\n");
        }
        return b.toString();
    }

    @Test
    void oneFilmWrittenInAnyOrderOrSplitHasOneLithiumSide() {
        // LiTFSI and LiClO4, one mole each (EO:Li 40 each): the SEI whatever order they are written in
        double tfsiFirst = seiConductivity(salts("LiTFSI", "40", "LiClO4", "40"));
        double clo4First = seiConductivity(salts("LiClO4", "40", "LiTFSI", "80", "LiTFSI", "80"));
        assertEquals(tfsiFirst, clo4First, 1e-9 * tfsiFirst, "the SEI of one film written in two orders");
        // and between the two salts' own SEIs (1e-8 and 3e-10 S/cm in the library)
        double tfsi = seiConductivity(salts("LiTFSI", "20"));
        double clo4 = seiConductivity(salts("LiClO4", "20"));
        assertEquals(1e-6, tfsi, 1e-15, "LiTFSI's SEI, S/m");
        assertEquals(3e-8, clo4, 1e-15, "LiClO4's SEI, S/m");
        assertNotEquals(tfsi, tfsiFirst, "a mixture is not its first salt");
        assertNotEquals(clo4, tfsiFirst, "nor its second");
        // LiFSI beside LiTFSI: the plating loss whatever the order, and LiFSI split in two entries
        double fsiFirst = platingLoss(salts("LiFSI", "40", "LiTFSI", "40"));
        double split = platingLoss(salts("LiTFSI", "40", "LiFSI", "80", "LiFSI", "80"));
        assertEquals(fsiFirst, split, 1e-12, "the plating loss of one film written twice");
    }

    @Test
    void aTraceOfASecondSaltBarelyMovesTheLithiumSide() {
        // PEO-LiTFSI plates with PEO's 5 % (LiTFSI gives no loss of its own), PEO-LiFSI with LiFSI's 3 %
        assertEquals(0.05, platingLoss(salts("LiTFSI", "20")), 1e-12);
        assertEquals(0.03, platingLoss(salts("LiFSI", "20")), 1e-12);
        // one LiFSI per thousand Li+: at most a thousandth of the 2-point difference (the first-salt rule gave 3 %)
        double trace = platingLoss(salts("LiFSI", "20000", "LiTFSI", "20"));
        assertEquals(0.05, trace, 0.02e-3 * 1.01, "a trace of LiFSI in PEO-LiTFSI");
        // a trace of LiTFSI in PEO-LiClO4: the SEI stays LiClO4's within a few per cent (the first-salt rule took
        // LiTFSI's, 33 times more conductive)
        double clo4 = seiConductivity(salts("LiClO4", "20"));
        double withTrace = seiConductivity(salts("LiTFSI", "20000", "LiClO4", "20"));
        assertEquals(1, withTrace / clo4, 0.05, "a trace of LiTFSI in PEO-LiClO4");
    }

    /** Several salts given as concentrations mix the same way as given as EO:Li. */
    @Test
    void concentrationsMixByTheirMolesToo() {
        double molal = platingLoss("salt LiFSI { concentration 1 mol/kg }\nsalt LiTFSI { concentration 1 mol/kg }");
        double single = platingLoss("salt LiFSI { concentration 2 mol/kg }");
        double pure = platingLoss("salt LiTFSI { concentration 2 mol/kg }");
        // equal moles (the same molality each): half the anions each, so midway between the two salts' losses (the
        // first-salt rule gave LiFSI's)
        assertEquals((single + pure) / 2, molal, 1e-12, "equal moles of LiFSI and LiTFSI");
    }
}
