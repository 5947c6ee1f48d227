package org.interphase.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.interphase.dsl.workspace.CellWorkspace;
import org.interphase.model.Cell;
import org.interphase.model.Document;
import org.interphase.model.Study;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.TracePoint;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.run.MechanismActivation;
import org.interphase.solver.run.ProtocolRunner;
import org.interphase.solver.study.StudyRunner;

/**
 * The sample cycler files of examples/data/: the engine's run of examples/measured.cell (study
 * MeasuredVsModel) written as a cycler would have logged it, in each format the importer reads. The run
 * is simulated cycle by cycle (no multi-rate jumps), so that every cycle has records; its trace holds a
 * record at the end of every step and up to 40 inside the steps of cycles 1, 2 and 10. Capacity counters
 * (Arbin per cycle, Neware per step) are the current integrated over those records. Not a measurement:
 * the files show the formats and let a study be compared with data of known origin.
 */
final class CyclerSamples {

    static final String STUDY = "MeasuredVsModel";

    /** The engine run, and the cell's area in cm2. */
    record Run(RunResult result, double areaCm2) {
    }

    private CyclerSamples() {
    }

    static Run run(Path cellFile) {
        CellWorkspace ws = new CellWorkspace();
        Resource r = ws.load(cellFile);
        ws.resolveAll();
        Study study = ((Document) r.getContents().get(0)).getElements().stream().filter(Study.class::isInstance)
                .map(Study.class::cast).filter(s -> s.getName().equals(STUDY)).findFirst().orElseThrow();
        Cell cell = study.getCells().get(0);
        StudyRunner runner = new StudyRunner(MechanismRegistry.getDefault(), "samples");
        var active = MechanismActivation.activate(cell, runner.mechanisms(study, cell), Map.of());
        RunResult result = new ProtocolRunner(cell, study.getProtocol(), active, () -> false, false).run();
        return new Run(result, cell.getArea().getSi() * 1e4);
    }

    /** Writes the four sample files into a folder. */
    static List<Path> write(Run run, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Row> rows = rows(run);
        return List.of(
                write(folder.resolve("measured-bdf.csv"), bdf(rows)),
                write(folder.resolve("measured-biologic.mpt"), biologic(rows)),
                write(folder.resolve("measured-arbin.csv"), arbin(rows)),
                write(folder.resolve("measured-neware.csv"), neware(rows)));
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** A trace record in cycler units: A, and the step it belongs to (counted from 1). */
    record Row(double time, double voltage, double current, int cycle, String step, int stepCount, double stepStart) {
        String type() {
            return current > 0 ? "charge" : current < 0 ? "discharge" : "rest";
        }
    }

    private static List<Row> rows(Run run) {
        List<Row> rows = new ArrayList<>();
        int count = 0;
        double stepStart = 0;
        TracePoint before = null;
        for (TracePoint p : run.result().getTrace()) {
            if (before == null || !p.getStep().equals(before.getStep()) || p.getCycle() != before.getCycle()) {
                count++;
                stepStart = before == null ? 0 : before.getTime();
            }
            // mA/cm2 x cm2 = mA; / 1000 = A
            rows.add(new Row(p.getTime(), p.getVoltage(), p.getCurrent() * run.areaCm2() / 1000, p.getCycle(),
                    p.getStep(), count, stepStart));
            before = p;
        }
        return rows;
    }

    private static String f(String format, double x) {
        return String.format(Locale.ROOT, format, x);
    }

    /** Battery Data Format: preferred labels, no capacity columns (the importer integrates the current). */
    private static String bdf(List<Row> rows) {
        StringBuilder b = new StringBuilder("Test Time / s,Voltage / V,Current / A,Cycle Count / 1,Step Count / 1\n");
        for (Row r : rows) {
            b.append(f("%.3f", r.time())).append(',').append(f("%.6f", r.voltage())).append(',')
                    .append(f("%.9f", r.current())).append(',').append(r.cycle()).append(',').append(r.stepCount())
                    .append('\n');
        }
        return b.toString();
    }

    /** BioLogic EC-Lab export: header block, tabs, decimal commas (a French-locale PC), mA, cycle number from 0. */
    private static String biologic(List<Row> rows) {
        String columns = "mode\tox/red\terror\tcontrol changes\tNs changes\ttime/s\tEwe/V\tI/mA\tdq/mA.h\tcycle number\t";
        List<String> header = List.of("EC-Lab ASCII FILE", "Nb header lines : 6", "",
                "Galvanostatic Cycling with Potential Limitation",
                "Generated from an engine run of examples/measured.cell (study MeasuredVsModel), not measured", columns);
        StringBuilder b = new StringBuilder();
        header.forEach(h -> b.append(h).append('\n'));
        Row before = null;
        for (Row r : rows) {
            double dq = before == null ? 0 : r.current() * 1000 * (r.time() - before.time()) / 3600;
            boolean change = before != null && before.stepCount() != r.stepCount();
            b.append(r.current() == 0 ? 3 : 1).append('\t').append(r.current() > 0 ? 1 : 0).append("\t0\t")
                    .append(change ? 1 : 0).append('\t').append(change ? 1 : 0).append('\t')
                    .append(f("%.3f", r.time()).replace('.', ',')).append('\t')
                    .append(f("%.6f", r.voltage()).replace('.', ',')).append('\t')
                    .append(f("%.6e", r.current() * 1000).replace('.', ',')).append('\t')
                    .append(f("%.6e", dq).replace('.', ',')).append('\t')
                    .append(Math.max(0, r.cycle() - 1)).append('\t').append('\n');
            before = r;
        }
        return b.toString();
    }

    /** Arbin: capacity counters that restart with every cycle, Ah. */
    private static String arbin(List<Row> rows) {
        StringBuilder b = new StringBuilder("Data_Point,Test_Time(s),Step_Time(s),Step_Index,Cycle_Index,Current(A),"
                + "Voltage(V),Charge_Capacity(Ah),Discharge_Capacity(Ah)\n");
        double in = 0;
        double out = 0;
        Row before = null;
        int point = 0;
        for (Row r : rows) {
            int cycle = Math.max(1, r.cycle());
            if (before != null && cycle != Math.max(1, before.cycle())) {
                in = 0;
                out = 0;
            }
            double q = before == null ? 0 : r.current() * (r.time() - before.time()) / 3600;
            in += Math.max(q, 0);
            out += Math.max(-q, 0);
            int stepIndex = switch (r.type()) {
                case "charge" -> 2;
                case "discharge" -> 4;
                default -> r.cycle() == 0 ? 1 : before != null && before.current() > 0 ? 3 : 5;
            };
            b.append(++point).append(',').append(f("%.3f", r.time())).append(',')
                    .append(f("%.3f", r.time() - r.stepStart())).append(',').append(stepIndex).append(',')
                    .append(cycle).append(',').append(f("%.9f", r.current())).append(',')
                    .append(f("%.6f", r.voltage())).append(',').append(f("%.9f", in)).append(',')
                    .append(f("%.9f", out)).append('\n');
            before = r;
        }
        return b.toString();
    }

    /** Neware: h:mm:ss times, mA, counters that restart with every step, the step type. */
    private static String neware(List<Row> rows) {
        StringBuilder b = new StringBuilder("DataPoint,Cycle Index,Step Index,Step Type,Time,Total Time,Current(mA),"
                + "Voltage(V),Chg. Cap.(mAh),DChg. Cap.(mAh)\n");
        double in = 0;
        double out = 0;
        Row before = null;
        int point = 0;
        for (Row r : rows) {
            if (before != null && before.stepCount() != r.stepCount()) {
                in = 0;
                out = 0;
            }
            double q = before == null ? 0 : r.current() * 1000 * (r.time() - before.time()) / 3600;
            in += Math.max(q, 0);
            out += Math.max(-q, 0);
            String type = switch (r.type()) {
                case "charge" -> "CC Chg";
                case "discharge" -> "CC DChg";
                default -> "Rest";
            };
            b.append(++point).append(',').append(Math.max(1, r.cycle())).append(',').append(r.stepCount()).append(',')
                    .append(type).append(',').append(hms(r.time() - r.stepStart())).append(',').append(hms(r.time()))
                    .append(',').append(f("%.6f", r.current() * 1000)).append(',').append(f("%.6f", r.voltage()))
                    .append(',').append(f("%.6f", in)).append(',').append(f("%.6f", out)).append('\n');
            before = r;
        }
        return b.toString();
    }

    private static String hms(double seconds) {
        long ms = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
}
