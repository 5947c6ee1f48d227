package org.interphase.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.study.StudyRunner;
import org.interphase.validation.ValidationReport;
import org.interphase.validation.ValidationRun;
import org.interphase.validation.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole path on a small folder: manifest, check, one run for two cases, report files; and located errors. */
class ValidationRunTest {

    @TempDir
    Path dir;

    private static Path data(String name) {
        return Path.of(System.getProperty("interphase.validation.data", "data")).resolve(name);
    }

    private static ValidationRun runner() {
        return new ValidationRun(new StudyRunner(MechanismRegistry.getDefault(), "test"), 1);
    }

    @Test
    void runsEachStudyOnceJudgesEveryCaseAndWritesTheReport() throws IOException, InterruptedException {
        ValidationRun.Outcome o = runner().run(data("small"), (label, status) -> { });
        assertEquals(List.of(), o.errors());
        Verdict onset = o.verdicts().get(0);
        assertNotNull(onset.computed(), "the sweep gives an onset");
        Verdict gas = o.verdicts().get(1);
        assertTrue(o.runs() > 1, "the study runs once, plus the ladder of sweeps of the gas onset: " + o.runs());
        assertNotNull(gas.computed(), "the engine's gas, read from truncated sweeps, gives a gas onset: " + gas);
        // acid_crosstalk evolves H2 from the acid of the polymer's oxidation: no gas before the oxidation starts
        assertTrue(gas.computed() >= onset.computed() - 0.02, gas + " vs " + onset);
        ValidationReport.write(o.verdicts(), List.of(), dir);
        String md = Files.readString(dir.resolve("validation.md"));
        assertTrue(md.contains("| steel-gas | gas_onset (V) |"), md);
        assertTrue(md.contains("![onset](images/validation-onset.png)"), md);
        // both cases compare a bare steel cell: a baseline; a family no case uses is shown with 0, not left out
        assertTrue(md.contains("| none (baseline cell) | 2 | "), md);
        assertTrue(md.contains("| lithium interlayer | 0 | 0/0 | 0/0 |"), md);
        assertTrue(Files.size(dir.resolve("images/validation-onset.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("validation.html")).contains("<td class=\"miss\">miss</td>"));
    }

    @Test
    void aCaseNamingAStudyThatIsNotThereIsALocatedError() throws IOException, InterruptedException {
        Files.copy(data("small").resolve("sweep.cell"), dir.resolve("sweep.cell"));
        Files.writeString(dir.resolve("manifest.txt"), "case x\n  file sweep.cell\n  study Nope\n  cell SteelOMe\n"
                + "  kind onset\n  published 4.3\n  tolerance 0.1\n  role validates\n  source s\n");
        ValidationRun.Outcome o = runner().run(dir, (label, status) -> { });
        assertEquals(List.of(dir.resolve("manifest.txt") + ":1:1: error: case 'x': no study 'Nope' in sweep.cell"), o.errors());
        assertEquals(List.of(), o.verdicts());
    }

    @Test
    void aCaseFileWithAnErrorStopsTheSetWithTheCheckersMessage() throws IOException, InterruptedException {
        Files.writeString(dir.resolve("broken.cell"), "package b\n\ncell X {\n    area -1 cm2\n");
        Files.writeString(dir.resolve("manifest.txt"), "");
        ValidationRun.Outcome o = runner().run(dir, (label, status) -> { });
        assertFalse(o.errors().isEmpty());
        assertTrue(o.errors().get(0).matches(".*broken\\.cell:\\d+:\\d+: error: .*"), o.errors().get(0));
    }
}
