package org.interphase.mechanisms.oxidation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.model.Cell;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.solver.run.LinearSweep;
import org.junit.jupiter.api.Test;

/**
 * The oxidation onset depends on the sweep's temperature (issue 12/18: the engine had one onset per polymer,
 * whatever the conditions of the sweep). The rate constant of an interfacial reaction is thermally activated;
 * the domain brief gives 0.5-0.9 eV [est] for interfacial reactions. A Tafel current with an Arrhenius rate
 * constant, i = i_ref exp(-Ea/R (1/T - 1/T_ref)) exp(alpha F (E - E_on)/(R T)), reaches a fixed threshold at
 * E_on + (Ea/(alpha F)) (1 - T/T_ref) (analytic), so between the calibration temperature (60 °C, where PEO-LiTFSI
 * on steel is 4.5 V, domain brief [cal]) and 25 °C the onset must move up by 0.105-0.189 V for alpha 0.5 and
 * Ea anywhere in that range; above 60 °C it must move down. Without the activation energy the onset stays at
 * 4.5 V at every temperature and these tests fail.
 */
class OnsetTemperatureTest {

    private static double onset(double temperatureK) {
        return onset(temperatureK, "PEO { end group methoxy }", "ratio EO:Li 20");
    }

    private static double onset(double temperatureK, String polymer, String amount) {
        Cell cell = SweepCells.sweepCell("SS", polymer, amount);
        List<ActiveMechanism> active = SweepCells.polymerOxidation(cell);
        double onset = LinearSweep.onset(new LinearSweep(cell, active, temperatureK).run(3.0, 6.0, 1e-4), 0.1);
        System.out.printf(java.util.Locale.ROOT, "onset %s on steel at %.2f K: %.3f V%n", polymer, temperatureK, onset);
        return onset;
    }

    @Test
    void theCalibrationTemperatureKeepsTheLibraryOnset() {
        assertEquals(4.5, onset(333.15), 0.05); // domain brief [cal], sweeps at 60 °C
    }

    @Test
    void aRoomTemperatureSweepOnsetsLaterByTheActivationEnergysShift() {
        double shift = onset(298.15) - onset(333.15);
        // (Ea / alpha) (1 - 298.15/333.15) for Ea = 0.5 and 0.9 eV (domain brief [est]), alpha = 0.5
        assertTrue(shift > 0.105 - 0.01 && shift < 0.189 + 0.01, "shift " + shift + " V");
    }

    @Test
    void aHotterSweepOnsetsEarlier() {
        double shift = onset(353.15) - onset(333.15);
        // (Ea / alpha) (1 - 353.15/333.15) for Ea = 0.5-0.9 eV: -0.060 to -0.108 V
        assertTrue(shift < -0.06 + 0.01 && shift > -0.108 - 0.01, "shift " + shift + " V");
    }

    /**
     * PDOL's onset (4.3 V, an estimate) rests on room-temperature sweeps (library: onset temperature 25 °C), so a
     * 25 °C sweep reads it and a 60 °C sweep onsets earlier by (Ea/alpha) (333.15/298.15 - 1), 0.117-0.211 V for
     * Ea = 0.5-0.9 eV (domain brief [est]); reading it as a 60 °C value would put the 25 °C onset 0.15 V too high (4.45 V).
     */
    @Test
    void aPolymerMeasuredAtRoomTemperatureKeepsItsOnsetThere() {
        double room = onset(298.15, "PDOL", "concentration 1 mol/kg");
        double hot = onset(333.15, "PDOL", "concentration 1 mol/kg");
        assertEquals(4.3, room, 0.05);
        double shift = room - hot;
        assertTrue(shift > 0.117 - 0.01 && shift < 0.211 + 0.01, "shift " + shift + " V");
    }
}
