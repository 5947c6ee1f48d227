package org.interphase.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.uq.Factor;
import org.interphase.uq.Morris;
import org.interphase.validation.CalibrationSensitivity;
import org.interphase.validation.Kind;
import org.interphase.validation.Published;
import org.interphase.validation.Published.Tolerance;
import org.interphase.validation.ValidationReport;
import org.interphase.validation.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a calibration case pins down: the tolerance's half-width, and the screening's verdict on a known model. */
class CalibrationSensitivityTest {

    @TempDir
    Path dir;

    @Test
    void theHalfWidthIsWhatTheManifestsToleranceAccepts() {
        // validation/README.md: "3" is plus or minus 3, "10 %" of the published value, "x2" a factor 2 either way
        assertEquals(3, CalibrationSensitivity.halfWidth(new Published.Value(84.7, new Tolerance(Tolerance.Type.ABSOLUTE, 3))), 1e-12);
        assertEquals(8.47, CalibrationSensitivity.halfWidth(new Published.Value(84.7, new Tolerance(Tolerance.Type.RELATIVE, 10))), 1e-12);
        // x2 on 1e-4 accepts 0.5e-4 .. 2e-4: half of 1.5e-4
        assertEquals(0.75e-4, CalibrationSensitivity.halfWidth(new Published.Value(1e-4, new Tolerance(Tolerance.Type.FACTOR, 2))), 1e-16);
        // the domain brief's "20-50 cycles"
        assertEquals(15, CalibrationSensitivity.halfWidth(new Published.Range(20, 50)), 1e-12);
        assertTrue(Double.isNaN(CalibrationSensitivity.halfWidth(new Published.AtLeast(2500))));
    }

    @Test
    void onALinearModelExactlyTheParametersThatMoveTheMetricMoreThanTheToleranceArePinned() {
        // y = 3 x1 - 2 x2 + 0.5 x3 + 0.01 x4 on [0, 1]^4: mu* = |a| x range exactly (Morris 1991; Campolongo et al. 2007)
        List<Factor> unit = List.of(Factor.of("a", 0, 1), Factor.of("b", 0, 1), Factor.of("c", 0, 1), Factor.of("d", 0, 1));
        Morris.Design design = Morris.design(4, 6, 4, 7);
        double[][] x = Morris.values(design, unit);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3 * x[i][0] - 2 * x[i][1] + 0.5 * x[i][2] + 0.01 * x[i][3];
        }
        CalibrationSensitivity.CaseScreening s = CalibrationSensitivity.summary("lin", "capacity_retention_pct", 1.0,
                x.length, 0, List.of("a", "b", "c", "d"), Morris.effects(design, y));
        assertEquals(List.of("a", "b", "c", "d"), s.effects().stream().map(CalibrationSensitivity.Effect::label).toList(),
                "largest mu* first");
        assertEquals(3, s.effects().get(0).muStar(), 1e-9);
        assertEquals(2, s.effects().get(1).muStar(), 1e-9);
        assertEquals(List.of("a", "b"), s.pinned().stream().map(CalibrationSensitivity.Effect::label).toList(),
                "a half-width of 1 pins the parameters whose range moves y by 3 and 2, not by 0.5 or 0.01");
    }

    @Test
    void theReportShowsWhatTheStoredScreeningPinsForEachCalibrationCase() throws IOException {
        var pinned = new CalibrationSensitivity.Effect("PEO.onset potential", 0.4, 0.01, true);
        var loose = new CalibrationSensitivity.Effect("SS.catalytic activity", 0.02, 0.0, false);
        var s = new CalibrationSensitivity.CaseScreening("onset-cal", "onset_potential_V", 0.1, 12, 0, List.of(pinned, loose), null);
        CalibrationSensitivity.write(dir, List.of(s), 3, 5, "test");
        CalibrationSensitivity.Stored stored = CalibrationSensitivity.read(dir);
        assertEquals(List.of(pinned, loose), stored.cases().get("onset-cal").effects(), "written and read back");
        assertTrue(stored.how().contains("3 trajectories") && stored.how().contains("seed 5"), stored.how());
        Verdict v = Verdict.judge(VerdictTest.vcase("onset-cal", Kind.ONSET,
                new Published.Value(4.3, new Tolerance(Tolerance.Type.ABSOLUTE, 0.1)), "the onset of PEO"), null);
        Verdict other = Verdict.judge(VerdictTest.vcase("other-cal", Kind.RETENTION,
                new Published.Value(90, new Tolerance(Tolerance.Type.ABSOLUTE, 5)), "something"), null);
        Path out = dir.resolve("report");
        ValidationReport.write(List.of(v, other), List.of(), out, stored);
        String md = Files.readString(out.resolve("validation.md"));
        assertTrue(md.contains("## What the calibration cases pin down"), md);
        assertTrue(md.contains("| onset-cal | the onset of PEO | PEO.onset potential (0.4) | SS.catalytic activity (0.02) |"), md);
        assertTrue(md.contains("| other-cal | something | not screened |"), md);
    }
}
