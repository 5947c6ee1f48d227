package org.interphase.mechanisms.cracking.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.model.Cell;
import org.interphase.model.CellInterface;
import org.interphase.model.InterfaceKind;
import org.interphase.solver.api.CellProperties;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.testing.CellTexts;
import org.interphase.testing.RecordedEffects;
import org.junit.jupiter.api.Test;

/**
 * particle_cracking against a published lattice collapse, the closed-form integral of Paris' law and the
 * observed Ni-content and cut-off dependence of intergranular cracking.
 */
class ParticleCrackingTest {

    private static final String ID = "particle_cracking";

    private static Cell cell(String cathode) {
        return CellTexts.peoCell(cathode, "50 um");
    }

    private static CellInterface cathodeSide(Cell cell) {
        return CellTexts.side(cell, InterfaceKind.CATHODE_ELECTROLYTE);
    }

    private static Mechanism mechanism() {
        return MechanismRegistry.getDefault().get(ID).orElseThrow().mechanism().orElseThrow();
    }

    /** A crack and the active material it cut off, integrated over charge/discharge cycles. */
    private record Cycled(double crack, double activeLoss) {
    }

    /**
     * Cycles between 2 % delithiation and {@code top} at a current density (A/m2) for a number of cycles,
     * with the engine's relation dx/dt = j / Q (theoretical capacity Q), integrating the crack length by
     * the midpoint rule in small steps.
     */
    private static Cycled cycle(Cell cell, double top, double current, int cycles) {
        CellInterface where = cathodeSide(cell);
        InterfaceProcess p = mechanism().create(where, ParameterValues.defaults(ID));
        double capacity = CellProperties.cathode(where).theoreticalCapacity();
        double bottom = 0.02;
        int steps = 2000;
        double dx = (top - bottom) / steps;
        double dt = dx * capacity / current;
        double[] l = { p.state().get(0).initial() };
        double lost = 0;
        double[] rate = new double[1];
        for (int n = 0; n < cycles; n++) {
            for (int k = 0; k < steps; k++) {
                double x = bottom + k * dx;
                RecordedEffects first = new RecordedEffects();
                p.evaluate(new Conditions(0, 333.15, 4.0, current, x), l, rate, first);
                double[] half = { l[0] + rate[0] * dt / 2 };
                RecordedEffects mid = new RecordedEffects();
                p.evaluate(new Conditions(0, 333.15, 4.0, current, x + dx / 2), half, rate, mid);
                l[0] += rate[0] * dt;
                lost += mid.activeLoss * dt;
            }
            // the discharge back: no growth while the collapse relaxes
            RecordedEffects back = new RecordedEffects();
            p.evaluate(new Conditions(0, 333.15, 3.8, -current, (top + bottom) / 2), l, rate, back);
            assertEquals(0, rate[0], "no growth on discharge");
        }
        return new Cycled(l[0], lost);
    }

    private static double param(String name) {
        return ParameterValues.defaults(ID).get(name);
    }

    /**
     * Kondrakov et al., J. Phys. Chem. C 121 (2017) 24381 (operando XRD of NCM811): c falls from 14.469 A
     * at Li 0.6 to 13.732 A at Li 0.25, a collapse of 5.09 %. Cycled to Li 0.25, a surface crack under
     * the misfit stress sigma = E e / 2 (E = 150 GPa, the library's estimate) follows the closed-form
     * integral of Paris' law dl/dN = C (b sigma sqrt(pi l))^m (Deshpande et al., J. Electrochem. Soc.
     * 159 (2012) A1730): l_N^(1-m/2) = l_0^(1-m/2) - (m/2 - 1) C (b sigma sqrt(pi))^m N. And the grains
     * of the cracked shell are lost: f ((1 - (1 - l0/R)^3) - (1 - (1 - l/R)^3)) of the active material.
     */
    @Test
    void crackFollowsTheIntegralOfParisLawAtTheMeasuredCollapse() {
        double collapse = (14.469 - 13.732) / 14.469;
        double m = param("paris exponent");
        double c = param("paris coefficient");
        double b = param("geometry factor");
        double l0 = param("initial crack length");
        double sigma = 150e9 * collapse / 2;
        int cycles = 45;
        double closedForm = Math.pow(Math.pow(l0, 1 - m / 2)
                - (m / 2 - 1) * c * Math.pow(b * sigma * Math.sqrt(Math.PI), m) * cycles, 1 / (1 - m / 2));
        Cycled run = cycle(cell("NCM811 { loading 1.0 mAh/cm2 }"), 0.75, 10, cycles);
        assertTrue(closedForm > 10 * l0, "the test should see a grown crack: " + closedForm);
        assertEquals(closedForm, run.crack(), 0.02 * closedForm);
        double r = 5e-6;
        double shell = Math.pow(1 - l0 / r, 3) - Math.pow(1 - run.crack() / r, 3);
        assertEquals(param("isolated fraction") * shell, run.activeLoss(), 0.02 * run.activeLoss());
    }

    /**
     * Paris' law counts cycles, not time (Deshpande et al. 2012): the same charge at C/5 or 2C grows the
     * crack by the same length.
     */
    @Test
    void growthPerCycleDoesNotDependOnTheRate() {
        Cell cell = cell("NCM811 { loading 1.0 mAh/cm2 }");
        double slow = cycle(cell, 0.72, 2, 3).crack();
        double fast = cycle(cell, 0.72, 20, 3).crack();
        assertEquals(slow, fast, 1e-6 * slow);
    }

    /** The delithiation at which a cathode's library OCV reaches a potential. */
    private static double delithiationAt(Cell cell, double volts) {
        double[][] ocv = CellProperties.curve(cell.getCathode().getMaterial(), "open circuit voltage");
        for (int i = 1; i < ocv[0].length; i++) {
            if (ocv[1][i] >= volts) {
                return ocv[0][i - 1] + (ocv[0][i] - ocv[0][i - 1]) * (volts - ocv[1][i - 1]) / (ocv[1][i] - ocv[1][i - 1]);
            }
        }
        throw new AssertionError("OCV never reaches " + volts);
    }

    private static double growthTo(String cathode, double volts) {
        Cell cell = cell(cathode + " { loading 1.0 mAh/cm2 }");
        return cycle(cell, delithiationAt(cell, volts), 5, 1).crack() - param("initial crack length");
    }

    /**
     * The collapse that cracks Ni-rich particles comes with deep charge: at the same 4.3 V cut-off
     * NCM811 collapses by about 5 % and cracks, NCM622 and NCM523 much less (Kondrakov et al. 2017; Ryu,
     * Park, Yoon and Sun, Chem. Mater. 30 (2018) 1155: intergranular microcracks after cycling to 4.3 V
     * grow with the Ni content, NCM with 60 % Ni stays nearly intact); a lower cut-off (4.1 V) keeps
     * NCM811 above 40 % Li, below the collapse (Jousseaume et al., Energy Environ. Sci. 17 (2024)).
     */
    @Test
    void moreNickelAndAHigherCutOffCrackFaster() {
        double ncm811 = growthTo("NCM811", 4.3);
        double ncm622 = growthTo("NCM622", 4.3);
        double ncm523 = growthTo("NCM523", 4.3);
        double ncm811low = growthTo("NCM811", 4.1);
        assertTrue(ncm811 > 3 * ncm622, ncm811 + " vs " + ncm622);
        assertTrue(ncm622 > ncm523, ncm622 + " vs " + ncm523);
        assertTrue(ncm811 > 0);
        assertEquals(0, ncm811low, "NCM811 charged to 4.1 V stays above 40 % Li");
    }

    /**
     * The crack runs through the lattice: a closed coating on the particles changes nothing; LiCoO2 and
     * LiFePO4 (no lattice collapse in the library) are not touched.
     */
    @Test
    void coatingsDoNotStopItAndOtherCathodesAreNotTouched() {
        double bare = cycle(cell("NCM811 { loading 1.0 mAh/cm2 }"), 0.72, 5, 2).crack();
        double coated = cycle(cell("NCM811 { loading 1.0 mAh/cm2  coating Al2O3 { thickness 5 nm  coverage 100 %  method ald } }"),
                0.72, 5, 2).crack();
        assertEquals(bare, coated, 1e-12 * bare);
        assertFalse(mechanism().appliesTo(cathodeSide(cell("LCO { loading 1.0 mAh/cm2 }"))));
        assertFalse(mechanism().appliesTo(cathodeSide(cell("LFP { loading 1.0 mAh/cm2 }"))));
        assertTrue(mechanism().appliesTo(cathodeSide(cell("NCM622 { loading 1.0 mAh/cm2 }"))));
    }
}
