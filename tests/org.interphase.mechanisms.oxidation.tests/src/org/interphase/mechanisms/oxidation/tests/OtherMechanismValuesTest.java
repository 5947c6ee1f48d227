package org.interphase.mechanisms.oxidation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.solver.api.ParameterValues;
import org.junit.jupiter.api.Test;

/**
 * The look-up by which a mechanism reads another's values (cathode_surface_damage follows polymer_oxidation,
 * the proton budget reads cathode_surface_damage's share): present with the values where the mechanism is
 * installed, empty where it is not, with no exception standing for "absent" (issue 12's smaller defects).
 */
class OtherMechanismValuesTest {

    /**
     * A caller that gives no access to a study (a unit test's values) finds another mechanism's declared
     * defaults: polymer_oxidation's coating closure thickness, 1 nm as its plugin.xml declares it, and
     * cathode_surface_damage's four protons per dissolved LiCoO2 (Amatucci et al., Solid State Ionics 83
     * (1996) 167); an id no installed bundle contributes is empty.
     */
    @Test
    void anInstalledMechanismIsFoundAndAnAbsentOneIsEmpty() {
        ParameterValues plain = name -> 0;
        assertEquals(1e-9, plain.find("polymer_oxidation").orElseThrow().get("coating closure thickness"), 1e-21);
        assertEquals(4, plain.find("cathode_surface_damage").orElseThrow().get("protons per dissolved formula unit"));
        assertTrue(plain.find("no_such_mechanism").isEmpty());
    }
}
