package org.interphase.mechanisms.oxidation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.interphase.model.Cell;
import org.interphase.model.Document;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.testing.CellTexts;
import org.interphase.testing.RecordedEffects;
import org.junit.jupiter.api.Test;

/**
 * The CEI that the polymer's own oxidation deposits on a composite cathode (polymer_oxidation, issue 12):
 * its growth against the closed form of tunnelling-limited growth, and a PEG cell with many hydroxyl ends
 * that the film lets charge and fade over cycles instead of stopping in its first charge.
 */
class PolymerCeiTest {

    private static Document document(String text) {
        return CellTexts.load("package t\n" + text);
    }

    /** NCM523 (1.0 mAh/cm2, 5 wt% carbon) in 50 um of methoxy-ended PEO-LiTFSI at EO:Li 20, on 50 um of lithium. */
    static final String NCM_PEO = """
            cell X {
                area 1 cm2
                cathode NCM523 { loading 1.0 mAh/cm2  carbon 5 wt% }
                electrolyte {
                    polymer PEO { end group methoxy }
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }
            """;

    private static double[] rates(ActiveMechanism m, double t, double[] y, RecordedEffects side) {
        double[] rates = new double[y.length];
        // the film states by name, as the runner shares them between the mechanisms of an interface
        // a potentiostatic hold of the cathode alone: no current through the cathode, so the particles do not
        // breathe and their film does not crack
        Conditions c = new Conditions(t, 333.15, 4.2, 0, 0.5, 1,
                name -> name.equals("cei_thickness") ? y[1] : name.equals("carbon_cei_thickness") ? y[3] : 0);
        m.process().evaluate(c, y, rates, side);
        return rates;
    }

    /**
     * Tunnelling-limited growth (Tang, Lu and Newman, J. Electrochem. Soc. 159 (2012) A1775, eq. 25: the
     * film-forming current falls as exp(-d / lambda)) at constant potential integrates to the logarithmic law
     * d(t) = lambda ln(1 + K t / lambda), K the initial growth rate, and the current to
     * i(t) = i0 / (1 + K t / lambda): the 1/t decay of a passivating film under a potentiostatic hold (the
     * direct logarithmic law of thin-film growth, Cabrera and Mott). NCM523 with methoxy-ended PEO at 4.2 V and
     * 60 °C, where the oxidation (~5 uA/cm2) is far below its transport limit (1 mA/cm2); each surface (the
     * particles, the carbon black) follows its own law. Integrated here over 2e6 s (RK4, steps a hundredth of
     * the growth's time scale) and compared with the closed form within 2 %.
     */
    @Test
    void filmGrowsLogarithmicallyAtConstantPotential() {
        Cell cell = (Cell) document(NCM_PEO).getElements().get(0);
        // a film that only tunnelling crosses (no permeation of the polymer: PermeableCeiTest has the other law)
        ActiveMechanism m = org.interphase.solver.run.MechanismActivation.activate(cell,
                CellTexts.mechanisms("polymer_oxidation"),
                Map.of("polymer_oxidation", Map.of("cei polymer diffusivity", 0.0))).get(0);
        assertEquals(List.of("oxidation_charge", "cei_thickness", "cei_cracked_fraction", "carbon_cei_thickness"),
                m.state().stream().map(s -> s.name()).toList());
        double lambda = 2e-9; // polymer_oxidation's cei blocking length
        double[] y = new double[4];
        RecordedEffects first = new RecordedEffects();
        double[] k0 = rates(m, 0, y, first);
        double kParticles = k0[1];
        double kCarbon = k0[3];
        assertTrue(kParticles > 0 && kCarbon > 0, "the oxidation deposits on both surfaces");
        double end = 2e6;
        double t = 0;
        while (t < end) {
            double h = Math.min(end - t, 0.01 * (lambda / Math.max(kParticles, kCarbon) + t));
            double[] a = rates(m, t, y, new RecordedEffects());
            double[] b = rates(m, t + h / 2, add(y, a, h / 2), new RecordedEffects());
            double[] c = rates(m, t + h / 2, add(y, b, h / 2), new RecordedEffects());
            double[] d = rates(m, t + h, add(y, c, h), new RecordedEffects());
            for (int i = 0; i < y.length; i++) {
                y[i] += h / 6 * (a[i] + 2 * b[i] + 2 * c[i] + d[i]);
            }
            t += h;
        }
        double particles = lambda * Math.log(1 + kParticles * end / lambda);
        double carbon = lambda * Math.log(1 + kCarbon * end / lambda);
        assertTrue(particles > 3 * lambda, "well into the logarithmic regime: " + particles);
        assertEquals(particles, y[1], 0.02 * particles, "film on the particles");
        assertEquals(carbon, y[3], 0.02 * carbon, "film on the carbon black");
        assertEquals(0, y[2], 1e-12, "no breathing, no cracks");
        RecordedEffects last = new RecordedEffects();
        rates(m, end, y, last);
        // the current: each surface's part decays as 1 / (1 + K t / lambda); the particles' part at t = 0 is
        // the current with the carbon black buried under a micrometre of film
        RecordedEffects particlesAlone = new RecordedEffects();
        rates(m, 0, new double[] { 0, 0, 0, 1e-6 }, particlesAlone);
        double expected = particlesAlone.side / (1 + kParticles * end / lambda)
                + (first.side - particlesAlone.side) / (1 + kCarbon * end / lambda);
        assertEquals(expected, last.side, 0.03 * expected);
    }

    private static double[] add(double[] y, double[] rate, double h) {
        double[] out = y.clone();
        for (int i = 0; i < y.length; i++) {
            out[i] += h * rate[i];
        }
        return out;
    }

    /**
     * A flat inert electrode (the steel of the onset sweeps) grows no film: the library's onsets were read on
     * sweeps whose current rises without a passivation peak.
     */
    @Test
    void aSteelElectrodeGrowsNoFilm() {
        Cell cell = (Cell) document(NCM_PEO.replace("NCM523 { loading 1.0 mAh/cm2  carbon 5 wt% }", "SS"))
                .getElements().get(0);
        ActiveMechanism m = CellTexts.activate(cell, "polymer_oxidation").get(0);
        assertEquals(List.of("oxidation_charge"), m.state().stream().map(s -> s.name()).toList());
    }

    /**
     * Zhai et al. (ACS Appl. Mater. Interfaces 2019, abstract): a hydroxyl-terminated PEG electrolyte against a
     * bare 4 V NMC cathode cycles, and fades to less than 50 % within 20 cycles. The validation case
     * zhai2019-bare-nmc-20 writes it (NCM523, PEG 1 kg/mol, 60 °C, C/5, 3.0-4.2 V assumed); before the
     * polymer's CEI its first charge stopped at 4.12 V, the hydroxyl ends' oxidation taking the whole current
     * on the bare particles and carbon black. With the film the cell charges through all 20 cycles; its
     * first charge passes a large irreversible side charge (the film's formation: PEO|NMC cells show first-cycle
     * coulombic efficiencies well below their later ones), the side charge per cycle then falls as the film
     * passivates, and the capacity fades gradually (no cycle loses more than a tenth of the first discharge).
     */
    @Test
    void aPegCellWithManyHydroxylEndsChargesPastItsFirstCycleAndFadesGradually() {
        String text = "package t\n" + NCM_PEO.replace("end group methoxy", "end group hydroxyl  molar mass 1 kg/mol") + """
                protocol Cycling20 {
                    temperature 60 °C
                    repeat 20 {
                        charge at C/5 until 4.2 V
                        discharge at C/5 until 3.0 V
                    }
                }
                """;
        RunResult r = CellTexts.cycle(text, CellTexts.allMechanisms(), Map.of(), true);
        assertNotEquals(RunStatus.STOPPED, r.getStatus(), r.getStopReason());
        assertEquals(20, r.getCycles().size());
        var cycles = r.getCycles();
        double firstSide = cycles.get(0).getSideCharge();
        double lastSide = cycles.get(19).getSideCharge();
        System.out.printf(java.util.Locale.ROOT,
                "PEG|NCM523: CE %.1f %% then %.1f %%, side charge %.4f -> %.4f mAh/cm2, retention %.1f %%, CEI %.2f nm%n",
                cycles.get(0).getCoulombicEfficiency(), cycles.get(19).getCoulombicEfficiency(), firstSide, lastSide,
                r.getMetrics().getCapacityRetention(), cycles.get(19).getCeiThickness());
        assertTrue(cycles.get(0).getCoulombicEfficiency() < cycles.get(19).getCoulombicEfficiency(),
                "the first cycle costs the most charge");
        assertTrue(lastSide < firstSide / 2, "the film passivates: " + firstSide + " -> " + lastSide);
        assertTrue(lastSide > 0, "and never stops the oxidation");
        double initial = cycles.get(0).getDischargeCapacity();
        assertTrue(initial > 0.5, "the first discharge delivers most of the 1.0 mAh/cm2: " + initial);
        for (int k = 1; k < 20; k++) {
            double loss = cycles.get(k - 1).getDischargeCapacity() - cycles.get(k).getDischargeCapacity();
            assertTrue(loss < 0.1 * initial, "cycle " + (k + 1) + " loses " + loss);
        }
        assertTrue(r.getMetrics().getCapacityRetention() < 100, "it fades");
    }
}
