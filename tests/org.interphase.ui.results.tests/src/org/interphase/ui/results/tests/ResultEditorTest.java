package org.interphase.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.interphase.results.plot.ChartKind;
import org.interphase.ui.internal.run.StudyRun;
import org.interphase.ui.internal.wizards.ProjectCreation;
import org.interphase.ui.results.ResultsUi;
import org.interphase.ui.results.internal.ChartExport;
import org.interphase.ui.results.internal.Charts;
import org.interphase.ui.results.internal.ResultEditor;
import org.interphase.ui.results.internal.StackPicture.Side;
import org.interphase.ui.results.internal.StackView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result editor and the stack view on the results of a real run (a Run Study job in a project
 * of the workspace), compared with the CSV files the run wrote.
 */
class ResultEditorTest {

    /**
     * data/charts.cell: cycling with spectra (Bare with LiFSI, whose anion forms a CEI: salts.cell), a
     * linear sweep, a Li|Li cell and a sweep: every page of the editor.
     */
    static Path studies() {
        return Path.of(System.getProperty("interphase.testdata")).resolve("charts.cell");
    }

    static IProject project;

    @BeforeAll
    static void runTheStudies() throws Exception {
        project = ProjectCreation.create("charts", null, "charts", new NullProgressMonitor());
        IFile file = project.getFile("studies/charts.cell");
        file.create(Files.newInputStream(studies()), true, null);
        file.setCharset("UTF-8", null);
        StudyRun run = new StudyRun(file, null);
        run.schedule();
        waitUntil(() -> run.getResult() != null, 600);
        IStatus status = run.getResult();
        assertTrue(status.isOK(), status::toString);
        assertTrue(project.getFile("results/charts.studies.Cycling/Bare/summary.json").exists(), "the workspace was refreshed");
    }

    @AfterAll
    static void closeAndDelete() throws Exception {
        page().closeAllEditors(false);
        project.delete(true, true, null);
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static void waitUntil(BooleanSupplier condition, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached within " + seconds + " s");
            }
            while (display.readAndDispatch()) {
                // drain
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Lets the display lay out and paint. */
    static void spin() {
        Display display = Display.getCurrent();
        for (int i = 0; i < 20; i++) {
            while (display.readAndDispatch()) {
                // drain
            }
        }
    }

    static Path disk(String path) {
        return project.getLocation().toFile().toPath().resolve(path);
    }

    /** A column of a CSV file as numbers, read here independently of the editor. */
    static double[] column(String csv, String name) throws Exception {
        List<String> lines = Files.readAllLines(disk(csv));
        int i = List.of(lines.get(0).split(",", -1)).indexOf(name);
        assertTrue(i >= 0, name + " in " + csv);
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)[i]).filter(f -> !f.isEmpty())
                .mapToDouble(Double::parseDouble).toArray();
    }

    static ISeries<?> series(Chart chart, String id) {
        ISeries<?> s = chart.getSeriesSet().getSeries(id);
        assertNotNull(s, id + " in " + Arrays.stream(chart.getSeriesSet().getSeries()).map(ISeries::getId).toList());
        assertTrue(s.getXSeries().length > 0, id + " has points");
        return s;
    }

    static void assertEnds(double[] expected, double[] actual, String what) {
        assertEquals(expected[0], actual[0], what + " first");
        assertEquals(expected[expected.length - 1], actual[actual.length - 1], what + " last");
    }

    static ResultEditor open(String path) throws Exception {
        IResource r = project.findMember(path);
        assertNotNull(r, path);
        IEditorPart e = ResultsUi.open(page(), r);
        spin();
        return assertInstanceOf(ResultEditor.class, e);
    }

    @Test
    void aStudyFolderShowsThePagesItsDataSupportsWithTheSeriesOfItsFiles() throws Exception {
        ResultEditor editor = open("results/charts.studies.Cycling");
        assertNull(editor.error());
        // cycling with spectra: no linear sweep, no plate/strip steps, so no LSV and no overpotential page
        assertEquals(List.of(ResultEditor.CELLS, ChartKind.RETENTION.title(), ChartKind.RESISTANCE.title(), ChartKind.VOLTAGE.title(),
                ChartKind.NYQUIST.title()), editor.pages());
        Map<String, Chart> charts = editor.charts();
        for (String cell : List.of("Bare", "Coated")) {
            String cycles = "results/charts.studies.Cycling/" + cell + "/cycles.csv";
            ISeries<?> retention = series(charts.get(ChartKind.RETENTION.title()), cell);
            assertEnds(column(cycles, "cycle"), retention.getXSeries(), cell + " retention x");
            assertEnds(column(cycles, "capacity_retention_pct"), retention.getYSeries(), cell + " retention");
            ISeries<?> resistance = series(charts.get(ChartKind.RESISTANCE.title()), cell);
            assertEnds(column(cycles, "resistance_ohm_cm2"), resistance.getYSeries(), cell + " resistance");
            // the spectrum taken before cycling (cycle 0) and after the 12th
            String impedance = "results/charts.studies.Cycling/" + cell + "/impedance.csv";
            double[] re = column(impedance, "z_real_ohm_cm2");
            double[] im = column(impedance, "z_imag_ohm_cm2");
            ISeries<?> first = series(charts.get(ChartKind.NYQUIST.title()), cell + " after cycle 0");
            ISeries<?> last = series(charts.get(ChartKind.NYQUIST.title()), cell + " after cycle 12");
            assertEquals(re[0], first.getXSeries()[0]);
            assertEquals(-im[0], first.getYSeries()[0], "-Z'' upwards");
            assertEquals(re[re.length - 1], last.getXSeries()[last.getXSeries().length - 1]);
            assertEquals(-im[im.length - 1], last.getYSeries()[last.getYSeries().length - 1]);
        }
        // the Nyquist plot keeps x and y at the same scale
        editor.showPage(ChartKind.NYQUIST.title());
        spin();
        assertEquals(1.0, Charts.aspect(charts.get(ChartKind.NYQUIST.title())), 0.02);
        // voltage profiles of the selected cell, as voltage.png draws them: the first, the last and, of
        // the cycles the trace holds points inside the steps of (the engine profiles 1, 2, every tenth and
        // the last, unless the multi-rate scheme jumps them), the one nearest the mean cycle 6.5; never a
        // cycle nearer 6.5 that holds its step ends only (two points). Which cycles are jumped is the
        // engine's business (since session 13 it jumps 6, 8 and 10 of this cell), so the profiled ones are
        // read from trace.csv, not written here.
        editor.selectCell("Coated");
        var voltage = editor.voltagePage();
        assertEquals("Coated", voltage.cell().cell());
        double[] traceCycle = column("results/charts.studies.Cycling/Coated/trace.csv", "cycle");
        double[] traceVolts = column("results/charts.studies.Cycling/Coated/trace.csv", "voltage_V");
        Map<Integer, Integer> points = new java.util.TreeMap<>();
        for (double c : traceCycle) {
            points.merge((int) c, 1, Integer::sum);
        }
        List<Integer> profiled = points.entrySet().stream().filter(e -> e.getValue() > 2).map(Map.Entry::getKey)
                .filter(c -> c > 1 && c < 12).toList();
        assertFalse(profiled.isEmpty(), "fixture: a profiled cycle between the first and the last " + points);
        assertTrue(points.entrySet().stream().anyMatch(e -> e.getValue() == 2), "fixture: a cycle with its step ends only " + points);
        int middle = profiled.stream().min(java.util.Comparator.comparingDouble(c -> Math.abs(c - 6.5))).orElseThrow();
        assertEquals(List.of(1, middle, 12), voltage.checkedCycles(), "cycles in the trace and their points: " + points);
        int lastOfCycle1 = -1;
        for (int i = 0; i < traceCycle.length; i++) {
            if (traceCycle[i] == 1) {
                lastOfCycle1 = i;
            }
        }
        double[] y = series(voltage.chart(), "cycle 1 discharge").getYSeries();
        assertEquals(traceVolts[lastOfCycle1], y[y.length - 1], "the end of cycle 1's discharge");
        // against the capacity passed in the step: each profile starts at 0 mAh/cm2
        assertEquals(0.0, series(voltage.chart(), "cycle 1 discharge").getXSeries()[0]);
        voltage.setCheckedCycles(List.of(2));
        assertEquals(2, voltage.chart().getSeriesSet().getSeries().length);
        series(voltage.chart(), "cycle 2 charge");
        series(voltage.chart(), "cycle 2 discharge");
    }

    @Test
    void lsvAndOverpotentialPagesShowTheirFiles() throws Exception {
        ResultEditor onset = open("results/charts.studies.Onset");
        assertEquals(List.of(ResultEditor.CELLS, ChartKind.LSV.title()), onset.pages(), "a sweep alone: no cycle, no spectrum");
        ISeries<?> lsv = series(onset.charts().get(ChartKind.LSV.title()), "Steel");
        assertEnds(column("results/charts.studies.Onset/Steel/lsv.csv", "potential_V"), lsv.getXSeries(), "potential");
        assertEnds(column("results/charts.studies.Onset/Steel/lsv.csv", "current_uA_cm2"), lsv.getYSeries(), "current");

        ResultEditor plating = open("results/charts.studies.Plating");
        assertTrue(plating.pages().contains(ChartKind.OVERPOTENTIAL.title()), plating.pages().toString());
        assertTrue(!plating.pages().contains(ChartKind.VOLTAGE.title()), "no charge or discharge step");
        ISeries<?> over = series(plating.charts().get(ChartKind.OVERPOTENTIAL.title()), "LiLi");
        double[] time = column("results/charts.studies.Plating/LiLi/trace.csv", "time_s");
        assertEquals(time[time.length - 1] / 3600, over.getXSeries()[over.getXSeries().length - 1], 1e-9, "hours");
        assertEnds(column("results/charts.studies.Plating/LiLi/trace.csv", "voltage_V"), over.getYSeries(), "overpotential");
    }

    @Test
    void aSweepCsvOpensTheMetricAgainstTheVariedValue() throws Exception {
        IFile csv = project.getFile("results/charts.studies.Thickness/sweep.csv");
        IEditorPart e = IDE.openEditor(page(), csv);
        spin();
        assertEquals(ResultsUi.EDITOR_ID, e.getSite().getId(), "the editor registered for sweep.csv");
        ResultEditor editor = (ResultEditor) e;
        assertEquals(List.of(ResultEditor.SWEEP, ResultEditor.POINTS), editor.pages());
        var sweep = editor.sweepPage();
        assertEquals("capacity_retention_pct", sweep.metric());
        double[] thickness = column("results/charts.studies.Thickness/sweep.csv", "Coated.cathode.coating.thickness_nm");
        double[] retention = column("results/charts.studies.Thickness/sweep.csv", "capacity_retention_pct");
        String[] cells = Files.readAllLines(disk("results/charts.studies.Thickness/sweep.csv")).stream().skip(1).map(l -> l.split(",")[1])
                .toArray(String[]::new);
        ISeries<?> coated = series(sweep.chart(), "Coated");
        // the rows of Coated, in file order: 0 nm then 40 nm
        double[] x = java.util.stream.IntStream.range(0, cells.length).filter(i -> cells[i].equals("Coated"))
                .mapToDouble(i -> thickness[i]).toArray();
        double[] y = java.util.stream.IntStream.range(0, cells.length).filter(i -> cells[i].equals("Coated"))
                .mapToDouble(i -> retention[i]).toArray();
        assertEquals(List.of(0.0, 40.0), Arrays.stream(coated.getXSeries()).boxed().toList());
        assertTrue(Arrays.equals(x, coated.getXSeries()));
        assertTrue(Arrays.equals(y, coated.getYSeries()), Arrays.toString(y) + " vs " + Arrays.toString(coated.getYSeries()));
        series(sweep.chart(), "Bare");
        assertTrue(sweep.metrics().contains("final_resistance_ohm_cm2"));
        sweep.setMetric("final_resistance_ohm_cm2");
        double[] resistance = column("results/charts.studies.Thickness/sweep.csv", "final_resistance_ohm_cm2");
        double[] r = java.util.stream.IntStream.range(0, cells.length).filter(i -> cells[i].equals("Coated"))
                .mapToDouble(i -> resistance[i]).toArray();
        assertTrue(Arrays.equals(r, series(sweep.chart(), "Coated").getYSeries()));
    }

    @Test
    void theStackViewFollowsTheSelectedCellAndColoursItsInterfacesByCycle() throws Exception {
        IEditorPart e = IDE.openEditor(page(), project.getFile("results/charts.studies.Cycling/Coated/summary.json"));
        spin();
        assertEquals(ResultsUi.EDITOR_ID, e.getSite().getId(), "the editor registered for summary.json");
        ResultEditor editor = (ResultEditor) e;
        assertEquals("Coated", editor.selectedCell().cell(), "the summary.json's cell");
        StackView stack = (StackView) page().showView(ResultsUi.STACK_VIEW_ID);
        spin();
        assertEquals("Coated", stack.cell().cell());
        // cathode, LAGP coating, electrolyte, anode (STUDIES above)
        assertEquals(4, stack.layerCount());
        assertEquals(12, stack.cycle(), "starts at the last cycle");
        page().activate(editor);
        editor.selectCell("Bare");
        spin();
        assertEquals("Bare", stack.cell().cell());
        assertEquals(3, stack.layerCount(), "no coating");
        // FSI- builds a CEI on the bare cathode over 12 cycles to 4.5 V (its cycles.csv), so its interface reddens
        double[] cei = column("results/charts.studies.Cycling/Bare/cycles.csv", "cei_thickness_nm");
        assertTrue(cei[cei.length - 1] > cei[0], "CEI " + cei[0] + " -> " + cei[cei.length - 1]);
        stack.setCycle(1);
        RGB first = stack.interfaceColour(Side.CATHODE);
        stack.setCycle(12);
        RGB last = stack.interfaceColour(Side.CATHODE);
        assertNotEquals(first, last);
        assertTrue(last.green < first.green, first + " -> " + last + ": from amber-green towards red");
        // the study's worst CEI is Bare's last: fully red there (StackPicture: 1 = the study's worst)
        assertEquals(new RGB(200, 30, 30), last);
    }

    @Test
    void everyChartExportsAsPngSvgAndCsv(@TempDir Path out) throws Exception {
        ResultEditor editor = open("results/charts.studies.Cycling");
        for (Map.Entry<String, Chart> c : editor.charts().entrySet()) {
            editor.showPage(c.getKey());
            spin();
            Chart chart = c.getValue();
            assertNotNull(chart.getPlotArea().getControl().getMenu(), "a context menu on " + c.getKey());
            String name = c.getKey().replace(' ', '-');
            Path png = out.resolve(name + ".png");
            ChartExport.png(chart, png);
            byte[] bytes = Files.readAllBytes(png);
            assertTrue(bytes.length > 1000, png + " " + bytes.length + " bytes");
            assertTrue(Arrays.equals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' },
                    Arrays.copyOf(bytes, 8)), "PNG signature");
            Path svg = out.resolve(name + ".svg");
            ChartExport.svg(chart, svg);
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
            assertEquals("svg", doc.getDocumentElement().getTagName());
            int polylines = doc.getElementsByTagName("polyline").getLength() + doc.getElementsByTagName("circle").getLength();
            assertTrue(polylines > 0, "series drawn in " + svg);
            Path csv = out.resolve(name + ".csv");
            ChartExport.csv(chart, csv);
            List<String> lines = Files.readAllLines(csv);
            String x = chart.getAxisSet().getXAxis(0).getTitle().getText();
            assertTrue(lines.get(0).startsWith("series,"), lines.get(0));
            assertTrue(lines.get(0).contains(x), lines.get(0));
            int points = Arrays.stream(chart.getSeriesSet().getSeries()).mapToInt(s -> s.getXSeries().length).sum();
            assertEquals(points + 1, lines.size(), "a header and one line per point");
        }
    }

    @Test
    void malformedFilesShowTheirLocatedError() throws Exception {
        Path bad = disk("results/Broken/Cell");
        Files.createDirectories(bad);
        for (String f : List.of("summary.json", "cycles.csv", "trace.csv")) {
            Files.copy(disk("results/charts.studies.Cycling/Bare/" + f), bad.resolve(f));
        }
        List<String> lines = Files.readAllLines(bad.resolve("cycles.csv"));
        Files.write(bad.resolve("cycles.csv"), List.of(lines.get(0), lines.get(1), "2,x"));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        ResultEditor editor = open("results/Broken");
        assertNotNull(editor.error());
        assertTrue(editor.error().startsWith(bad.resolve("cycles.csv") + ":3: "), editor.error());
        assertEquals(List.of(), editor.pages());
    }
}
