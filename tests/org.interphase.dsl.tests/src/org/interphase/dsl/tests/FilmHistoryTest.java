package org.interphase.dsl.tests;

import static org.interphase.dsl.tests.Cells.check;
import static org.interphase.dsl.tests.Cells.errors;
import static org.interphase.dsl.tests.Cells.lineOf;
import static org.interphase.dsl.tests.Cells.parse;
import static org.interphase.dsl.tests.Cells.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.dsl.validation.CompositionValidator;
import org.interphase.dsl.validation.IssueCodes;
import org.interphase.dsl.workspace.Problem;
import org.interphase.model.Cell;
import org.interphase.model.FilmHistory;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 4: an electrolyte says how the film was kept before the test ('history annealed', the default
 * until the melting range and plasticisers' melting-point depression are measured, or 'history stored'); a bad word is a located syntax error, a history written twice a located error, and a
 * history on a network polymerised in situ (which never crystallises) a warning on that line.
 */
class FilmHistoryTest {

    private static final String PIECE = "thickness 50 um\n    }";

    private static Cell cellOf(String text) {
        return (Cell) parse(text).getElements().stream().filter(Cell.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    void bothWordsParseAndAnnealedIsTheDefault() {
        assertEquals(FilmHistory.ANNEALED, cellOf(Cells.VALID).getElectrolyte().getHistory());
        String annealed = with(PIECE, "history annealed\n        thickness 50 um\n    }");
        assertEquals(List.of(), errors(check(annealed)));
        assertEquals(FilmHistory.ANNEALED, cellOf(annealed).getElectrolyte().getHistory());
        String stored = with(PIECE, "history stored\n        thickness 50 um\n    }");
        assertEquals(List.of(), check(stored));
        assertEquals(FilmHistory.STORED, cellOf(stored).getElectrolyte().getHistory());
    }

    @Test
    void anUnknownHistoryIsALocatedSyntaxError() {
        String text = with(PIECE, "history molten\n        thickness 50 um\n    }");
        List<Problem> errors = errors(check(text));
        assertFalse(errors.isEmpty());
        assertEquals(lineOf(text, "history molten"), errors.get(0).line(), errors.get(0)::format);
    }

    @Test
    void aHistoryWrittenTwiceIsAnError() {
        String text = with(PIECE, "history stored\n        history annealed\n        thickness 50 um\n    }");
        List<Problem> errors = errors(check(text));
        assertTrue(errors.stream().anyMatch(p -> IssueCodes.DUPLICATE_PROPERTY.equals(p.code())
                && p.message().contains("history is given more than once")), errors::toString);
    }

    @Test
    void aHistoryOnAnInSituNetworkIsAWarning() {
        String text = with(PIECE, "process in_situ\n        history annealed\n        thickness 50 um\n    }");
        List<Problem> problems = check(text);
        assertEquals(List.of(), errors(problems));
        Problem warning = problems.stream().filter(p -> CompositionValidator.HISTORY_WITHOUT_CRYSTALS.equals(p.code()))
                .findFirst().orElseThrow(() -> new AssertionError("no warning: " + problems));
        assertEquals(Problem.Severity.WARNING, warning.severity());
        assertTrue(warning.message().contains("does not crystallise"), warning::format);
        assertEquals(lineOf(text, "history annealed"), warning.line(), warning::format);
    }
}
