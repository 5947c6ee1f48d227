package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.dsl.validation.IssueCodes;
import org.interphase.dsl.workspace.Problem;
import org.junit.jupiter.api.Test;

/**
 * What the engine shorts on or stops at, the checker warns of first (issue 12 item 7): lithium plated above the film's
 * limiting current, and steps slower than the engine's longest step. Each warning is located on the study's cell and
 * names the protocol's line.
 */
class ProtocolDoubtsTest {

    /** The fixture's cell as a Li|Li cell plated and stripped at a temperature and a current (two %s). */
    private static final String LI_LI = Cells.VALID.replace("cathode LCO { loading 1.5 mAh/cm2 }", "cathode Li { thickness 50 um }")
            .replace("temperature 60 °C", "temperature %s")
            .replace("charge at C/5 until 4.2 V", "plate at %s for 1 h").replace("discharge at C/5 until 3.0 V", "strip at %s for 1 h")
            .replace("mechanisms all\n    report capacity retention", "mechanisms anode_reduction, dendrite_growth\n"
                    + "    report overpotential, time to short");

    private static final Pattern QUOTED = Pattern.compile("at ([0-9.e+-]+) mA/cm2 at .*limiting current J\\* = ([0-9.e+-]+) mA/cm2");

    private static List<Problem> doubts(String text) {
        return Cells.check(text).stream().filter(p -> IssueCodes.DOUBTFUL_PROTOCOL.equals(p.code())).toList();
    }

    private static String liLi(String temperature, String current) {
        return LI_LI.formatted(temperature, current, current);
    }

    /**
     * A Li|Li PEO-LiTFSI cell plated at 0.1 mA/cm2 at -40 °C and at 0.5 mA/cm2 at 0 °C: PEO-LiTFSI conducts
     * about 1e-3 S/cm at 60 °C and two to three decades less at 0 °C (its VFT law; Lascaud et al., Macromolecules
     * 27 (1994) 7469), its salt diffusivity with it, so the ~2.7 mA/cm2 of a 50 um film at 60 °C is a few hundredths
     * of a mA/cm2 or less there. The checker said nothing (it only looked at full cells far below the melting point).
     * At 60 °C the same 0.1 mA/cm2 (examples/anode.cell) is no doubt.
     */
    @Test
    void aLiLiCellPlatedAboveItsLimitingCurrentIsWarned() {
        for (String[] c : new String[][] { { "-40 °C", "0.1 mA/cm2" }, { "0 °C", "0.5 mA/cm2" } }) {
            String text = liLi(c[0], c[1]);
            List<Problem> doubts = doubts(text);
            assertEquals(1, doubts.size(), Cells.check(text).toString());
            Problem p = doubts.get(0);
            assertEquals(Problem.Severity.WARNING, p.severity());
            assertEquals(Cells.lineOf(text, "    cell C\n"), p.line());
            assertTrue(p.message().contains("line " + Cells.lineOf(text, "plate at")), p.message());
            assertTrue(p.message().contains("plates at " + c[1].replace(" mA/cm2", "")), p.message());
            Matcher m = QUOTED.matcher(p.message());
            assertTrue(m.find(), p.message());
            assertTrue(Double.parseDouble(m.group(2)) < Double.parseDouble(m.group(1)), p.message());
        }
        assertEquals(List.of(), doubts(liLi("60 °C", "0.1 mA/cm2")));
    }

    /**
     * A full cell charged at 5C (7.5 mA/cm2 of 1.5 mAh/cm2) at 60 °C, above the ~2.7 mA/cm2 its 50 um film carries:
     * the lithium it plates is where the salt runs out. Not far below the melting point, so the checker said nothing.
     * A 5C discharge (a rate test: the capacity falls, the lithium strips) and the C/5 charge are no doubt.
     */
    @Test
    void aFullCellChargedAboveItsLimitingCurrentIsWarned() {
        String text = Cells.with("charge at C/5 until 4.2 V", "charge at 5 C until 4.2 V");
        List<Problem> doubts = doubts(text);
        assertEquals(1, doubts.size(), Cells.check(text).toString());
        assertTrue(doubts.get(0).message().contains("charges at 7.50 mA/cm2 at 60 °C, above the film's limiting current"),
                doubts.get(0).message());
        assertEquals(List.of(), doubts(Cells.with("discharge at C/5 until 3.0 V", "discharge at 5 C until 3.0 V")));
        assertEquals(List.of(), doubts(Cells.VALID));
    }

    /**
     * A charge at C/30000 moves the nominal capacity in 30 000 h = 1.08e8 s, beyond the engine's longest step of 1e8 s
     * (3.2 years), where the run stops (session 15); C/20000 takes 7.2e7 s and is no doubt, nor is C/30000 for a given
     * time.
     */
    @Test
    void aStepSlowerThanTheEnginesLongestStepIsWarned() {
        String text = Cells.with("charge at C/5 until 4.2 V", "charge at C/30000 until 4.2 V");
        List<Problem> doubts = doubts(text);
        assertEquals(1, doubts.size(), Cells.check(text).toString());
        assertEquals(Cells.lineOf(text, "    cell C\n"), doubts.get(0).line());
        assertTrue(doubts.get(0).message().contains("line " + Cells.lineOf(text, "charge at C/30000")), doubts.get(0).message());
        assertTrue(doubts.get(0).message().contains("would take 3.00e+04 h to move the 1.50 mAh/cm2 of C, longer than the"
                + " engine's longest step, 1.00e+08 s (3.2 years)"), doubts.get(0).message());
        assertEquals(List.of(), doubts(Cells.with("charge at C/5 until 4.2 V", "charge at C/20000 until 4.2 V")));
        assertEquals(List.of(), doubts(Cells.with("charge at C/5 until 4.2 V", "charge at C/30000 for 10 h")));
    }
}
