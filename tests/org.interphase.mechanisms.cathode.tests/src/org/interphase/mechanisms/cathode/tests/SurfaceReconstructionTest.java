package org.interphase.mechanisms.cathode.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.model.Cell;
import org.interphase.model.CellInterface;
import org.interphase.model.InterfaceKind;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.Physics;
import org.interphase.solver.cell.Cathode;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.testing.CellTexts;
import org.interphase.testing.RecordedEffects;
import org.junit.jupiter.api.Test;

/**
 * surface_reconstruction against what was measured: Ni-rich NCM loses lattice oxygen and grows a
 * rock-salt surface above about 4.3 V, not below; less Ni, later.
 */
class SurfaceReconstructionTest {

    private static Cell cell(String cathode) {
        return CellTexts.peoCell(cathode, "50 um");
    }

    private static CellInterface cathodeSide(Cell cell) {
        return CellTexts.side(cell, InterfaceKind.CATHODE_ELECTROLYTE);
    }

    private static final String ID = "surface_reconstruction";

    private static InterfaceProcess process(Cell cell) {
        var mechanism = MechanismRegistry.getDefault().get(ID).orElseThrow();
        return mechanism.mechanism().orElseThrow().create(cathodeSide(cell), ParameterValues.defaults(ID));
    }

    /** Shell thickness after a time at a potential and temperature, integrated in small steps. */
    private static double thicknessAfter(InterfaceProcess p, double potential, double temperature, double seconds) {
        double[] d = { p.state().get(0).initial() };
        double[] rate = new double[1];
        int steps = 20000;
        for (int k = 0; k < steps; k++) {
            p.evaluate(new Conditions(0, temperature, potential, 0, 0.7), d, rate, new RecordedEffects());
            d[0] += rate[0] * seconds / steps;
        }
        return d[0];
    }

    /**
     * Li et al., Chem. Mater. 32 (2020) 7796: NCM811 cycled 1000 times to 4.2 V shows virtually no
     * rock-salt NiO at its surface, to 4.4 V a significant NiO layer; Paez Fajardo et al., ACS Energy
     * Lett. 8 (2023) 5025: Ni-rich NMC loses surface oxygen above 4.3 V, not below. At room temperature,
     * with one hour near the top of each of the 1000 charges (an assumption about those cells' cycling,
     * C/3-C/1), the shell stays within a TEM-invisible 3 nm at 4.2 V and is thicker than 5 nm at 4.4 V.
     */
    @Test
    void ncm811GrowsARockSaltShellAt44VButHardlyAt42V() {
        InterfaceProcess ncm811 = process(cell("NCM811 { loading 1.0 mAh/cm2 }"));
        double thousandHours = 1000 * 3600;
        double at42 = thicknessAfter(ncm811, 4.2, 298.15, thousandHours);
        double at44 = thicknessAfter(ncm811, 4.4, 298.15, thousandHours);
        assertTrue(at42 < 3e-9, "4.2 V: " + at42 * 1e9 + " nm");
        assertTrue(at44 > 5e-9, "4.4 V: " + at44 * 1e9 + " nm");
    }

    /**
     * Jung et al., J. Electrochem. Soc. 164 (2017) A1361: the oxygen release starts at about the same
     * state of charge for every Ni content, so at a higher potential with less Ni (NCM111 near 4.7 V
     * against NCM811's 4.3 V): at 4.4 V and 60 °C NCM111 reconstructs exp(-0.4 V / b) as fast as
     * NCM811, b = RT/(0.5 F); LiCoO2 and LiFePO4 have no onset in the library and are not touched.
     */
    @Test
    void lessNickelReleasesOxygenLater() {
        double t = 333.15;
        double b = Physics.R * t / (0.5 * Physics.F);
        double[] d = { 5e-9 };
        double[] fast = new double[1];
        double[] slow = new double[1];
        process(cell("NCM811 { loading 1.0 mAh/cm2 }")).evaluate(new Conditions(0, t, 4.4, 0, 0.7), d, fast,
                new RecordedEffects());
        process(cell("NCM111 { loading 1.0 mAh/cm2 }")).evaluate(new Conditions(0, t, 4.4, 0, 0.6), d, slow,
                new RecordedEffects());
        assertEquals(Math.exp(-0.4 / b), slow[0] / fast[0], 1e-3 * Math.exp(-0.4 / b));
        var mechanism = MechanismRegistry.getDefault().get(ID).orElseThrow().mechanism().orElseThrow();
        assertFalse(mechanism.appliesTo(cathodeSide(cell("LCO { loading 1.0 mAh/cm2 }"))));
        assertFalse(mechanism.appliesTo(cathodeSide(cell("LFP { loading 1.0 mAh/cm2 }"))));
    }

    /**
     * What the shell costs: the active material in it, 1 - (1 - d/r)^3 of the particle (r = 5 um,
     * library), the series resistance of what grew beyond the pristine 1 nm, (d - d0) / (sigma a) with
     * sigma = 1e-9 S/cm, and half an O2 per NiO-type formula unit (11.2 cm3/mol). A coating on the
     * particles does not stop it: the oxygen comes from the lattice.
     */
    @Test
    void theShellCostsActiveMaterialAndResistanceAndReleasesOxygen() {
        Cell bare = cell("NCM811 { loading 1.0 mAh/cm2 }");
        Cell coated = cell("NCM811 { loading 1.0 mAh/cm2  coating Al2O3 { thickness 5 nm  coverage 100 %  method ald } }");
        double d = 10e-9;
        double[] rate = new double[1];
        RecordedEffects r = new RecordedEffects();
        process(bare).evaluate(new Conditions(0, 333.15, 4.35, 0, 0.72), new double[] { d }, rate, r);
        double area = Cathode.of(bare.getCathode()).surfaceArea();
        double shell = 1 - d / 5e-6;
        assertEquals(3 * shell * shell / 5e-6 * rate[0], r.activeLoss, 1e-9 * r.activeLoss);
        assertEquals((d - 1e-9) / (1e-7 * area), r.film, 1e-9 * r.film);
        assertEquals(0.5 * area * rate[0] / 11.2e-6, r.gas("O2"), 1e-9 * r.gas("O2"));
        double[] coatedRate = new double[1];
        process(coated).evaluate(new Conditions(0, 333.15, 4.35, 0, 0.72), new double[] { d }, coatedRate, new RecordedEffects());
        assertEquals(rate[0], coatedRate[0], 1e-12 * rate[0]);
    }
}
