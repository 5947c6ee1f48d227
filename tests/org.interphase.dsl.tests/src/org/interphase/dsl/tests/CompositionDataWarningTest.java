package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.dsl.workspace.Problem;
import org.junit.jupiter.api.Test;

/**
 * An EO:Li outside the polymer's composition data (PEO-LiTFSI: VFT fits at EO:Li 16.7 and 25, PFG-NMR
 * self-diffusion at 7.14 to 100) is a located warning: the engine holds its composition laws at the end of
 * the data there.
 */
class CompositionDataWarningTest {

    @Test
    void aSaltRichFilmBeyondTheDataIsWarnedAtItsRatio() {
        String text = Cells.with("ratio EO:Li 20", "ratio EO:Li 5");
        List<Problem> problems = Cells.check(text);
        assertEquals(1, problems.size(), () -> "expected one warning, got " + problems);
        Problem p = problems.get(0);
        assertEquals(Problem.Severity.WARNING, p.severity(), p::format);
        assertTrue(p.message().contains("EO:Li 5 lies outside the EO:Li range of PEO's conductivity and self-diffusion"
                + " data (7.14 to 100)"), p::format);
        int line = text.substring(0, text.indexOf("EO:Li 5")).split("\n", -1).length;
        assertEquals(line, p.line(), p::format);
    }

    @Test
    void aRatioInsideTheDataIsNotWarned() {
        assertEquals(List.of(), Cells.check(Cells.with("ratio EO:Li 20", "ratio EO:Li 8")));
        assertEquals(List.of(), Cells.check(Cells.VALID));
    }
}
