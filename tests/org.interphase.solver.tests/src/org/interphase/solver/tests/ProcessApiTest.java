package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.interphase.solver.api.CellProperties;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.StateVariable;
import org.junit.jupiter.api.Test;

/** The helpers of API 1.3 that the built-in mechanisms are written with. */
class ProcessApiTest {

    /**
     * InterfaceProcess.of keeps its own copy of the state variables (the engine needs "the same list
     * every time", InterfaceProcess.state's contract), so a caller changing its list afterwards changes
     * nothing, and hands the evaluation the engine's arrays.
     */
    @Test
    void ofKeepsTheStateAndPassesTheArraysThrough() {
        List<StateVariable> state = new ArrayList<>(List.of(new StateVariable("a", "m", 1), new StateVariable("b", "m", 2)));
        InterfaceProcess p = InterfaceProcess.of(state, (c, y, rates, effects) -> {
            rates[0] = y[1];
            rates[1] = -y[0];
        });
        state.clear();
        assertEquals(2, p.state().size());
        assertSame(p.state(), p.state());
        double[] rates = new double[2];
        p.evaluate(null, new double[] { 3, 5 }, rates, null);
        assertEquals(5, rates[0]);
        assertEquals(-3, rates[1]);
        assertEquals(List.of(new StateVariable("x", "m", 0)),
                InterfaceProcess.of(new StateVariable("x", "m", 0), (c, y, r, e) -> { }).state());
        assertThrows(NullPointerException.class, () -> InterfaceProcess.of(List.of(), null));
    }

    /**
     * CellProperties.interpolate: on the straight line between neighbouring points (between (0.2, 1) and
     * (0.6, 3), x = 0.3 lies a quarter of the way: 1.5; x = 0.8 halfway to (1.0, 0): 1.5), exact at the
     * points, and the end values outside them (no extrapolation).
     */
    @Test
    void interpolateIsLinearBetweenPointsAndFlatOutside() {
        double[] x = { 0.2, 0.6, 1.0 };
        double[] y = { 1, 3, 0 };
        assertEquals(1.5, CellProperties.interpolate(x, y, 0.3), 1e-12);
        assertEquals(1.5, CellProperties.interpolate(x, y, 0.8), 1e-12);
        assertEquals(3, CellProperties.interpolate(x, y, 0.6));
        assertEquals(1, CellProperties.interpolate(x, y, -5));
        assertEquals(0, CellProperties.interpolate(x, y, 7));
    }
}
