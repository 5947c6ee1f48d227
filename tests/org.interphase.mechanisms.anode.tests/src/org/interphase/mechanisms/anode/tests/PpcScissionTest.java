package org.interphase.mechanisms.anode.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.interphase.mechanisms.anode.tests.SymmetricCellTest.Run;
import org.interphase.model.results.RunStatus;
import org.interphase.solver.api.Physics;
import org.junit.jupiter.api.Test;

/**
 * PPC against lithium at room temperature, bare and on a cellulose nonwoven.
 * <p>
 * What the literature says (abstracts): PPC "degrades to micromolecular segments when it contacts the Li-metal
 * anode"; cellulose, as the electrolyte's scaffold, limits the reaction by physical obstruction and its
 * "hydroxyl units can also quench the lithium alkoxide intermediate to suppress further degradation" ("The
 * interfacial evolution between polycarbonate-based polymer electrolyte and Li-metal anode", 2018); metal
 * alkoxide chain ends unzip PPC into cyclic carbonate (Kuran and Listos, Polimery 39 (1994) 449); the
 * cellulose-supported PPC electrolyte cycles lithium cells at room temperature (Zhang et al., Sci. Rep. 4
 * (2014) 6272; Adv. Energy Mater. 5 (2015) 1501082). No readable source gives the time a bare PPC film takes
 * to fail on lithium, so the bare film's time below is the closed form of the law with the library's
 * estimated rate constant, not a measured time; what the test checks against the literature is the
 * difference the hydroxyls make: with them the scaffolded film's scission passivates.
 */
class PpcScissionTest {

    /** A 60 um PPC-LiTFSI film between lithium foils; %s takes a scaffold. */
    static final String PPC = """
                cathode Li { thickness 50 um }
                electrolyte {
                    polymer PPC
                    salt LiTFSI { concentration 1 mol/kg }
                    %s
                    thickness 60 um
                }
                anode Li { thickness 50 um }
            """;

    private static final String HOLD_25 = """
            protocol Hold25 {
                temperature 25 °C
                repeat until 2000 h {
                    rest 10 h
                    impedance from 1 MHz to 0.1 Hz
                }
            }
            """;

    /**
     * Bare PPC at 25 °C: nothing passivates, the front moves at k(25 °C) / (2 s0), k(25 °C) = 1e-19 m2/s
     * (library, 60 °C) x exp(-0.7 eV / k_B (1/298.15 K - 1/333.15 K)) = 5.71e-21 m2/s, s0 = 1 nm: 2.86e-12
     * m/s, so 15 um (a quarter of the 60 um film) liquefy in 1459 h and the film collapses. On cellulose
     * (60 % porosity) the hydroxyls, 18.5 mol/kg x 1.5 g/cm3 x 40 % = 11 100 mol/m3 of film, outnumber the
     * alkoxides the cut makes, 60 % / (400 cm3/mol) = 1500 mol/m3, so every alkoxide is quenched and the
     * liquefied layer grows as an SEI: (x + s0)^2 = s0^2 + a k t, 0.16 um in 2000 h (a = 0.6), and the
     * film's resistance hardly moves (before the quench was modelled the scaffolded front ran at a k / (2
     * s0), 12 um per side in 2000 h, and the film lost a third of its resistance: the test failed).
     */
    @Test
    void bareFilmCollapsesAtRoomTemperatureWhileHydroxylsQuenchTheScissionOnCellulose() {
        Run bare = SymmetricCellTest.run(PPC.formatted(""), HOLD_25, List.of("anode_reduction"), Map.of());
        Run cellulose = SymmetricCellTest.run(PPC.formatted("scaffold cellulose { porosity 60 % }"), HOLD_25,
                List.of("anode_reduction"), Map.of());
        assertEquals(RunStatus.SHORT_CIRCUIT, bare.result().getStatus(), bare.result().getStopReason());
        assertTrue(bare.result().getStopReason().contains("collapsed"), bare.result().getStopReason());
        double front = 1e-19 * Physics.arrhenius(0.7, 298.15, 333.15) / 2e-9;
        double expectedHours = 15e-6 / front / 3600;
        assertEquals(expectedHours, bare.result().getMetrics().getTimeToShort(), expectedHours * 0.01);

        assertEquals(RunStatus.COMPLETED, cellulose.result().getStatus(), cellulose.result().getStopReason());
        var held = cellulose.result().getCycles();
        double ratio = held.get(held.size() - 1).getResistance() / held.get(0).getResistance();
        assertTrue(ratio < 1, "the thin liquefied layer still conducts better than the film: " + ratio);
        assertTrue(ratio > 0.97, "the quenched scission passivates: resistance kept " + ratio);
    }

    /**
     * A scaffold without hydroxyls (the same nonwoven, hydroxyl content 0) quenches nothing: its front runs at the
     * fresh-lithium rate a k / (2 s0) until it has liquefied the polymer on its side (30 um, 2.9e3 h at 25 °C
     * for a = 0.6), so after 2000 h 12.3 um per side are liquid and the film's resistance has fallen by a
     * third, while the cellulose film keeps it (previous test). The scaffold still holds the liquid: no
     * collapse.
     */
    @Test
    void withoutHydroxylsTheScaffoldHoldsTheLiquidButDoesNotStopTheScission() {
        String inert = "scaffold InertNonwoven { porosity 60 % }";
        Run dry = runWith("material InertNonwoven : scaffold based on cellulose { hydroxyl content = 0 mol/kg }\n",
                inert);
        assertEquals(RunStatus.COMPLETED, dry.result().getStatus(), dry.result().getStopReason());
        var cycles = dry.result().getCycles();
        double ratio = cycles.get(cycles.size() - 1).getResistance() / cycles.get(0).getResistance();
        assertTrue(ratio < 0.8, "an unquenched front liquefies 12 um per side: resistance kept " + ratio);
    }

    private static Run runWith(String material, String scaffold) {
        return SymmetricCellTest.run(PPC.formatted(scaffold), material + HOLD_25, List.of("anode_reduction"), Map.of());
    }
}
