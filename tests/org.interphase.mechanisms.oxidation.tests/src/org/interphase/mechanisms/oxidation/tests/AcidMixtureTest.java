package org.interphase.mechanisms.oxidation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.model.Cell;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.solver.run.MechanismActivation;
import org.interphase.testing.CellTexts;
import org.interphase.testing.RecordedEffects;
import org.junit.jupiter.api.Test;

/**
 * acid_crosstalk 0.3.0: the strong acid of a salt mixture (issue 12, item 7; docs/engine.md "Several salts").
 * On stainless steel no oxide consumes acid, so all of it enters the inventory, y protons per electron of the
 * polymer's oxidation. Ether oxidation gives up one proton per electron, and a proton leaves the film as a strong
 * acid only with an anion that makes one (HTFSI from TFSI-, domain brief): each anion of the film takes the
 * protons in proportion to its share of the anions, so a salt that makes no strong acid dilutes the acid of one
 * that does. Before 0.3.0 the mixture took the largest yield of its salts (an upper bound): a film whose anions
 * were half TFSI- released as much acid as a pure LiTFSI film.
 */
class AcidMixtureTest {

    private static final double F = 96485.33212;

    /** A salt of the test that makes no strong acid (its library entry gives no acid yield). */
    private static final String NO_ACID = """
            material NoAcidSalt : salt {
                molar mass = 106.39 g/mol  source "test: the formula mass of LiClO4"
                density = 2.42 g/cm3  source "test: the density of LiClO4"
            }
            """;

    /** Protons entering the electrolyte per electron of oxidation, SS|PEO at 4.4 V and 60 °C. */
    private static double protonsPerElectron(String salts) {
        Cell cell = CellTexts.cell("""
                package t
                %s
                cell X {
                    area 1 cm2
                    cathode SS
                    electrolyte {
                        polymer PEO
                        %s
                        thickness 50 um
                    }
                    anode Li { thickness 50 um }
                }
                """.formatted(NO_ACID, salts));
        List<ActiveMechanism> active = MechanismActivation.activate(cell,
                CellTexts.mechanisms("polymer_oxidation", "acid_crosstalk"), java.util.Map.of());
        ActiveMechanism oxidation = active.stream().filter(m -> m.mechanismId().equals("polymer_oxidation"))
                .findFirst().orElseThrow();
        RecordedEffects e = new RecordedEffects();
        oxidation.process().evaluate(new Conditions(0, 333.15, 4.4, 0, 0), new double[oxidation.size()],
                new double[oxidation.size()], e);
        double electrons = e.side / F;
        assertTrue(electrons > 0, "the polymer oxidises at 4.4 V: " + salts);
        return active.stream().filter(m -> m.mechanismId().equals("acid_crosstalk")).findFirst().map(m -> {
            double[] rates = new double[m.size()];
            m.process().evaluate(new Conditions(0, 333.15, 4.4, 0, 0), new double[m.size()], rates, new RecordedEffects());
            return rates[0] / electrons;
        }).orElse(0.0);
    }

    @Test
    void oneSaltSplitIntoTwoEntriesReleasesTheSameAcid() {
        double once = protonsPerElectron("salt LiTFSI { ratio EO:Li 20 }");
        double split = protonsPerElectron("salt LiTFSI { ratio EO:Li 40 }\nsalt LiTFSI { ratio EO:Li 40 }");
        // HTFSI: one proton per electron (domain brief), whether the salt is written once or twice
        assertEquals(1.0, once, 1e-9);
        assertEquals(once, split, 1e-9);
    }

    /**
     * LiTFSI and a salt without a strong acid, one mole each (EO:Li 40 each, the film's EO:Li 20): half the anions are
     * TFSI-, so half a proton per electron leaves as HTFSI; the largest yield (the old law) said 1. A trace of the
     * acid-free salt (EO:Li 20 000 beside LiTFSI at 20) leaves the yield within 0.1 % of LiTFSI's alone.
     */
    @Test
    void aSaltWithoutAcidDilutesIt() {
        double half = protonsPerElectron("salt LiTFSI { ratio EO:Li 40 }\nsalt NoAcidSalt { ratio EO:Li 40 }");
        assertEquals(0.5, half, 1e-9, "half the anions make HTFSI");
        double trace = protonsPerElectron("salt NoAcidSalt { ratio EO:Li 20000 }\nsalt LiTFSI { ratio EO:Li 20 }");
        assertEquals(1.0, trace, 2e-3, "a trace of an acid-free salt");
        assertTrue(trace < 1.0, "but it dilutes");
        // given as concentrations (mol per kg of polymer), one to three: a quarter of the anions make HTFSI
        double molal = protonsPerElectron("salt LiTFSI { concentration 0.5 mol/kg }\nsalt NoAcidSalt { concentration 1.5 mol/kg }");
        assertEquals(0.25, molal, 1e-9, "a quarter of the anions make HTFSI");
    }
}
