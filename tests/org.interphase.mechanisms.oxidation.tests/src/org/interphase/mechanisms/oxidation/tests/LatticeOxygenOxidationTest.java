package org.interphase.mechanisms.oxidation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.interphase.model.Cell;
import org.interphase.model.InterfaceKind;
import org.interphase.model.results.RunResult;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.testing.CellTexts;
import org.interphase.testing.RecordedEffects;
import org.junit.jupiter.api.Test;

/**
 * lattice_oxygen_oxidation against analytic limits and what was measured: a diffusion-limited film grows
 * parabolically and never stops (Deal and Grove, J. Appl. Phys. 36 (1965) 3770: the limit of a film that
 * the reacting species must cross, d^2 = k t), a coating slows it without stopping it (Qiu et al., Adv.
 * Funct. Mater. 30 (2020) 1909392: oxygen released by charged LiCoO2 keeps decomposing PEO under an LATP
 * coating), a discharged oxide and an olivine (no high-valent surface sites) are not attacked.
 */
class LatticeOxygenOxidationTest {

    private static final String ID = "lattice_oxygen_oxidation";

    private static Cell cell(String cathode) {
        return CellTexts.peoCell(cathode, "250 um");
    }

    private static ActiveMechanism mechanism(Cell cell) {
        List<ActiveMechanism> active = CellTexts.activate(cell, ID);
        assertEquals(1, active.size(), "applies to the cathode side only");
        return active.get(0);
    }

    private static double[] rates(ActiveMechanism m, double delithiation, double[] y, RecordedEffects effects) {
        double[] rates = new double[y.length];
        // the layers by name, as the runner shares them between the mechanisms of an interface
        Conditions c = new Conditions(0, 333.15, 4.2, 0, delithiation, 1,
                name -> name.equals("cei_thickness") ? y[1] : 0);
        m.process().evaluate(c, y, rates, effects);
        return rates;
    }

    /** The barrier (reduced layer and CEI) above the 1 nm pristine surface after a time, RK2 in small steps. */
    private static double grownAfter(ActiveMechanism m, double seconds) {
        double[] y = new double[2];
        int steps = 20000;
        double h = seconds / steps;
        for (int k = 0; k < steps; k++) {
            double[] a = rates(m, 0.5, y, new RecordedEffects());
            double[] mid = { y[0] + a[0] * h / 2, y[1] + a[1] * h / 2 };
            double[] b = rates(m, 0.5, mid, new RecordedEffects());
            y[0] += b[0] * h;
            y[1] += b[1] * h;
        }
        return y[0] + y[1];
    }

    /**
     * Diffusion-limited growth (Deal and Grove 1965, the parabolic limit; PyBaMM's 'solvent-diffusion
     * limited' SEI): once the film is much thicker than the 1 nm it starts from, four times the time gives
     * twice the thickness, (B(4t) + d0) / (B(t) + d0) -> 2. A tunnelling-limited film (polymer_oxidation's
     * own, logarithmic) would give far less, a reaction-limited one (linear) 4.
     */
    @Test
    void theBarrierGrowsAsTheSquareRootOfTime() {
        ActiveMechanism m = mechanism(cell("LCO { loading 1.5 mAh/cm2 }"));
        double day = 86400;
        double d0 = 1e-9;
        double early = grownAfter(m, 10 * day);
        double late = grownAfter(m, 40 * day);
        assertTrue(early > 10 * d0, "the film must outgrow its start for the limit: " + early * 1e9 + " nm");
        assertEquals(2.0, (late + d0) / (early + d0), 0.03);
        // and it has not stopped: at twice the thickness it grows at half the rate (dB/dt = k / 2B), where a
        // tunnelling-limited film would have slowed by exp(-B / lambda), e^-5 for 10 nm at 2 nm
        double[] thin = rates(m, 0.5, new double[] { 2e-9, 2.5e-9 }, new RecordedEffects());
        double[] thick = rates(m, 0.5, new double[] { 4.5e-9, 5.5e-9 }, new RecordedEffects());
        assertEquals(0.5, (thick[0] + thick[1]) / (thin[0] + thin[1]), 1e-6);
    }

    /**
     * A closed coating slows the oxygen's way to the polymer but does not stop it (Qiu et al. 2020; the
     * Al2O3-coated NCM622 of the validation set still fades, at half the bare rate): on a fully covered
     * surface the oxygen also crosses the coating d_c, so at equal barrier the flux is B / (B + d_c) of the
     * bare one (Fick's law through layers in series of equal diffusivity).
     */
    @Test
    void aClosedCoatingSlowsButDoesNotStopIt() {
        ActiveMechanism bare = mechanism(cell("NCM622 { loading 1.5 mAh/cm2 }"));
        ActiveMechanism coated = mechanism(cell(
                "NCM622 { loading 1.5 mAh/cm2  coating Al2O3 { thickness 5 nm  coverage 100 %  method ald } }"));
        double[] y = { 4e-9, 5e-9 };
        double[] b = rates(bare, 0.64, y, new RecordedEffects());
        double[] c = rates(coated, 0.64, y, new RecordedEffects());
        double barrier = 1e-9 + 4e-9 + 5e-9;
        double closure = 1 - Math.exp(-5.0); // the 5 nm coating is 5 closure thicknesses (1 nm) thick
        double expected = (1 - closure) + closure * barrier / (barrier + 5e-9);
        assertTrue(c[0] > 0, "not stopped");
        assertEquals(expected, c[0] / b[0], 1e-9);
        assertEquals(expected, c[1] / b[1], 1e-9);
    }

    /**
     * Every coating counts, not only the first written. Two closed LATP layers of 10 nm each are one closed
     * layer of 20 nm to the oxygen that crosses them: diffusion resistances of layers of equal diffusivity in
     * series add (Fick's first law, the flux through a stack is D dc / sum d_i), so at equal barrier B the
     * coated fluxes agree. Both layers are 10 closure thicknesses thick, so each is closed to within
     * e^-10 (the library's closure law); reading only the first layer gives (B + 20) / (B + 10) = 1.5 times
     * the flux at B = 10 nm.
     */
    @Test
    void twoStackedLayersSlowItAsOneOfTheirSummedThickness() {
        ActiveMechanism once = mechanism(cell("LCO { loading 1.5 mAh/cm2  "
                + "coating LATP { thickness 20 nm  coverage 100 %  method sol_gel  scope particles } }"));
        ActiveMechanism split = mechanism(cell("LCO { loading 1.5 mAh/cm2  "
                + "coating LATP { thickness 10 nm  coverage 100 %  method sol_gel  scope particles }  "
                + "coating LATP { thickness 10 nm  coverage 100 %  method sol_gel  scope particles } }"));
        double[] y = { 4e-9, 5e-9 }; // with the 1 nm pristine surface, B = 10 nm
        double[] a = rates(once, 0.5, y, new RecordedEffects());
        double[] b = rates(split, 0.5, y, new RecordedEffects());
        assertEquals(1.0, b[0] / a[0], 1e-3);
        assertEquals(1.0, b[1] / a[1], 1e-3);
    }

    /**
     * Two coatings laid independently of each other, each over half of the particles (coverage 50 %), leave
     * (1 - 0.5)(1 - 0.5) = 1/4 of the surface bare (the probability that a point escapes two independent
     * coverings). With both coatings 500 times thicker than the 1 nm barrier of a fresh surface, the covered
     * patches pass less than 1/500 of the bare flux, so the flux is 1/4 of the bare surface's within 0.002;
     * reading only the first coating leaves half of the surface bare (0.5).
     */
    @Test
    void twoPartialCoatingsLeaveTheProductOfTheirOpenShares() {
        ActiveMechanism bare = mechanism(cell("LCO { loading 1.5 mAh/cm2 }"));
        ActiveMechanism coated = mechanism(cell("LCO { loading 1.5 mAh/cm2  "
                + "coating LATP { thickness 500 nm  coverage 50 %  method sol_gel  scope particles }  "
                + "coating Al2O3 { thickness 500 nm  coverage 50 %  method ALD  scope particles } }"));
        double[] y = { 0, 0 };
        double[] b = rates(bare, 0.5, y, new RecordedEffects());
        double[] c = rates(coated, 0.5, y, new RecordedEffects());
        assertEquals(0.25, c[0] / b[0], 0.002);
    }

    /**
     * The oxygen is the oxide's own: no electron passes the external circuit (no side current), no gas, and a
     * discharged oxide (no high-valent surface sites, x = 0) takes no polymer. What it costs: the reduced
     * shell's active material, 3 (1 - d/r)^2 / r dd/dt of a sphere (r = 5 um, library), and the layers' series
     * resistance, which grows with them.
     */
    @Test
    void chemicalNotElectrochemicalAndNothingWhenDischarged() {
        ActiveMechanism m = mechanism(cell("LCO { loading 1.5 mAh/cm2 }"));
        double[] y = { 3e-9, 3e-9 };
        RecordedEffects charged = new RecordedEffects();
        double[] r = rates(m, 0.5, y, charged);
        assertEquals(0, charged.side);
        assertEquals(0, charged.gas);
        double intact = 1 - 3e-9 / 5e-6;
        assertEquals(3 * intact * intact / 5e-6 * r[0], charged.activeLoss, 1e-12 * charged.activeLoss);
        RecordedEffects thicker = new RecordedEffects();
        rates(m, 0.5, new double[] { 6e-9, 6e-9 }, thicker);
        assertEquals(2 * charged.film, thicker.film, 1e-9 * charged.film);
        double[] none = rates(m, 0, y, new RecordedEffects());
        assertEquals(0, none[0]);
        assertEquals(0, none[1]);
    }

    /**
     * LiFePO4 has no Co4+/Ni4+ sites (library catalytic activity 1, as steel) and keeps its oxygen in the
     * phosphate: LFP|PEO|Li cycles stably (J. Phys. Chem. C 129 (2025) 13884), so it is not attacked, while
     * the layered oxides are.
     */
    @Test
    void lfpIsNotAttacked() {
        var mechanism = MechanismRegistry.getDefault().get(ID).orElseThrow().mechanism().orElseThrow();
        assertFalse(mechanism.appliesTo(CellTexts.side(cell("LFP { loading 1.5 mAh/cm2 }"), InterfaceKind.CATHODE_ELECTROLYTE)));
        assertTrue(mechanism.appliesTo(CellTexts.side(cell("NCM811 { loading 1.5 mAh/cm2 }"), InterfaceKind.CATHODE_ELECTROLYTE)));
    }

    /**
     * A published cell the rate constant was not fitted on (it was fitted on LAGP-coated LiCoO2 to 4.5 V, the
     * domain brief's 84.7 % after 200 cycles, and Qiu et al.'s LATP-coated LiCoO2, 88.6 % after 50): Yang et
     * al., J. Power Sources (2018), doi:10.1016/j.jpowsour.2018.03.076, abstract: LiCoO2 under a dense LATP
     * layer (< 20 nm) in a PEO-based all-solid cell keeps 93 % of its discharge capacity after 50 cycles to
     * 4.2 V (validation case yang2018-latp-lco-50, with its assumptions: 15 nm, 1.0 mAh/cm2, 5 wt% carbon,
     * 60 °C, C/5). Within the paper's +- 5; without the oxygen route the engine kept 98.8 %.
     */
    @Test
    void latpCoatedLcoOfYang2018Keeps93PercentAfter50Cycles() {
        String text = """
                package t
                cell X {
                    area 1 cm2
                    cathode LCO { loading 1.0 mAh/cm2  carbon 5 wt%
                        coating LATP { thickness 15 nm  coverage 100 %  method sol_gel  scope particles } }
                    electrolyte {
                        polymer PEO { end group hydroxyl }
                        salt LiTFSI { ratio EO:Li 20 }
                        thickness 50 um
                    }
                    anode Li { thickness 250 um }
                }
                protocol P {
                    temperature 60 °C
                    repeat 50 {
                        charge at C/5 until 4.2 V
                        discharge at C/5 until 3.0 V
                    }
                }
                """;
        RunResult result = CellTexts.cycle(text, CellTexts.allMechanisms(), Map.of(), true);
        assertEquals(50, result.getMetrics().getCyclesCompleted());
        assertEquals(93, result.getMetrics().getCapacityRetention(), 5);
    }
}
