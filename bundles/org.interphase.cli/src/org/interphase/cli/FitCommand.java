package org.interphase.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.interphase.data.CycleCapacity;
import org.interphase.data.CyclerData;
import org.interphase.data.DataFormatException;
import org.interphase.execution.fit.RetentionFit;
import org.interphase.data.DataFiles;
import org.interphase.model.Cell;
import org.interphase.model.Document;
import org.interphase.model.Import;
import org.interphase.model.Study;
import org.interphase.model.units.Units;
import org.interphase.results.AtomicFile;
import org.interphase.solver.cell.CellModelException;
import org.interphase.solver.registry.MechanismRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interphase fit FILE --study NAME --param MECHANISM.PARAMETER... [--cell C] [--data F] [-o OUT.cell]}. */
@Command(name = "fit", mixinStandardHelpOptions = true, description = """
        Fits mechanism parameters of a study to the capacity retention of measured cycling data (the \
        study's 'compare with data' file, or --data) by Levenberg-Marquardt, prints each value with its 95 %% \
        confidence interval and the RMS residual, and writes a study <Study>Fitted with the fitted values \
        as mechanism settings (default: beside the study's file, <Study>-fitted.cell).""")
final class FitCommand extends InterphaseCommand {

    @Parameters(arity = "1", paramLabel = "FILE", description = "the .cell file of the study (read with its folder)")
    private Path input;

    @Option(names = "--study", required = true, paramLabel = "NAME", description = "the study")
    private String studyName;

    @Option(names = "--param", required = true, paramLabel = "MECHANISM.PARAMETER",
            description = "a mechanism parameter to fit, e.g. \"polymer_oxidation.reference current density\" (repeatable)")
    private List<String> params;

    @Option(names = "--cell", paramLabel = "NAME", description = "the study's cell to fit (default: its first)")
    private String cellName;

    @Option(names = "--data", paramLabel = "FILE", description = "measured data (default: the study's 'compare with data' file)")
    private Path dataFile;

    @Option(names = { "-o", "--out" }, paramLabel = "OUT.cell", description = "the override file to write")
    private Path out;

    @Override
    Integer run(PrintWriter stdout, PrintWriter stderr) throws Exception {
        Found<Study> found = loadNamed(input, "fitted", Study.class, Study::getName, studyName, "study");
        Study study = found.element();
        Cell cell = study.getCells().stream().filter(c -> cellName == null || c.getName().equals(cellName)).findFirst().orElse(null);
        if (cell == null) {
            return fail("study " + studyName + " has no cell '" + cellName + "'");
        }
        Path data = dataFile != null ? dataFile : DataFiles.resolve(study);
        if (data == null) {
            return fail("study " + studyName + " compares with no data: add 'compare with data \"FILE\"' or give --data FILE");
        }
        CyclerData measured;
        try {
            measured = DataFiles.read(data.toAbsolutePath().normalize());
        } catch (DataFormatException e) {
            stdout.println(e.getMessage().replaceFirst(": ", ": error: "));
            return Interphase.EXIT_INPUT_ERRORS;
        } catch (java.io.IOException e) {
            return fail(data + ": cannot be read: " + e.getMessage());
        }
        List<CycleCapacity> usable = measured.cycles().stream().filter(c -> Double.isFinite(c.retention())).toList();
        int[] cycles = usable.stream().mapToInt(CycleCapacity::cycle).toArray();
        double[] retention = usable.stream().mapToDouble(CycleCapacity::retention).toArray();
        List<RetentionFit.Target> targets = new ArrayList<>();
        for (String p : params) {
            int dot = p.indexOf('.');
            if (dot <= 0 || dot == p.length() - 1) {
                return fail("--param " + p + ": write MECHANISM.PARAMETER, e.g. \"polymer_oxidation.reference current density\"");
            }
            targets.add(new RetentionFit.Target(p.substring(0, dot), p.substring(dot + 1)));
        }
        RetentionFit.Result result;
        try {
            result = new RetentionFit(MechanismRegistry.getDefault(), study, cell, targets, () -> false).fit(cycles, retention);
        } catch (CellModelException e) {
            return fail(e.getMessage());
        } catch (org.hipparchus.exception.MathRuntimeException e) {
            return fail("the fit did not converge: " + e.getMessage());
        }
        String label = study.getMeasuredData() != null && dataFile == null ? study.getMeasuredData() : data.toString();
        stdout.printf(Locale.ROOT, "fit of study %s, cell %s, to the retention of %s (%s, %d cycles)%n", study.getName(),
                cell.getName(), label, measured.format().label(), result.cycles());
        stdout.printf(Locale.ROOT, "%-50s %14s %14s   %s%n", "PARAMETER", "INITIAL", "FITTED", "95 % CONFIDENCE INTERVAL");
        for (RetentionFit.Estimate e : result.estimates()) {
            String unit = e.declaration().unit().isEmpty() ? "" : " " + e.declaration().unit();
            stdout.printf(Locale.ROOT, "%-50s %14s %14s   %s to %s%s%n", e.target().label(), num(show(e, e.initial())) + unit,
                    num(show(e, e.value())) + unit, num(show(e, e.low())), num(show(e, e.high())), unit);
        }
        stdout.printf(Locale.ROOT, "RMS residual %.3f %% points of retention over %d cycles (%d engine runs, %d iterations)%n",
                result.rms(), result.cycles(), result.runs(), result.iterations());
        Path file = out != null ? out : Path.of(study.eResource().getURI().toFileString()).resolveSibling(study.getName() + "-fitted.cell");
        AtomicFile.writeString(file, overrideFile(study, result, file, label));
        stdout.println("wrote " + file + " (study " + study.getName() + "Fitted)");
        return 0;
    }

    /** An SI value in the unit the parameter's declaration shows it in (as is for a plain number). */
    private static double show(RetentionFit.Estimate e, double si) {
        return Units.parse(e.declaration().unit()).map(u -> u.fromSI(si)).orElse(si);
    }

    /** Six significant digits, plain where that reads well (the language's numbers). */
    static String num(double v) {
        BigDecimal d = new BigDecimal(String.format(Locale.ROOT, "%.6g", v)).stripTrailingZeros();
        double a = Math.abs(v);
        return a != 0 && (a < 1e-4 || a >= 1e7) ? d.toString().replace("E+", "e").replace("E", "e") : d.toPlainString();
    }

    /**
     * The study copied as written, renamed {@code <Study>Fitted}, with its data path made relative to the
     * new file and a mechanism block per fitted mechanism; in the study's package, with its imports.
     */
    private static String overrideFile(Study study, RetentionFit.Result result, Path file, String label) {
        Document doc = (Document) study.eContainer();
        String text = NodeModelUtils.getNode(study).getText().strip();
        text = text.replaceFirst("study\\s+" + Pattern.quote(study.getName()) + "\\b",
                Matcher.quoteReplacement("study " + study.getName() + "Fitted"));
        Path data = DataFiles.resolve(study);
        if (data != null) {
            Path dir = file.toAbsolutePath().normalize().getParent();
            String moved = dir.relativize(data).toString().replace('\\', '/');
            String orig = study.getMeasuredData();
            text = text.replace("\"" + orig + "\"", "\"" + moved + "\"").replace("'" + orig + "'", "\"" + moved + "\"");
        }
        StringBuilder block = new StringBuilder();
        List<String> mechanisms = result.estimates().stream().map(e -> e.target().mechanism()).distinct().toList();
        for (String m : mechanisms) {
            block.append("    mechanism ").append(m).append(" {\n");
            for (RetentionFit.Estimate e : result.estimates()) {
                if (!e.target().mechanism().equals(m)) {
                    continue;
                }
                    String unit = e.declaration().unit().isEmpty() ? "" : " " + e.declaration().unit();
                block.append(String.format(Locale.ROOT, "        %s = %s%s  range %s%s to %s%s  source \"interphase fit to %s: "
                        + "95 %% confidence interval; RMS residual %.3f %% points over %d cycles\"%n", e.target().name(),
                        num(show(e, e.value())), unit, num(show(e, e.low())), unit, num(show(e, e.high())), unit,
                        label.replace("\"", "'"), result.rms(), result.cycles()));
            }
            block.append("    }\n");
        }
        int close = text.lastIndexOf('}');
        text = text.substring(0, close).stripTrailing() + "\n" + block + "}";
        StringBuilder b = new StringBuilder("// Written by 'interphase fit': study ").append(study.getName())
                .append(" with fitted mechanism parameters. Run it with the files of its package.\n");
        if (doc.getName() != null) {
            b.append("package ").append(doc.getName()).append("\n");
        }
        for (Import i : doc.getImports()) {
            b.append("import ").append(i.getImportedNamespace()).append("\n");
        }
        return b.append("\n").append(text).append("\n").toString();
    }
}
