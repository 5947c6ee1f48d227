package org.interphase.mechanisms.anode.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.interphase.mechanisms.anode.tests.SymmetricCellTest.Run;
import org.junit.jupiter.api.Test;

/**
 * The lithium-side SEI depends on the salt (anode_reduction reads the salt's "lithium sei conductivity").
 * Reference: J. Power Sources 94 (2001) 201, abstract: Li/PEO-LiClO4 1000 ohm cm2 after 25 days at 70 °C,
 * Li/PEO-LiTFSI 67 ohm cm2 after 30 days at 80 °C. LiClO4's SEI conductivity is fitted on this pair (the
 * library says so; validation cases jps2001-li-peo-rint and jps2001-li-peoclo4-rint calibrate it), so this is
 * a calibration test: it fails if the engine stops reading the salt, if the SEI's growth or conduction law
 * changes enough to leave the paper's factor 3, or if the salt's value leaves the window the pair allows.
 */
class SaltInterphaseTest {

    private static String cell(String salt) {
        return """
                    cathode Li { thickness 100 um }
                    electrolyte {
                        polymer PEO
                        salt %s { ratio EO:Li 20 }
                        thickness 100 um
                    }
                    anode Li { thickness 100 um }
                """.formatted(salt);
    }

    private static final String TWENTY_FIVE_DAYS_AT_70 = """
            protocol Aging25Days70 {
                temperature 70 °C
                rest for 600 h
                impedance from 1 MHz to 0.01 Hz
            }
            """;

    private static final String THIRTY_DAYS_AT_80 = """
            protocol Aging30Days {
                temperature 80 °C
                rest for 720 h
                impedance from 1 MHz to 0.01 Hz
            }
            """;

    /** LiClO4 as the case file used to declare it: formula mass and density, no lithium-side property. */
    private static final String PLAIN_PERCHLORATE = """
            material PlainClo4 : salt {
                molar mass = 106.39 g/mol  source "formula mass of LiClO4"
                density = 2.42 g/cm3  source "CRC Handbook: LiClO4 2.42 g/cm3"
            }
            """;

    private static double interfacial(String salt, String protocol) {
        Run r = SymmetricCellTest.run(cell(salt), PLAIN_PERCHLORATE + protocol, List.of("anode_reduction"), Map.of());
        return r.result().getMetrics().getInterfacialResistance();
    }

    @Test
    void perchlorateMakesTheLithiumInterfaceFarMoreResistiveThanTfsi() {
        double perchlorate = interfacial("LiClO4", TWENTY_FIVE_DAYS_AT_70);
        // the abstract's 1000 ohm cm2, within the validation case's factor 3 (the cell's two interfaces)
        assertTrue(perchlorate > 1000 / 3.0 && perchlorate < 1000 * 3.0, perchlorate + " ohm cm2");
        double tfsi = interfacial("LiTFSI", THIRTY_DAYS_AT_80);
        // published 1000 / 67 = 15 although the LiTFSI cell aged longer and hotter; at least 5 (15 / 3)
        assertTrue(perchlorate / tfsi > 15 / 3.0, perchlorate + " vs " + tfsi + " ohm cm2");
    }

    @Test
    void withoutTheSaltsSeiTheInterfaceIsTheTfsiOne() {
        // the same cell with a perchlorate that gives no lithium-side property: the polymer's SEI at the
        // mechanism's default conductivity, 17 times below the measured 1000 ohm cm2
        double plain = interfacial("PlainClo4", TWENTY_FIVE_DAYS_AT_70);
        assertTrue(plain < 1000 / 3.0, plain + " ohm cm2");
    }
}
