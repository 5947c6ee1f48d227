package org.interphase.mechanisms.cathode.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interphase.solver.api.Conditions;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.testing.CellTexts;
import org.interphase.testing.RecordedEffects;
import org.junit.jupiter.api.Test;

/**
 * filler_interface reads a filler's 'polymer reactivity' at the temperature it was derived at (issue
 * 12): LSPS's 1e-17 cm2/s is ~20 nm of PEO/sulfide interphase in ~100 h at 60 °C (library note), so at
 * 60 °C and 20 nm the parabolic rate is k / 2d with that k, and at 25 °C the Arrhenius factor of 0.7 eV
 * lower. Before the fix the 60 °C value was taken as a 25 °C one: 17x too fast at 60 °C.
 */
class FillerInterfaceTest {

    private static final String CELL = """
            package t
            cell X {
                area 1 cm2
                cathode LCO { loading 1.5 mAh/cm2 }
                electrolyte {
                    polymer PEO { end group methoxy }
                    salt LiTFSI { ratio EO:Li 20 }
                    filler LSPS { fraction 10 wt%  particle size 1 um }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }
            """;

    private static double rate(double temperatureK) {
        ActiveMechanism m = CellTexts.activate(CellTexts.cell(CELL), "filler_interface").get(0);
        double[] rates = new double[1];
        m.process().evaluate(new Conditions(0, temperatureK, 0, 0, 0), new double[] { 20e-9 }, rates,
                new RecordedEffects());
        return rates[0];
    }

    @Test
    void reactivityIsTheSixtyDegreeValue() {
        // d^2 = k t: (20 nm)^2 in 100 h gives k = 1.11e-21 m2/s; dd/dt = k / 2d at d = 20 nm
        double published = 20e-9 * 20e-9 / 3.6e5 / (2 * 20e-9);
        assertEquals(published, rate(333.15), 0.15 * published);
        double arrhenius = Math.exp(-0.7 / 8.617333262e-5 * (1 / 298.15 - 1 / 333.15));
        assertEquals(rate(333.15) * arrhenius, rate(298.15), 1e-3 * rate(298.15));
    }
}
