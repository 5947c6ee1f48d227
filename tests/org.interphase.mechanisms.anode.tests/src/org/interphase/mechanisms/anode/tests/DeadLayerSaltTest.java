package org.interphase.mechanisms.anode.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.interphase.model.Cell;
import org.interphase.model.InterfaceKind;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.cell.FilmPhases;
import org.interphase.solver.cell.PolymerElectrolyte;
import org.interphase.solver.run.ActiveMechanism;
import org.interphase.solver.run.MechanismActivation;
import org.interphase.testing.CellTexts;
import org.interphase.testing.RecordedEffects;
import org.junit.jupiter.api.Test;

/**
 * dead_lithium 0.4.0 (issue 12, item 7): the porous layer of dead lithium holds the film's electrolyte in its pores
 * (Chen et al., J. Mater. Chem. A 5 (2017) 11671), so once the salt's reduction (the mechanisms' 'salt consumption')
 * has taken salt out of the film, the pores conduct as the film now does, not as it did with the salt it started with:
 * the layer's resistance goes as the film's bulk resistance, which the engine reads at the salt left (the salt evens
 * out across a 50 um film within L^2/D, about an hour at 60 °C). Until 0.4.0 the layer read the conductivity at c0
 * whatever salt was left.
 */
class DeadLayerSaltTest {

    @Test
    void theLayersPoresHoldTheSaltLeft() {
        FilmPhases.within(() -> {
            Cell cell = LithiumSaltMixtureTest.liPeoLi("salt LiTFSI { ratio EO:Li 20 }");
            ActiveMechanism dead = MechanismActivation.activate(cell, CellTexts.mechanisms("dead_lithium"),
                    Map.of("dead_lithium", Map.of("salt consumption", 1.0))).stream()
                    .filter(m -> m.where() == CellTexts.side(cell, InterfaceKind.ANODE_ELECTROLYTE)).findFirst().orElseThrow();
            double[] state = new double[dead.size()];
            state[0] = 1e-3; // mol/m2 of inactive lithium, about 0.13 um of solid
            double fresh = layer(dead, state);
            // what the runner does when mechanisms reduced half the salt (SaltInventory.drain)
            PolymerElectrolyte film = PolymerElectrolyte.of(cell.getElectrolyte());
            double bulk = film.drained(0.5);
            double drained = layer(dead, state);
            assertTrue(bulk < 0.9, "half the salt conducts less: " + bulk);
            assertEquals(1 / bulk, drained / fresh, 1e-9, "the layer's resistance goes as the bulk's");
            return null;
        });
    }

    private static double layer(ActiveMechanism m, double[] state) {
        RecordedEffects e = new RecordedEffects();
        m.process().evaluate(new Conditions(0, 333.15, 0, 0, 0), state, new double[m.size()], e);
        assertTrue(e.film > 0);
        return e.film;
    }
}
