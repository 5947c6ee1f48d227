package org.interphase.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.report.StudyReport;
import org.interphase.results.ResultFiles;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html: the metrics table, the overlay charts, the links, and its atomic write. */
class StudyReportTest {

    @TempDir
    Path study;

    private static List<RunResult> twoCells() {
        RunResult bare = Runs.cycling("Bare", 100, 80.04, 61.96, 44.349);
        RunResult coated = Runs.cycling("Coated", 100, 95.5, 90.25, 86.549);
        coated.getMetrics().setCyclesTo80pct(null);
        bare.getMetrics().setCyclesTo80pct(3);
        return List.of(bare, coated);
    }

    /** The table row of a cell. */
    private static String row(String html, String cell) {
        Matcher m = Pattern.compile("<tr data-cell=\"" + cell + "\">(.*?)</tr>").matcher(html);
        assertTrue(m.find(), "a row for " + cell + " in " + html);
        return m.group(1);
    }

    @Test
    void tableShowsEachCellsRetentionFromItsSummary() {
        List<RunResult> runs = twoCells();
        String html = StudyReport.html("Study", runs, List.of());
        for (RunResult r : runs) {
            // the value summary.json holds, shown with one decimal as the run's table on the terminal
            double retention = ResultFiles.summary(r).get("metrics").get("capacity_retention_pct").asDouble();
            String shown = String.format(Locale.ROOT, "%.1f", retention);
            assertTrue(row(html, r.getCell()).contains("<td class=\"num\">" + shown + "</td>"), shown + " in " + row(html, r.getCell()));
        }
        assertTrue(row(html, "Bare").contains(">44.3<"), "44.349 rounds to 44.3");
        assertTrue(row(html, "Coated").contains(">86.5<"), "86.549 rounds to 86.5");
        assertTrue(row(html, "Bare").contains("<td class=\"num\">3</td>"), "cycles to 80 %");
        assertTrue(row(html, "Coated").contains("<td class=\"num\">\u2013</td>"), "no cycle below 80 %: a dash");
        assertTrue(html.contains("<th>Retention<br><span class=\"unit\">%</span></th>"));
        assertFalse(html.contains("<th>Onset"), "no cell has an onset: no onset column");
        assertFalse(html.contains("Stop reason"), "no cell stopped early: no reason column");
    }

    @Test
    void linksEachCellsFilesAndPlots() {
        RunResult r = Runs.cycling("Bare", 100, 90);
        r.getImpedance().add(Runs.impedance(0, 1, 10, -1));
        r.getImpedance().add(Runs.impedance(0, 10, 8, -2));
        String html = StudyReport.html("Study", List.of(r), List.of());
        for (String file : List.of("summary.json", "cycles.csv", "trace.csv", "impedance.csv", "retention.png",
                "resistance.png", "nyquist.png")) {
            assertTrue(html.contains("href=\"Bare/" + file + "\""), file);
        }
        assertFalse(html.contains("Bare/lsv.csv") || html.contains("Bare/lsv.png") || html.contains("Bare/voltage.png"));
        assertTrue(html.contains("<img src=\"Bare/retention.png\""));
        assertFalse(html.contains("<script") || html.contains("http://") || html.contains("https://"), "self-contained");
    }

    @Test
    void overlayChartsHoldEveryCell() {
        List<RunResult> runs = twoCells();
        var overlays = StudyReport.overlays("Study", runs);
        assertEquals(List.of(StudyReport.RETENTION, StudyReport.RESISTANCE), List.copyOf(overlays.keySet()));
        XYDataset d = overlays.get(StudyReport.RETENTION).getXYPlot().getDataset();
        assertEquals(2, d.getSeriesCount());
        assertEquals("Bare", d.getSeriesKey(0));
        assertEquals("Coated", d.getSeriesKey(1));
        assertEquals(List.of(100.0, 95.5, 90.25, 86.549), Runs.ys(d, 1));
    }

    @Test
    void writesTheReportAndItsChartsAndNothingElse() throws Exception {
        StudyReport.write(study, "Study", twoCells());
        assertEquals(List.of("report-resistance.png", "report-retention.png", "report.html"), Runs.names(study));
        var img = Runs.png(study.resolve(StudyReport.RETENTION));
        assertEquals(800, img.getWidth());
        assertEquals(500, img.getHeight());
        String html = Files.readString(study.resolve(StudyReport.FILE));
        assertTrue(html.contains("<img src=\"report-retention.png\""));
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.endsWith("</html>\n"));
    }

    @Test
    void failedRunsGetARowButNoChart() throws Exception {
        RunResult failed = Runs.run("Broken");
        failed.setStatus(RunStatus.FAILED);
        failed.setStopReason("plate and strip steps need a Li|Li cell; <Broken> has a LCO cathode");
        StudyReport.write(study, "Study", List.of(failed));
        assertEquals(List.of("report.html"), Runs.names(study));
        String html = Files.readString(study.resolve(StudyReport.FILE));
        assertTrue(row(html, "Broken").contains(">failed<"));
        assertTrue(html.contains("&lt;Broken&gt; has a LCO cathode"), "escaped");
        assertFalse(html.contains("Comparison"));
        assertFalse(html.contains("<img"));
    }

    @Test
    void chartsOfAnEarlierRunThatNoLongerApplyAreRemoved() throws Exception {
        StudyReport.write(study, "Study", twoCells());
        StudyReport.write(study, "Study", List.of(Runs.run("Empty")));
        assertEquals(List.of("report.html"), Runs.names(study));
    }

    /** report.html cannot take its place (a folder is in the way): no staging file is left behind. */
    @Test
    void aFailedWriteLeavesNoTemporaryFile() throws Exception {
        Files.createDirectories(study.resolve("report.html").resolve("in-the-way"));
        assertThrows(IOException.class, () -> StudyReport.write(study, "Study", twoCells()));
        assertTrue(Runs.names(study).stream().noneMatch(n -> n.startsWith(".")), Runs.names(study).toString());
        assertTrue(Files.isDirectory(study.resolve("report.html").resolve("in-the-way")), "what was there is untouched");
    }
}
