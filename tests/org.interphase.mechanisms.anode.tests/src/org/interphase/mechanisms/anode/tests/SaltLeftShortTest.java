package org.interphase.mechanisms.anode.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.mechanisms.anode.tests.SymmetricCellTest.Run;
import org.interphase.model.results.RunStatus;
import org.interphase.solver.cell.PolymerElectrolyte;
import org.junit.jupiter.api.Test;

/**
 * With 'salt consumption' on, the SEI's anion reduction drains salt from the film until the limiting current of what is
 * left falls to the plating current; the salt then runs out at the lithium and a filament shorts the cell. The short's
 * message must quote the limiting current of the salt left, not the film's at c0. Reference: the limiting current of a
 * binary salt with constant properties, J* = 2 c F D / ((1 - t+) L) (Newman and Thomas-Alyea, Electrochemical Systems,
 * 3rd ed., ch. 11; the steady profile that reaches zero at the wall), linear in c: at the share s of the salt left it is
 * s J*(c0), and the salt runs out at the wall (the profile is quasi-steady: L^2/D ~ 10^2-10^3 s against hours of drain)
 * when it has fallen to the plating current. So at the short the quoted J* is the plating current (less the little salt
 * the tips' drift across the film drains after the onset), half the film's J*(c0) here.
 */
class SaltLeftShortTest {

    private static final Pattern QUOTED = Pattern.compile(
            "limiting current ([0-9.eE+-]+) mA/cm2 at the ([0-9.eE+-]+) % of its salt left");

    @Test
    void theShortQuotesTheLimitingCurrentOfTheSaltLeft() {
        // the range's strongest drain (0.25 salt per lithium lost: SEI share 0.5, anion share 1, 2 electrons) so that
        // the film's salt halves within hours; flat roughness: only the salt's exhaustion starts filaments
        Map<String, Double> drain = Map.of("salt consumption", 1.0, "anion share of sei lithium", 1.0,
                "electrons per anion reduced", 2.0);
        Map<String, Double> deadLithium = new java.util.HashMap<>(drain);
        deadLithium.put("sei share of plating loss", 0.5);
        // continuous plating in half-hour steps: the runners drain the reduced salt at each step's start
        // 300 um foils: the drain takes hours and 50 um would be stripped away first
        String cell = SymmetricCellTest.lithiumCell("", "").replace("polymer PEO ", "polymer FlatPeo ")
                .replace("Li { thickness 50 um", "Li { thickness 300 um");
        Run r = SymmetricCellTest.run(cell, """
                protocol Drain {
                    temperature 60 °C
                    repeat until 50 h {
                        plate at 1 mA/cm2 for 0.5 h
                    }
                    stop when short circuit
                }
                """, List.of("anode_reduction", "dead_lithium", "dendrite_growth"),
                Map.of("anode_reduction", drain, "dead_lithium", deadLithium, "dendrite_growth",
                        Map.of("surface roughness amplitude", 0.0)));
        String reason = r.result().getStopReason();
        assertEquals(RunStatus.SHORT_CIRCUIT, r.result().getStatus(), reason);
        assertTrue(reason.contains("salt ran out"), reason);
        Matcher m = QUOTED.matcher(reason);
        assertTrue(m.find(), "the message quotes the limiting current at the salt left: " + reason);
        double quoted = Double.parseDouble(m.group(1));
        double share = Double.parseDouble(m.group(2)) / 100;
        double atC0 = PolymerElectrolyte.of(r.cell().getElectrolyte()).limitingCurrent(333.15) / 10;
        assertTrue(atC0 > 1.5, "the film's J* at c0 is well above the plating current: " + atC0);
        // constant properties: J* in proportion to the salt left (3 significant digits quoted)
        assertEquals(atC0 * share, quoted, 0.01 * quoted, reason);
        // the salt ran out when J* of what is left fell to the plating current of 1 mA/cm2
        assertEquals(1.0, quoted, 0.08, reason);
    }
}
