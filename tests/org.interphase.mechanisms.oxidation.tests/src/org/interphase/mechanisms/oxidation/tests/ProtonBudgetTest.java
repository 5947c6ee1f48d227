package org.interphase.mechanisms.oxidation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.interphase.model.Cell;
import org.interphase.model.InterfaceKind;
import org.interphase.model.results.RunResult;
import org.interphase.solver.api.CellProperties;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.solver.run.MechanismActivation;
import org.interphase.testing.CellTexts;
import org.interphase.testing.RecordedEffects;
import org.junit.jupiter.api.Test;

/**
 * Where the protons of the polymer's oxidation go (issue 12, two of the smaller defects), checked against
 * stoichiometry, not against the code's constants:
 * <ul>
 * <li>Ether oxidation releases one proton per electron (-CH2-O- -> -CH(+)-O- ... -> H+ + e- per step; the
 * library's acid yield of LiTFSI, HTFSI, domain brief: about one H+ per electron).</li>
 * <li>Acid dissolves a layered oxide at four protons per formula unit, LiCoO2 + 4 H+ -> Li+ + Co3+ + 2 H2O
 * (Amatucci, Tarascon and Klein, Solid State Ionics 83 (1996) 167, cobalt dissolution by the acid of the
 * electrolyte), and one formula unit stores one electron of capacity (274 mAh/g, 1 e- per LiCoO2).</li>
 * <li>The oxidation's electron goes to the external circuit (it is the side current that lowers the
 * coulombic efficiency) and reduces no Co4+.</li>
 * </ul>
 * So one coulomb of oxidation can destroy at most (1 H+/e-) x (1/4 formula unit per H+) x (1 e- per formula
 * unit) = 0.25 C of the oxide's capacity, all of it when every proton dissolves oxide: 0.95 C/C (the old
 * law, which also counted the electron) is more than the protons can do. And each proton is consumed once:
 * what the oxide consumes and what enters the electrolyte's acid inventory (acid_crosstalk, whence it
 * reaches the lithium) add up to what the oxidation released, not to twice that.
 */
class ProtonBudgetTest {

    private static final double F = 96485.33212;
    /** Protons per electron of ether oxidation (HTFSI from LiTFSI). */
    private static final double PROTONS_PER_ELECTRON = 1;
    /** Protons per dissolved LiCoO2 (Amatucci et al. 1996). */
    private static final double PROTONS_PER_FORMULA_UNIT = 4;

    private static Cell bareLco() {
        return CellTexts.peoCell("LCO { loading 1.5 mAh/cm2 }", "250 um");
    }

    private static ActiveMechanism one(Cell cell, String id) {
        return one(cell, id, Map.of());
    }

    private static ActiveMechanism one(Cell cell, String id, Map<String, Map<String, Double>> overrides) {
        List<ActiveMechanism> active = MechanismActivation.activate(cell,
                CellTexts.mechanisms("polymer_oxidation", "cathode_surface_damage", "acid_crosstalk"), overrides);
        return active.stream().filter(m -> m.mechanismId().equals(id)).findFirst().orElseThrow();
    }

    /** The mechanism's effects at a charged state with no film and no acid yet (its own state at zero). */
    private static RecordedEffects effects(ActiveMechanism m, double potential, double delithiation, double kelvin,
            double[] rates) {
        RecordedEffects e = new RecordedEffects();
        m.process().evaluate(new Conditions(0, kelvin, potential, 0, delithiation), new double[m.size()], rates, e);
        return e;
    }

    /**
     * The capacity the acid destroys per coulomb of oxidation on a bare LiCoO2 surface, over potentials,
     * delithiations and temperatures where the oxidation runs, when every proton reacts with the oxide (the
     * share attacking the cathode at the top of its range, 1): 0.25 C/C from the stoichiometry above, not the
     * 0.95 C/C that counted the electron too. At the default share it is less, never more.
     */
    @Test
    void oneCoulombOfOxidationDestroysAQuarterCoulombOfOxide() {
        Cell cell = bareLco();
        ActiveMechanism oxidation = one(cell, "polymer_oxidation");
        ActiveMechanism damage = one(cell, "cathode_surface_damage",
                Map.of("cathode_surface_damage", Map.of("acid attacking the cathode", 1.0)));
        ActiveMechanism byDefault = one(cell, "cathode_surface_damage");
        double theoretical = CellProperties.cathode(CellTexts.side(cell, InterfaceKind.CATHODE_ELECTROLYTE))
                .theoreticalCapacity();
        double bound = PROTONS_PER_ELECTRON / PROTONS_PER_FORMULA_UNIT;
        for (double potential : new double[] { 4.1, 4.3, 4.5 }) {
            for (double x : new double[] { 0.3, 0.5, 0.6 }) {
                for (double kelvin : new double[] { 298.15, 333.15 }) {
                    double side = effects(oxidation, potential, x, kelvin, new double[oxidation.size()]).side;
                    double destroyed = effects(damage, potential, x, kelvin, new double[damage.size()]).activeLoss
                            * theoretical;
                    assertTrue(side > 0, "the polymer oxidises at " + potential + " V");
                    assertEquals(bound, destroyed / side, 1e-9 * bound,
                            "C of capacity destroyed per C of oxidation at " + potential + " V, x = " + x + ", " + kelvin
                                    + " K");
                    double share = effects(byDefault, potential, x, kelvin, new double[byDefault.size()]).activeLoss
                            * theoretical / side;
                    assertTrue(share > 0 && share <= bound * (1 + 1e-9), "at the default share: " + share + " C/C");
                }
            }
        }
    }

    /**
     * Each released proton is consumed once: the protons the oxide consumes (four per formula unit destroyed)
     * plus those entering acid_crosstalk's inventory equal the protons the oxidation released (one per
     * electron of polymer_oxidation's side current). Before the fix the oxide took every proton and the
     * inventory took every proton again (twice the release). Checked on a bare oxide (the oxide takes its
     * share, 0.6 by default), a coated one (the coating's cover sends most of the acid to the lithium) and on
     * steel (no oxide: all of it to the lithium).
     */
    @Test
    void eachProtonIsConsumedOnce() {
        String coated = "LCO { loading 1.5 mAh/cm2  coating LAGP { thickness 20 nm  coverage 95 %  method ball_milling } }";
        for (String cathode : List.of("LCO { loading 1.5 mAh/cm2 }", coated, "SS")) {
            Cell cell = CellTexts.peoCell(cathode, "250 um");
            ActiveMechanism oxidation = one(cell, "polymer_oxidation");
            ActiveMechanism crosstalk = one(cell, "acid_crosstalk");
            double side = effects(oxidation, 4.4, 0.5, 333.15, new double[oxidation.size()]).side;
            double released = PROTONS_PER_ELECTRON * side / F;
            // the inventory's intake: its rate with no acid in it (nothing leaves yet)
            double[] rates = new double[crosstalk.size()];
            effects(crosstalk, 4.4, 0.5, 333.15, rates);
            double intoElectrolyte = rates[0];
            double byOxide = 0;
            if (!cathode.equals("SS")) {
                ActiveMechanism damage = one(cell, "cathode_surface_damage");
                double theoretical = CellProperties.cathode(CellTexts.side(cell, InterfaceKind.CATHODE_ELECTROLYTE))
                        .theoreticalCapacity();
                double formulaUnits = effects(damage, 4.4, 0.5, 333.15, new double[damage.size()]).activeLoss
                        * theoretical / F;
                byOxide = PROTONS_PER_FORMULA_UNIT * formulaUnits;
            }
            assertTrue(released > 0, cathode);
            assertEquals(released, byOxide + intoElectrolyte, 1e-9 * released, "protons consumed once: " + cathode
                    + " (oxide " + byOxide / released + ", electrolyte " + intoElectrolyte / released + " of the release)");
            if (cathode.equals(coated)) {
                assertTrue(intoElectrolyte > 0.9 * released, "a 95 % cover leaves most of the acid to the lithium");
            } else {
                // DEMS of LiCoO2|PEO-LiTFSI|Li sees H2 from 4.2 V (Nie et al., ACS Energy Lett. 5 (2020) 826): even a
                // bare oxide lets acid reach the lithium
                assertTrue(intoElectrolyte > 0, "some acid reaches the lithium");
            }
        }
    }
    /**
     * The protons follow the charge polymer_oxidation counts, also while the particles' CEI is cracked open
     * (state cei_cracked_fraction: the cracks pass the unblocked oxidation). NCM523 against PEO-LiTFSI cycled
     * at C/5 between 3.0 and 4.3 V at 60 °C: the particles breathe, the film on them cracks on every sweep. The
     * released protons are one per electron of the side charge (HTFSI from LiTFSI), and every proton that
     * reaches the lithium leaves as half a hydrogen molecule (2 H+ + 2 Li -> H2 + 2 Li+); with a bare oxide
     * taking the share f = 0.5 of them (an input here), every one reaching the lithium and no scission, the
     * hydrogen over the run is (1 - f) / 2 per electron of the side charge. A rest of two hours after each
     * discharge lets the acid inventory empty (it leaves over minutes). Before the fix the acid followed the
     * current through the intact film only, and the cycles released a fraction of the protons the side charge
     * implies.
     */
    @Test
    void theProtonsFollowTheOxidationChargeThroughCrackedFilm() {
        String text = "package t\n" + PolymerCeiTest.NCM_PEO + """
                protocol Cycling {
                    temperature 60 °C
                    repeat 3 {
                        charge at C/5 until 4.3 V
                        discharge at C/5 until 3.0 V
                        rest for 2 h
                    }
                }
                """;
        double toOxide = 0.5;
        RunResult r = CellTexts.cycle(text,
                CellTexts.mechanisms("polymer_oxidation", "cathode_surface_damage", "acid_crosstalk"),
                Map.of("cathode_surface_damage", Map.of("acid attacking the cathode", toOxide), "acid_crosstalk",
                        Map.of("fraction reaching lithium", 1.0, "acid scission rate", 0.0)),
                false);
        assertEquals(3, r.getCycles().size(), r.getStopReason());
        // mAh/cm2 -> C/m2: 3.6 C per mAh, 1e4 cm2 per m2
        double side = r.getCycles().stream().mapToDouble(c -> c.getSideCharge()).sum() * 3.6 * 1e4;
        double released = PROTONS_PER_ELECTRON * side / F;
        // umol/cm2 -> mol/m2
        double hydrogen = r.getMetrics().getGas().getH2() * 1e-6 * 1e4;
        assertTrue(side > 0, "the polymer oxidises");
        System.out.printf(java.util.Locale.ROOT, "NCM523 3 cycles: side charge %.4g C/m2, H2 per released proton x 2: %.4f%n",
                side, 2 * hydrogen / released);
        assertEquals((1 - toOxide) * released / 2, hydrogen, 0.01 * released,
                "H2 per side charge: " + hydrogen / (released / 2) + " of the protons released, expected " + (1 - toOxide));
    }
    /**
     * Every coating counts, not the first alone: an LAGP coating closing 80 % of the particles and an Al2O3 one
     * closing 50 %, each 20 nm (twenty closure thicknesses: closed), laid independently, leave a point of the
     * surface bare with the probability (1 - 0.8) (1 - 0.5) = 0.1, in either order. With every proton released
     * on bare oxide reacting there (the share attacking the cathode at 1, an input), the oxide consumes 0.1 of
     * the protons the oxidation releases (four per formula unit dissolved, one per electron of the side
     * current). Before the fix the budget read the first coating only: 0.2 or 0.5 depending on the order.
     */
    @Test
    void everyCoatingCoversTheOxide() {
        String lagp = " coating LAGP { thickness 20 nm  coverage 80 %  method ball_milling }";
        String alumina = " coating Al2O3 { thickness 20 nm  coverage 50 %  method ALD }";
        double exposed = (1 - 0.8) * (1 - 0.5);
        for (String coatings : List.of(lagp + alumina, alumina + lagp)) {
            Cell cell = CellTexts.peoCell("LCO { loading 1.5 mAh/cm2" + coatings + " }", "250 um");
            ActiveMechanism oxidation = one(cell, "polymer_oxidation");
            ActiveMechanism damage = one(cell, "cathode_surface_damage",
                    Map.of("cathode_surface_damage", Map.of("acid attacking the cathode", 1.0)));
            double released = PROTONS_PER_ELECTRON * effects(oxidation, 4.4, 0.5, 333.15, new double[oxidation.size()]).side
                    / F;
            double theoretical = CellProperties.cathode(CellTexts.side(cell, InterfaceKind.CATHODE_ELECTROLYTE))
                    .theoreticalCapacity();
            double byOxide = PROTONS_PER_FORMULA_UNIT
                    * effects(damage, 4.4, 0.5, 333.15, new double[damage.size()]).activeLoss * theoretical / F;
            assertTrue(released > 0, coatings);
            assertEquals(exposed, byOxide / released, 1e-6, "the share of the protons the oxide consumes:" + coatings);
        }
    }
    /**
     * The oxidation too sees every coating: a closed 20 nm Al2O3 coating (100 %, 33 of its 0.6 nm tunnelling
     * lengths: its barrier passes e^-33, nothing) leaves no bare particle and nothing through it, whatever lies
     * under or over it, so LAGP at 80 % plus the closed Al2O3 oxidises the polymer as the Al2O3 alone does
     * (on the carbon black, which a coating of the particles does not cover). Before, the first coating alone
     * counted: LAGP's 20 % of bare particles.
     */
    @Test
    void aClosedSecondCoatingBlocksTheParticles() {
        String lagp = " coating LAGP { thickness 20 nm  coverage 80 %  method ball_milling }";
        String closed = " coating Al2O3 { thickness 20 nm  coverage 100 %  method ALD }";
        double alone = side("LCO { loading 1.5 mAh/cm2  carbon 5 wt%" + closed + " }");
        double both = side("LCO { loading 1.5 mAh/cm2  carbon 5 wt%" + lagp + closed + " }");
        assertTrue(alone > 0, "the carbon black oxidises the polymer");
        assertEquals(alone, both, 1e-6 * alone, "LAGP then closed Al2O3 against the closed Al2O3 alone");
    }

    private static double side(String cathode) {
        ActiveMechanism oxidation = one(CellTexts.peoCell(cathode, "250 um"), "polymer_oxidation");
        return effects(oxidation, 4.4, 0.5, 333.15, new double[oxidation.size()]).side;
    }
}
