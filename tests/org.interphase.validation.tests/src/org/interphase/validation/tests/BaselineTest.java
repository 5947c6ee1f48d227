package org.interphase.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.model.results.Metrics;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.RunStatus;
import org.interphase.validation.Baseline;
import org.interphase.validation.Kind;
import org.interphase.validation.Published;
import org.interphase.validation.Published.Tolerance;
import org.interphase.validation.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The regression rule: a case that passed in the baseline and misses now fails the build; nothing else does. */
class BaselineTest {

    @TempDir
    Path dir;

    private static Verdict verdict(String id, double retention) {
        Metrics m = ResultsFactory.eINSTANCE.createMetrics();
        m.setCapacityRetention(retention);
        return Verdict.judge(VerdictTest.vcase(id, Kind.RETENTION, new Published.Value(80, new Tolerance(Tolerance.Type.ABSOLUTE, 5)), null),
                VerdictTest.run(RunStatus.COMPLETED, m, 1));
    }

    @Test
    void passThenMissIsARegressionOtherChangesAreNot() {
        Baseline before = new Baseline(Map.of("kept", true, "broke", true, "fixed", false, "gone", true));
        List<Verdict> now = List.of(verdict("kept", 81), verdict("broke", 60), verdict("fixed", 80), verdict("new", 10));
        assertEquals(List.of("broke"), before.regressions(now));
        assertEquals(List.of("gone"), before.dropped(now));
    }

    @Test
    void writtenBaselineReadsBackAndARecordedMissIsNoRegression() throws IOException {
        Path file = dir.resolve("baseline.json");
        List<Verdict> now = List.of(verdict("a", 80), verdict("b", 50));
        Baseline.of(now).write(file);
        String json = Files.readString(file);
        assertTrue(json.contains("\"a\" : \"pass\"") && json.contains("\"b\" : \"miss\""), json);
        assertEquals(List.of(), Baseline.read(file).regressions(now));
        assertEquals(List.of("a"), Baseline.read(file).regressions(List.of(verdict("a", 50))));
        assertEquals(List.of(), Baseline.read(dir.resolve("none.json")).regressions(now));
    }

    @Test
    void aBrokenBaselineIsALocatedError() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"cases\": {\n    \"a\": \"pass\",,\n  }\n}\n");
        IOException e = assertThrows(IOException.class, () -> Baseline.read(file));
        assertTrue(e.getMessage().startsWith(file + ":3:"), e.getMessage());
        Files.writeString(file, "{\"cases\": {\"a\": \"maybe\"}}");
        e = assertThrows(IOException.class, () -> Baseline.read(file));
        assertTrue(e.getMessage().contains("case 'a' is \"maybe\""), e.getMessage());
    }
}
