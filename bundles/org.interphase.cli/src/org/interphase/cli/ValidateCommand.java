package org.interphase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.interphase.execution.ProductVersion;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.study.StudyRunner;
import org.interphase.validation.Baseline;
import org.interphase.validation.CalibrationSensitivity;
import org.interphase.validation.Endurance;
import org.interphase.validation.Score;
import org.interphase.validation.ValidationReport;
import org.interphase.validation.ValidationRun;
import org.interphase.validation.Verdict;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code interphase validate [FOLDER] [--out DIR] [--baseline FILE] [--write-baseline] [--threads N]
 * [--sensitivity [--trajectories r] [--seed s]]}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, description = """
        Runs the validation set (FOLDER/manifest.txt and its .cell cases, default: validation) \
        and writes OUT/validation.md, OUT/validation.html and OUT/images/validation-<kind>.png \
        (default OUT: docs): published against computed values, pass/fail, the score split into \
        calibration and validation-only cases, and a parity plot per measurement kind. \
        Exits 1 when the manifest or a case file has errors, or when a case that passed in the \
        baseline (FOLDER/baseline.json) misses now; --write-baseline records the present state.""")
final class ValidateCommand extends InterphaseCommand {

    @Parameters(arity = "0..1", paramLabel = "FOLDER", description = "the validation folder (default: ${DEFAULT-VALUE})",
            defaultValue = "validation")
    private Path folder;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "docs", description = "report folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--baseline", paramLabel = "FILE", description = "the baseline (default: FOLDER/baseline.json)")
    private Path baseline;

    @Option(names = "--write-baseline", description = "record this run's pass/miss as the baseline")
    private boolean writeBaseline;

    @Option(names = "--threads", paramLabel = "N", description = "parallel runs (default: the number of cores)")
    private Integer threads;

    @Option(names = "--sensitivity", description = { "first screen each calibration case (Morris, org.interphase.uq) over the",
            "literature ranges of its cell's parameters and store what it pins down in FOLDER/sensitivity.json" })
    private boolean sensitivity;

    @Option(names = "--trajectories", paramLabel = "r", defaultValue = "4",
            description = "Morris trajectories per calibration case with --sensitivity (default: ${DEFAULT-VALUE})")
    private int trajectories;

    @Option(names = "--seed", paramLabel = "s", defaultValue = "1", description = "seed of the trajectories (default: ${DEFAULT-VALUE})")
    private long seed;

    @Override
    Integer run(PrintWriter stdout, PrintWriter stderr) throws IOException, InterruptedException {
        Path baselineFile = baseline != null ? baseline : folder.resolve("baseline.json");
        Baseline before;
        try {
            before = Baseline.read(baselineFile);
        } catch (IOException e) {
            stdout.println(e.getMessage());
            return Interphase.EXIT_INPUT_ERRORS;
        }
        StudyRunner runner = new StudyRunner(MechanismRegistry.getDefault(), ProductVersion.current());
        ValidationRun validation = new ValidationRun(runner, threads != null ? threads : Runtime.getRuntime().availableProcessors());
        if (sensitivity) {
            if (trajectories < 1) {
                stderr.println("interphase: --trajectories must be at least 1");
                return Interphase.EXIT_USAGE;
            }
            java.nio.file.Path samples = java.nio.file.Files.createTempDirectory("interphase-validation-samples");
            List<String> errors;
            try {
                errors = validation.screen(folder, trajectories, seed, ProductVersion.current(), samples, (id, what) -> {
                    stderr.println("screened " + id + ": " + what);
                    stderr.flush();
                });
            } finally {
                Trees.delete(samples); // the sample runs are only read for their metrics
            }
            if (!errors.isEmpty()) {
                errors.forEach(stdout::println);
                stdout.println("nothing was validated: " + errors.size() + (errors.size() == 1 ? " error" : " errors"));
                return Interphase.EXIT_INPUT_ERRORS;
            }
        }
        ValidationRun.Outcome o = validation.run(folder, (label, status) -> {
                    stderr.println("ran " + label + ": " + status);
                    stderr.flush();
                });
        if (!o.errors().isEmpty()) {
            o.errors().forEach(stdout::println);
            stdout.println("nothing was validated: " + o.errors().size() + (o.errors().size() == 1 ? " error" : " errors"));
            return Interphase.EXIT_INPUT_ERRORS;
        }
        List<Verdict> verdicts = o.verdicts();
        List<String> regressions = before.regressions(verdicts);
        ValidationReport.write(verdicts, regressions, out, CalibrationSensitivity.read(folder), o.endurance());
        for (Verdict v : verdicts) {
            stdout.printf(Locale.ROOT, "%-4s %-30s %-22s published %-16s computed %s%n", v.pass() ? "pass" : "MISS",
                    v.vcase().id(), v.vcase().kind().word(), v.vcase().published(), v.shown());
        }
        stdout.println("score: " + Score.of(verdicts));
        if (!o.endurance().isEmpty()) {
            stdout.println("long-cycling cells: " + Endurance.cycledCount(o.endurance()) + " of " + o.endurance().size()
                    + " cycled their published count");
            o.endurance().stream().filter(e -> !e.cycled())
                    .forEach(e -> stdout.println("  " + e.caseId() + ": " + e.shown()));
        }
        stdout.printf(Locale.ROOT, "%d cases, %d runs in %.1f s; report in %s%n", verdicts.size(), o.runs(), o.seconds(),
                out.resolve("validation.md").toAbsolutePath().normalize());
        before.dropped(verdicts).forEach(id -> stdout.println("note: baseline case '" + id + "' is no longer in the set"));
        if (writeBaseline) {
            Baseline.of(verdicts).write(baselineFile);
            stdout.println("baseline written: " + baselineFile);
            return 0;
        }
        if (!regressions.isEmpty()) {
            stdout.println("regression: " + regressions.size() + (regressions.size() == 1 ? " case" : " cases")
                    + " passed in " + baselineFile + " and miss now: " + String.join(", ", regressions));
            return Interphase.EXIT_INPUT_ERRORS;
        }
        return 0;
    }
}
