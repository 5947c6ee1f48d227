package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.solver.cell.CellModel;
import org.interphase.solver.cycling.Cycler;
import org.interphase.solver.cycling.Cycler.End;
import org.junit.jupiter.api.Test;

/** Constant-current, constant-voltage and rest steps on the bare LCO cell at 60 °C, without degradation. */
class CyclerTest {

    /** 1.5 mAh/cm2 = 5.4 C / 1e-4 m2 = 54000 C/m2; 1 C is 1.5 mA/cm2 = 15 A/m2. */
    private static final double LOADING = 54000;
    private static final double ONE_C = 15;

    private static Cycler fresh() {
        CellModel model = CellModel.of(TestCells.cell(TestCells.BARE_LCO), 333.15);
        return new Cycler(model, model.cathode().ocv().minDelithiation());
    }

    /**
     * The loading counts at LCO's 140 mAh/g to 4.2 V, so a slow charge to 4.2 V returns the loading
     * (domain brief: ~140 mAh/g to 4.2 V).
     */
    @Test
    void slowChargeToTheCutOffGivesTheLoading() {
        Cycler c = fresh();
        Cycler.StepResult r = c.constantCurrent(ONE_C / 50, 4.2, Double.POSITIVE_INFINITY);
        assertEquals(End.CUT_OFF, r.end());
        assertEquals(4.2, r.endVoltage(), 1e-3);
        assertEquals(LOADING, r.charge(), 0.02 * LOADING);
    }

    /** Polarisation makes the cut-off come earlier at 1C; a CV hold to C/50 recovers the rest. */
    @Test
    void fastChargeLosesCapacityThatAHoldRecovers() {
        Cycler slow = fresh();
        double slowCharge = slow.constantCurrent(ONE_C / 50, 4.2, Double.POSITIVE_INFINITY).charge();
        Cycler fast = fresh();
        Cycler.StepResult cc = fast.constantCurrent(ONE_C, 4.2, Double.POSITIVE_INFINITY);
        assertTrue(cc.charge() < 0.97 * slowCharge, "1C: " + cc.charge() + " vs C/50: " + slowCharge);
        Cycler.StepResult cv = fast.constantVoltage(4.2, ONE_C / 50, Double.POSITIVE_INFINITY);
        assertEquals(End.TAPER_CURRENT, cv.end());
        assertEquals(slowCharge, cc.charge() + cv.charge(), 0.01 * slowCharge);
        assertTrue(cv.duration() > 0);
    }

    /** Without side reactions all charge comes back: coulombic efficiency 100 %. */
    @Test
    void dischargeReturnsTheCharge() {
        Cycler c = fresh();
        double in = c.constantCurrent(ONE_C / 5, 4.2, Double.POSITIVE_INFINITY).charge();
        c.rest(600);
        Cycler.StepResult out = c.constantCurrent(-ONE_C / 5, 3.0, Double.POSITIVE_INFINITY);
        // LCO's OCV at the discharged end (3.80 V) lies above 3.0 V: the discharge empties the curve
        assertEquals(End.FULLY_DISCHARGED, out.end());
        assertEquals(in, out.charge(), 1e-6 * in);
    }

    /** A step that starts beyond its cut-off passes no charge. */
    @Test
    void stepAlreadyPastItsCutOff() {
        Cycler c = fresh();
        Cycler.StepResult r = c.constantCurrent(-ONE_C / 5, 3.9, Double.POSITIVE_INFINITY);
        assertEquals(End.CUT_OFF, r.end());
        assertEquals(0, r.charge());
    }

    /** A duration limit: C/5 for 1 h passes 0.2 of the loading. */
    @Test
    void durationLimitedStep() {
        Cycler c = fresh();
        Cycler.StepResult r = c.constantCurrent(ONE_C / 5, Double.NaN, 3600);
        assertEquals(End.DURATION, r.end());
        assertEquals(3600, r.duration(), 1e-6);
        assertEquals(0.2 * LOADING, r.charge(), 1e-6 * LOADING);
    }
}
