package org.interphase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.interphase.dsl.workspace.Checker;
import org.interphase.model.Cell;
import org.interphase.execution.ProductVersion;
import org.interphase.execution.ResultLayout;
import org.interphase.execution.Selection;
import org.interphase.model.Study;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.study.StudyRunner;
import org.interphase.uq.Morris;
import org.interphase.uq.cell.MetricValues;
import org.interphase.uq.cell.ParameterSpace;
import org.interphase.uq.cell.SampleRuns;
import org.interphase.uq.cell.Sensitivity;
import org.interphase.uq.cell.SensitivityFiles;
import org.interphase.uq.cell.UncertainParameter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interphase sensitivity FILE --study S [--metric M]... [--trajectories r] [--levels p] [--seed s]}. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, description = """
        Morris screening of a study's metrics over the literature ranges of the parameters its \
        cells use (material values with a 'range' in the library, mechanism parameters with a declared \
        range): r trajectories of k+1 runs per cell, each run through the result cache in \
        OUT/<study>/<cell>.samples/. Prints, per cell and metric, mu* (how much the metric moves over \
        a parameter's range), mu and sigma, largest first, and writes OUT/<study>/<cell>.sensitivity/ \
        morris.csv, a bar chart per metric and not-sampled.txt (parameters without a range). \
        See docs/uncertainty.md.""")
final class SensitivityCommand extends InterphaseCommand {

    @Parameters(arity = "1", paramLabel = "FILE|FOLDER", description = "a .cell file or a folder of them")
    private Path input;

    @Option(names = "--study", paramLabel = "NAME", required = true, description = "the study to screen")
    private String studyName;

    @Option(names = "--metric", paramLabel = "M", description = { "a metric of summary.json (capacity_retention_pct,",
            "final_resistance_ohm_cm2, ...; the unit suffix may be left out); repeatable; default: every metric",
            "with a value" })
    private List<String> metrics = new ArrayList<>();

    @Option(names = "--trajectories", paramLabel = "r", defaultValue = "10", description = "trajectories (default: ${DEFAULT-VALUE})")
    private int trajectories;

    @Option(names = "--levels", paramLabel = "p", defaultValue = "4", description = "grid levels, even (default: ${DEFAULT-VALUE})")
    private int levels;

    @Option(names = "--seed", paramLabel = "s", defaultValue = "1", description = "seed of the trajectories (default: ${DEFAULT-VALUE})")
    private long seed;

    @picocli.CommandLine.Mixin
    private RunOptions options = new RunOptions();

    @Override
    Integer run(PrintWriter stdout, PrintWriter stderr) throws Exception {
        if (trajectories < 1 || levels < 2 || levels % 2 != 0) {
            stderr.println("interphase: --trajectories must be at least 1 and --levels even and at least 2");
            return Interphase.EXIT_USAGE;
        }
        List<String> chosen = new ArrayList<>();
        List<String> known = MetricValues.names();
        for (String m : metrics) {
            String match = known.stream().filter(k -> k.equals(m)).findFirst()
                    .or(() -> known.stream().filter(k -> k.startsWith(m + "_") || k.startsWith(m + ".")).findFirst())
                    .orElse(null);
            if (match == null) {
                stderr.println("interphase: unknown metric '" + m + "' (known: " + String.join(", ", known) + ")");
                return Interphase.EXIT_USAGE;
            }
            chosen.add(match);
        }
        Checker.Loaded loaded = loadWithoutErrors(List.of(input), options.libraries, "run");
        Selection selection = Selection.of(loaded.targets().values(), studyName);
        if (selection.studies().isEmpty()) {
            return fail(selection.nothingSelected(studyName, input.toString()));
        }
        Study study = selection.studies().get(0);
        StudyRunner runner = new StudyRunner(MechanismRegistry.getDefault(), ProductVersion.current());
        Path studyFolder = ResultLayout.folder(options.out, study);
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread hook = new Thread(() -> cancelled.set(true));
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            for (Cell cell : study.getCells()) {
                ParameterSpace space = ParameterSpace.of(runner, study, cell);
                stdout.printf(Locale.ROOT, "%s/%s: %d parameters with a range, %d without (kept at their value)%n",
                        study.getName(), cell.getName(), space.sampled().size(), space.notSampled().size());
                if (space.sampled().isEmpty()) {
                    stdout.println("  nothing to screen: no parameter of this cell has a range");
                    continue;
                }
                Morris.Design design = Morris.design(space.sampled().size(), trajectories, levels, seed);
                long start = System.nanoTime();
                int total = design.points().length;
                var outcomes = new SampleRuns(runner, options.threadsOrCores())
                        .run(study, cell, space, Sensitivity.points(space, design),
                                // the runs are cache entries of their own: their provenance has no input hash
                                studyFolder.resolve(cell.getName() + ".samples"), null, cancelled::get,
                                (k, r, cached) -> progress(stderr, k, total, r.getStatus().getLiteral(), cached));
                if (cancelled.get()) {
                    return Interphase.EXIT_INPUT_ERRORS;
                }
                Sensitivity s = Sensitivity.of(space, design, outcomes, chosen);
                Path folder = studyFolder.resolve(cell.getName() + ".sensitivity");
                SensitivityFiles.write(folder, cell.getName(), s);
                print(stdout, s, total, (System.nanoTime() - start) / 1e9);
                stdout.println("  written to " + folder.toAbsolutePath().normalize());
            }
            return 0;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // interrupted
            }
        }
    }

    private static synchronized void progress(PrintWriter err, int k, int total, String status, boolean cached) {
        err.printf(Locale.ROOT, "run %d of %d: %s%s%n", k + 1, total, status, cached ? " (cached)" : "");
        err.flush();
    }

    private static void print(PrintWriter out, Sensitivity s, int runs, double seconds) {
        out.printf(Locale.ROOT, "  Morris screening: %d trajectories x %d runs = %d runs (%d cached, %d failed), %d levels, %.0f s%n",
                s.design().trajectories(), s.design().factors() + 1, runs, s.cached(), s.failed(), s.design().levels(),
                seconds);
        s.failures().forEach((reason, n) -> out.println("    failed " + n + "x: " + reason));
        for (var e : s.effects().entrySet()) {
            out.println("  " + e.getKey() + ":");
            out.printf(Locale.ROOT, "    %-52s %11s %11s %11s %4s %4s%n", "PARAMETER", "MU*", "MU", "SIGMA", "N", "LOST");
            for (int j : SensitivityFiles.ranking(e.getValue())) {
                Morris.Effects x = e.getValue().get(j);
                UncertainParameter p = s.space().sampled().get(j);
                out.printf(Locale.ROOT, "    %-52s %11.4g %11.4g %11.4g %4d %4d%n", p.label(), x.muStar(), x.mu(), x.sigma(),
                        x.count(), x.lost());
            }
        }
        out.println("  not sampled (no range, or set by the study): " + s.space().notSampled().size()
                + " parameters, listed in not-sampled.txt");
    }
}
