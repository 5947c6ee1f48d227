package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.interphase.model.Cell;
import org.interphase.solver.cell.CellModel;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.solver.run.MechanismActivation;
import org.interphase.solver.run.Simulation;
import org.interphase.solver.run.Simulation.End;
import org.junit.jupiter.api.Test;

/** Constant-current, constant-voltage and rest steps on the bare LCO cell at 60 °C. */
class SimulationTest {

    /** 1.5 mAh/cm2 = 5.4 C / 1e-4 m2 = 54000 C/m2; 1 C is 1.5 mA/cm2 = 15 A/m2. */
    private static final double LOADING = 54000;
    private static final double ONE_C = 15;

    private static Simulation fresh(List<ActiveMechanism> mechanisms) {
        CellModel model = CellModel.of(TestCells.cell(TestCells.BARE_LCO), 333.15);
        return new Simulation(model, mechanisms, model.cathode().ocv().minDelithiation());
    }

    private static Simulation fresh() {
        return fresh(List.of());
    }

    /**
     * The loading counts at LCO's 140 mAh/g to 4.2 V, so a slow charge to 4.2 V returns the loading
     * (domain brief: ~140 mAh/g to 4.2 V).
     */
    @Test
    void slowChargeToTheCutOffGivesTheLoading() {
        Simulation.Step r = fresh().constantCurrent(ONE_C / 50, 4.2, Double.POSITIVE_INFINITY);
        assertEquals(End.CUT_OFF, r.end());
        assertEquals(4.2, r.endVoltage(), 1e-3);
        assertEquals(LOADING, r.charge(), 0.02 * LOADING);
    }

    /** Polarisation makes the cut-off come earlier at 1C; a CV hold to C/50 recovers the rest. */
    @Test
    void fastChargeLosesCapacityThatAHoldRecovers() {
        double slowCharge = fresh().constantCurrent(ONE_C / 50, 4.2, Double.POSITIVE_INFINITY).charge();
        Simulation fast = fresh();
        Simulation.Step cc = fast.constantCurrent(ONE_C, 4.2, Double.POSITIVE_INFINITY);
        assertTrue(cc.charge() < 0.97 * slowCharge, "1C: " + cc.charge() + " vs C/50: " + slowCharge);
        Simulation.Step cv = fast.constantVoltage(4.2, ONE_C / 50, Double.POSITIVE_INFINITY);
        assertEquals(End.TAPER_CURRENT, cv.end());
        assertEquals(slowCharge, cc.charge() + cv.charge(), 0.01 * slowCharge);
        assertTrue(cv.duration() > 0);
    }

    /**
     * Without side reactions the charge comes back: LCO's OCV falls below 3 V at full lithiation
     * (Ramadass et al. 2004), so the discharge ends at its 3.0 V cut-off, within 3 % of the charge (what
     * stays in the particle: the surface leads the mean by R^2/(15 D) dx/dt, ~0.5 % of x at C/5, and the
     * cut-off comes on the last steep 0.5 % of the curve).
     */
    @Test
    void dischargeEndsAtItsCutOffAndReturnsTheCharge() {
        Simulation s = fresh();
        double in = s.constantCurrent(ONE_C / 5, 4.2, Double.POSITIVE_INFINITY).charge();
        s.rest(600);
        Simulation.Step out = s.constantCurrent(-ONE_C / 5, 3.0, Double.POSITIVE_INFINITY);
        assertEquals(End.CUT_OFF, out.end());
        assertEquals(3.0, out.endVoltage(), 1e-3);
        assertTrue(-out.charge() < in, "a cut-off leaves some lithium out of the particle");
        assertEquals(in, -out.charge(), 0.03 * in);
    }

    /**
     * Resistance and solid diffusion cost capacity: a 1C discharge reaches 3.0 V with less charge than
     * a C/10 one (the cut-off arrives while the particle surface is fuller than its mean), as every
     * rate test of a layered oxide shows.
     */
    @Test
    void aFasterDischargeDeliversLess() {
        double[] delivered = new double[2];
        double[] rates = { ONE_C / 10, ONE_C };
        for (int k = 0; k < 2; k++) {
            Simulation s = fresh();
            s.constantCurrent(ONE_C / 50, 4.2, Double.POSITIVE_INFINITY);
            Simulation.Step out = s.constantCurrent(-rates[k], 3.0, Double.POSITIVE_INFINITY);
            assertEquals(End.CUT_OFF, out.end());
            delivered[k] = -out.charge();
        }
        assertTrue(delivered[1] < 0.98 * delivered[0], "1C " + delivered[1] + " vs C/10 " + delivered[0] + " C/m2");
    }

    /** A step that starts beyond its cut-off passes no charge. */
    @Test
    void stepAlreadyPastItsCutOff() {
        Simulation.Step r = fresh().constantCurrent(-ONE_C / 5, 3.9, Double.POSITIVE_INFINITY);
        assertEquals(End.CUT_OFF, r.end());
        assertEquals(0, r.charge());
    }

    /** A duration limit: C/5 for 1 h passes 0.2 of the loading. */
    @Test
    void durationLimitedStep() {
        Simulation.Step r = fresh().constantCurrent(ONE_C / 5, Double.NaN, 3600);
        assertEquals(End.DURATION, r.end());
        assertEquals(3600, r.duration(), 1e-6);
        assertEquals(0.2 * LOADING, r.charge(), 1e-6 * LOADING);
    }

    /**
     * A constant oxidation leak i_l at the cathode (the test contribution) takes its share of the
     * charge current and keeps reducing the cathode during discharge, so the discharge returns
     * Q_charge - i_l (t_charge + t_discharge) - Q_left, Q_left what the 3.0 V cut-off leaves in the
     * particle (taken from the same steps without the leak): exactly what coulombic efficiency below
     * 100 % means.
     */
    @Test
    void aSideCurrentLowersCoulombicEfficiencyByItsCharge() {
        Cell cell = TestCells.cell(TestCells.BARE_LCO);
        double leak = 0.5; // A/m2 = 50 uA/cm2, overriding the declared 2 uA/cm2 to make the effect large
        List<ActiveMechanism> active = MechanismActivation.activate(cell,
                List.of(MechanismRegistry.getDefault().get("test_leak").orElseThrow()),
                Map.of("test_leak", Map.of("leak current", leak)));
        assertEquals(1, active.size(), "one cathode/electrolyte interface");
        Simulation plain = fresh();
        double left = plain.constantCurrent(ONE_C / 5, 4.2, Double.POSITIVE_INFINITY).charge()
                + plain.constantCurrent(-ONE_C / 5, 3.0, Double.POSITIVE_INFINITY).charge();
        Simulation s = fresh(active);
        Simulation.Step charge = s.constantCurrent(ONE_C / 5, 4.2, Double.POSITIVE_INFINITY);
        Simulation.Step discharge = s.constantCurrent(-ONE_C / 5, 3.0, Double.POSITIVE_INFINITY);
        double expected = charge.charge() - leak * (charge.duration() + discharge.duration()) - left;
        assertEquals(expected, -discharge.charge(), 3e-3 * charge.charge());
        assertTrue(-discharge.charge() < 0.95 * charge.charge());
    }
}
