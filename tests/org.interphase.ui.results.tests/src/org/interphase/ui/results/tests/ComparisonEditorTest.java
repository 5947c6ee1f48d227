package org.interphase.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IEditorPart;
import org.interphase.ui.internal.run.StudyRun;
import org.interphase.ui.internal.wizards.ProjectCreation;
import org.interphase.ui.results.ResultsUi;
import org.interphase.ui.results.internal.ComparisonEditor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison editor over two studies' result folders, one of which compares with measured data
 * (examples/measured.cell and its Arbin file): one line per study, the measured points with the RMS
 * difference, the 80 % line, voltage profiles at the chosen cycles and dQ/dV. The values are checked
 * against the CSV files the runs wrote, read here independently of the editor.
 */
class ComparisonEditorTest {

    static IProject project;

    @BeforeAll
    static void runTwoStudies() throws Exception {
        Path examples = Path.of(System.getProperty("interphase.examples"));
        project = ProjectCreation.create("compare", null, "compare", new NullProgressMonitor());
        // a second study: the same cell charged to 4.3 V instead of 4.4 V
        String cell = Files.readString(examples.resolve("measured.cell"), StandardCharsets.UTF_8);
        String protocol = cell.substring(cell.indexOf("protocol TenCycles44"), cell.indexOf("study MeasuredVsModel"))
                .replace("TenCycles44", "TenCycles43").replace("4.4 V", "4.3 V");
        String measured = cell + "\n" + protocol
                + "study Repeat {\n    cell MeasuredLco\n    protocol TenCycles43\n    mechanisms all\n    report capacity retention\n}\n";
        project.getFolder("studies/data").create(true, true, null);
        IFile data = project.getFile("studies/data/measured-arbin.csv");
        data.create(Files.newInputStream(examples.resolve("data/measured-arbin.csv")), true, null);
        IFile file = project.getFile("studies/measured.cell");
        file.create(new ByteArrayInputStream(measured.getBytes(StandardCharsets.UTF_8)), true, null);
        file.setCharset("UTF-8", null);
        StudyRun run = new StudyRun(file, null);
        run.schedule();
        ResultEditorTest.waitUntil(() -> run.getResult() != null, 900);
        IStatus status = run.getResult();
        assertTrue(status.isOK(), status::toString);
    }

    @AfterAll
    static void delete() throws Exception {
        ResultEditorTest.page().closeAllEditors(false);
        project.delete(true, true, null);
    }

    static Path disk(String path) {
        return project.getLocation().toFile().toPath().resolve(path);
    }

    static double[] column(String csv, String name) throws Exception {
        List<String> lines = Files.readAllLines(disk(csv));
        int i = List.of(lines.get(0).split(",", -1)).indexOf(name);
        assertTrue(i >= 0, name + " in " + csv);
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)[i])
                .mapToDouble(f -> f.isEmpty() ? Double.NaN : Double.parseDouble(f)).toArray();
    }

    static ISeries<?> series(Chart chart, String id) {
        ISeries<?> s = chart.getSeriesSet().getSeries(id);
        assertTrue(s != null, id + " in " + Arrays.stream(chart.getSeriesSet().getSeries()).map(ISeries::getId).toList());
        return s;
    }

    @Test
    void twoStudiesOverlaidWithTheMeasuredDataAndItsRms() throws Exception {
        String a = "results/lab.measured.MeasuredVsModel";
        String b = "results/lab.measured.Repeat";
        IEditorPart e = ResultsUi.compare(ResultEditorTest.page(), List.of(disk(a), disk(b)));
        ResultEditorTest.spin();
        ComparisonEditor editor = assertInstanceOf(ComparisonEditor.class, e);
        assertEquals(List.of(), editor.errors());
        assertTrue(editor.pages().containsAll(List.of("Capacity Retention", "Resistance", "Voltage Profiles", "dQ/dV")),
                editor.pages().toString());
        Chart retention = editor.charts().get("Capacity Retention");
        // one line per study, named by its folder
        ISeries<?> simulated = series(retention, "lab.measured.MeasuredVsModel");
        series(retention, "lab.measured.Repeat");
        double[] cycles = column(a + "/MeasuredLco/cycles.csv", "capacity_retention_pct");
        assertEquals(cycles[cycles.length - 1], simulated.getYSeries()[simulated.getYSeries().length - 1]);
        // the measured cycles compare-with-data wrote, and the RMS over the cycles both have
        double[] mCycle = column(a + "/MeasuredLco/measured.csv", "cycle");
        double[] mRet = column(a + "/MeasuredLco/measured.csv", "capacity_retention_pct");
        double[] sCycle = column(a + "/MeasuredLco/cycles.csv", "cycle");
        Map<Double, Double> sim = new HashMap<>();
        for (int i = 0; i < sCycle.length; i++) {
            if (Double.isFinite(cycles[i])) {
                sim.put(sCycle[i], cycles[i]);
            }
        }
        double sum = 0;
        int n = 0;
        for (int i = 0; i < mCycle.length; i++) {
            if (Double.isFinite(mRet[i]) && sim.containsKey(mCycle[i])) {
                sum += Math.pow(sim.get(mCycle[i]) - mRet[i], 2);
                n++;
            }
        }
        assertTrue(n >= 5, n + " cycles in common");
        String name = String.format(Locale.ROOT, "lab.measured.MeasuredVsModel measured (RMS %.2f %% points)", Math.sqrt(sum / n));
        ISeries<?> measured = series(retention, name);
        assertEquals(Arrays.stream(mRet).filter(Double::isFinite).count(), measured.getYSeries().length);
        assertEquals(80.0, series(retention, "80 %").getYSeries()[0], "the end-of-life line");
        // voltage against capacity at the cycles voltage.png draws: the first, the last and between them
        // the sampled cycle nearest 5.5 (the engine samples 1, 2 and 10 of ten inside their steps): 2,
        // not 5, whose trace holds its step ends only (4 points)
        Chart voltage = editor.charts().get("Voltage Profiles");
        for (int c : List.of(1, 2, 10)) {
            ISeries<?> p = series(voltage, "lab.measured.Repeat cycle " + c + " discharge");
            assertTrue(p.getXSeries().length >= 10, "cycle " + c + ": " + p.getXSeries().length + " trace points");
            assertEquals(0.0, p.getXSeries()[0], "from the start of the step");
        }
        // dQ/dV: positive, against voltages the trace has (its lowest to its highest voltage)
        ISeries<?> dqdv = series(editor.charts().get("dQ/dV"), "lab.measured.Repeat cycle 1 charge");
        assertTrue(dqdv.getYSeries().length > 5);
        double[] volts = column(b + "/MeasuredLco/trace.csv", "voltage_V");
        double lo = Arrays.stream(volts).filter(Double::isFinite).min().orElseThrow();
        double hi = Arrays.stream(volts).filter(Double::isFinite).max().orElseThrow();
        assertTrue(hi <= 4.3 + 1e-9, "the charge ends at its cut-off: " + hi);
        assertTrue(Arrays.stream(dqdv.getXSeries()).allMatch(v -> v >= lo && v <= hi), lo + " to " + hi);
        assertTrue(Arrays.stream(dqdv.getYSeries()).allMatch(v -> v >= 0));
        Screens.capture(editor, "Capacity Retention", "workbench-comparison.png");
    }

    /**
     * A result with uncertainty.csv (as `uncertainty N samples` writes it; here made from the run's own
     * retention: p5 2 points below, p95 1 above, 20 samples to cycle 8 and 8 beyond): its band from p5 to
     * p95, without the cycles fewer than half of the samples reached, in the colour of its line.
     */
    @Test
    void aResultWithUncertaintyShowsItsBand() throws Exception {
        Path from = disk("results/lab.measured.Repeat");
        Path copy = disk("uq/lab.measured.Repeat");
        Files.createDirectories(copy.getParent());
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(from.relativize(f).toString()));
            }
        }
        double[] cycle = column("results/lab.measured.Repeat/MeasuredLco/cycles.csv", "cycle");
        double[] ret = column("results/lab.measured.Repeat/MeasuredLco/cycles.csv", "capacity_retention_pct");
        StringBuilder csv = new StringBuilder("cycle,retention_p5_pct,retention_p50_pct,retention_p95_pct,retention_n,"
                + "resistance_p5_ohm_cm2,resistance_p50_ohm_cm2,resistance_p95_ohm_cm2,resistance_n\n");
        for (int i = 0; i < cycle.length; i++) {
            int n = cycle[i] <= 8 ? 20 : 8;
            csv.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%d,,,,0%n", (int) cycle[i], ret[i] - 2, ret[i], ret[i] + 1, n));
        }
        Files.writeString(copy.resolve("MeasuredLco/uncertainty.csv"), csv);
        project.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);
        ComparisonEditor editor = assertInstanceOf(ComparisonEditor.class,
                ResultsUi.compare(ResultEditorTest.page(), List.of(copy)));
        ResultEditorTest.spin();
        Chart retention = editor.charts().get("Capacity Retention");
        String band = "lab.measured.Repeat p5\u2013p95 of 20 samples";
        ISeries<?> median = series(retention, band);
        ISeries<?> p5 = series(retention, band + " (p5)");
        ISeries<?> p95 = series(retention, band + " (p95)");
        assertEquals(8, p5.getXSeries().length, "cycles 9 and 10 reached by 8 of 20 samples are left out");
        for (int i = 0; i < 8; i++) {
            assertEquals(ret[i] - 2, p5.getYSeries()[i], 1e-9);
            assertEquals(ret[i], median.getYSeries()[i], 1e-9);
            assertEquals(ret[i] + 1, p95.getYSeries()[i], 1e-9);
        }
        assertEquals(((org.eclipse.swtchart.ILineSeries<?>) series(retention, "lab.measured.Repeat")).getLineColor().getRGB(),
                ((org.eclipse.swtchart.ILineSeries<?>) median).getLineColor().getRGB(), "in the colour of its line");
        Screens.capture(editor, "Capacity Retention", "workbench-uncertainty-band.png");

        // the result editor of that study draws the same band from the same rule
        var results = assertInstanceOf(org.interphase.ui.results.internal.ResultEditor.class,
                ResultsUi.open(ResultEditorTest.page(), project.getFolder("uq/lab.measured.Repeat")));
        ResultEditorTest.spin();
        Chart own = results.charts().get("Capacity Retention");
        assertEquals(8, series(own, "MeasuredLco p5\u2013p95 of 20 samples (p5)").getXSeries().length);
        assertEquals(ret[0] + 1, series(own, "MeasuredLco p5\u2013p95 of 20 samples (p95)").getYSeries()[0], 1e-9);
        assertTrue(!results.pages().contains("Not shown"), results.pages().toString());

        // an uncertainty.csv without its columns: its located error on a page of its own, the charts still there
        Files.writeString(copy.resolve("MeasuredLco/uncertainty.csv"), "cycle,retention_p5_pct\n1,99\n");
        results.load();
        ResultEditorTest.spin();
        assertTrue(results.pages().containsAll(List.of("Capacity Retention", "Not shown")), results.pages().toString());
        assertEquals(List.of("MeasuredLco"), Arrays.stream(results.charts().get("Capacity Retention").getSeriesSet().getSeries())
                .map(ISeries::getId).filter(id -> !id.equals("80 %")).toList(), "the line without a band");
    }

    @Test
    void aFolderThatIsNotAStudysResultsIsNamedWithItsError() throws Exception {
        IEditorPart e = ResultsUi.compare(ResultEditorTest.page(), List.of(disk("results/lab.measured.Repeat"), disk("studies")));
        ResultEditorTest.spin();
        ComparisonEditor editor = assertInstanceOf(ComparisonEditor.class, e);
        assertEquals(1, editor.errors().size());
        assertTrue(editor.errors().get(0).contains("studies"), editor.errors().toString());
        assertTrue(editor.pages().contains("Capacity Retention"), "the readable folder is still shown");
        Shell shell = editor.getSite().getShell();
        assertTrue(shell != null);
    }
}
