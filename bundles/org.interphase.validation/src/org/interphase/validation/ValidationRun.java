package org.interphase.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.workspace.Checker;
import org.interphase.dsl.workspace.Problem;
import org.interphase.model.Cell;
import org.interphase.model.Document;
import org.interphase.model.Study;
import org.interphase.model.results.RunResult;
import org.interphase.solver.study.StudyRunner;

/**
 * Runs the validation set of a folder: reads its {@code manifest.txt}, checks its .cell files, runs
 * each study/cell pair the cases name once, and judges every case. A gas-onset case also runs the
 * ladder of sweeps of {@link GasOnset}.
 */
public final class ValidationRun {

    /** The name of the manifest in a validation folder. */
    public static final String MANIFEST = "manifest.txt";

    /**
     * The outcome: the verdicts in manifest order, the wall-clock seconds of the runs, or the
     * located errors that kept the set from running.
     */
    public record Outcome(List<Verdict> verdicts, double seconds, int runs, List<String> errors) {
    }

    /** A study and the cell of it that a case compares. */
    private record Pair(Study study, Cell cell) {
        String label() {
            return study.getName() + "/" + cell.getName();
        }
    }

    /** The set as loaded: cases, the pair of each (by key), or the errors that keep it from running. */
    private record Loaded(List<ValidationCase> cases, Map<String, Pair> pairs, Map<ValidationCase, String> keyOf,
            List<String> errors) {
    }

    private final StudyRunner runner;
    private final int threads;

    public ValidationRun(StudyRunner runner, int threads) {
        this.runner = runner;
        this.threads = Math.max(1, threads);
    }

    /**
     * @param folder   the validation folder
     * @param progress told "study/cell" and its status after each run
     */
    public Outcome run(Path folder, BiConsumer<String, String> progress) throws IOException, InterruptedException {
        Loaded set = load(folder);
        if (!set.errors().isEmpty()) {
            return new Outcome(List.of(), 0, 0, set.errors());
        }
        long start = System.nanoTime();
        // the study/cell pairs of gas-onset cases, read from sweeps stopped at a ladder of end potentials
        Set<String> gasPairs = new HashSet<>();
        set.keyOf().forEach((c, key) -> {
            if (c.kind() == Kind.GAS_ONSET) {
                gasPairs.add(key);
            }
        });
        Map<String, RunResult> results = new LinkedHashMap<>();
        Map<String, GasOnset.Result> gas = new ConcurrentHashMap<>();
        AtomicInteger extraRuns = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Map<String, Future<RunResult>> futures = new LinkedHashMap<>();
            for (var e : set.pairs().entrySet()) {
                Pair p = e.getValue();
                String key = e.getKey();
                futures.put(key, pool.submit(() -> {
                    RunResult r = runner.run(p.study(), p.cell(), "validation", () -> false);
                    progress.accept(p.label(), r.getStatus().getLiteral());
                    if (gasPairs.contains(key)) {
                        GasOnset.Result g = GasOnset.of(p.study(), p.cell(),
                                (s, c) -> runner.run(s, c, "validation", () -> false));
                        gas.put(key, g);
                        extraRuns.addAndGet(g.runs());
                        progress.accept(p.label() + " gas onset", (g.failure() != null ? g.failure()
                                : Double.isNaN(g.onset()) ? "no gas" : Published.Format.number(g.onset()) + " V")
                                + " (" + g.runs() + " sweeps)");
                    }
                    return r;
                }));
            }
            for (var e : futures.entrySet()) {
                try {
                    results.put(e.getKey(), e.getValue().get());
                } catch (ExecutionException ex) {
                    // the runner reports engine failures as failed runs; anything else is a bug worth seeing
                    throw new IllegalStateException("run " + e.getKey() + " threw", ex.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Verdict> verdicts = new ArrayList<>();
        for (ValidationCase c : set.cases()) {
            String key = set.keyOf().get(c);
            verdicts.add(c.kind() == Kind.GAS_ONSET ? Verdict.judgeGas(c, gas.get(key)) : Verdict.judge(c, results.get(key)));
        }
        return new Outcome(verdicts, seconds, set.pairs().size() + extraRuns.get(), List.of());
    }

    /**
     * Screens every calibration case of the folder ({@link CalibrationSensitivity}) and stores the outcome
     * in FOLDER/{@value CalibrationSensitivity#FILE}.
     *
     * @param samples  where the design's runs are cached (one folder per case)
     * @param progress told the case id and what became of it
     * @return the located errors that kept the set from loading, empty on success
     */
    public List<String> screen(Path folder, int trajectories, long seed, String product, Path samples,
            BiConsumer<String, String> progress) throws IOException, InterruptedException {
        Loaded set = load(folder);
        if (!set.errors().isEmpty()) {
            return set.errors();
        }
        List<CalibrationSensitivity.CaseScreening> out = new ArrayList<>();
        for (ValidationCase c : set.cases()) {
            if (!c.calibration()) {
                continue;
            }
            Pair p = set.pairs().get(set.keyOf().get(c));
            CalibrationSensitivity.CaseScreening s = CalibrationSensitivity.screen(runner, threads, c, p.study(), p.cell(),
                    trajectories, seed, samples);
            out.add(s);
            progress.accept(c.id(), s.note() != null ? s.note()
                    : s.runs() + " runs, " + s.failed() + " failed, " + s.pinned().size() + " of " + s.effects().size()
                            + " parameters pinned");
        }
        CalibrationSensitivity.write(folder, out, trajectories, seed, product);
        return List.of();
    }

    private static Loaded load(Path folder) throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return failed(List.of(folder + ": error: no " + MANIFEST + " in this folder"));
        }
        ManifestReader.Result read = ManifestReader.read(manifest, manifest.toString());
        if (!read.errors().isEmpty()) {
            return failed(read.errors());
        }
        Checker checker = new Checker(Path.of(""));
        Checker.Loaded loaded = checker.load(List.of(folder));
        List<String> errors = new ArrayList<>();
        for (Problem p : loaded.errors(checker, CancelIndicator.NullImpl)) {
            errors.add(p.format());
        }
        if (!errors.isEmpty()) {
            return failed(errors);
        }
        // every case's study and cell, found in its own file
        Map<String, Pair> pairs = new LinkedHashMap<>();
        Map<ValidationCase, String> keyOf = new LinkedHashMap<>();
        List<ValidationCase> cases = new ArrayList<>();
        for (ValidationCase c : read.cases()) {
            Path file = folder.resolve(c.file()).toAbsolutePath().normalize();
            Study study = find(loaded.targets(), file, c.study());
            if (study == null) {
                errors.add(manifest + ":" + c.line() + ":1: error: case '" + c.id() + "': no study '" + c.study()
                        + "' in " + c.file());
                continue;
            }
            Cell cell = study.getCells().stream().filter(x -> c.cell().equals(x.getName())).findFirst().orElse(null);
            if (cell == null) {
                errors.add(manifest + ":" + c.line() + ":1: error: case '" + c.id() + "': study '" + c.study()
                        + "' has no cell '" + c.cell() + "'");
                continue;
            }
            String key = c.file() + "#" + c.study() + "/" + c.cell();
            pairs.putIfAbsent(key, new Pair(study, cell));
            ValidationCase withCell = c.withMitigations(Mitigation.of(cell));
            cases.add(withCell);
            keyOf.put(withCell, key);
        }
        return errors.isEmpty() ? new Loaded(cases, pairs, keyOf, List.of()) : failed(errors);
    }

    private static Loaded failed(List<String> errors) {
        return new Loaded(List.of(), Map.of(), Map.of(), errors);
    }

    private static Study find(Map<Path, Resource> targets, Path file, String name) {
        for (var e : targets.entrySet()) {
            if (!e.getKey().toAbsolutePath().normalize().equals(file)) {
                continue;
            }
            Resource r = e.getValue();
            if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Document d) {
                return d.getElements().stream().filter(Study.class::isInstance).map(Study.class::cast)
                        .filter(s -> name.equals(s.getName())).findFirst().orElse(null);
            }
        }
        return null;
    }
}
