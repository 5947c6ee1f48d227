package org.interphase.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * each study/cell pair the cases name once, and judges every case.
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
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return new Outcome(List.of(), 0, 0, List.of(folder + ": error: no " + MANIFEST + " in this folder"));
        }
        ManifestReader.Result read = ManifestReader.read(manifest, manifest.toString());
        if (!read.errors().isEmpty()) {
            return new Outcome(List.of(), 0, 0, read.errors());
        }
        Checker checker = new Checker(Path.of(""));
        Checker.Loaded loaded = checker.load(List.of(folder));
        List<String> errors = new ArrayList<>();
        for (Problem p : loaded.errors(checker, CancelIndicator.NullImpl)) {
            errors.add(p.format());
        }
        if (!errors.isEmpty()) {
            return new Outcome(List.of(), 0, 0, errors);
        }
        // every case's study and cell, found in its own file
        record Pair(Study study, Cell cell) {
            String label() {
                return study.getName() + "/" + cell.getName();
            }
        }
        Map<String, Pair> pairs = new LinkedHashMap<>();
        Map<ValidationCase, String> keyOf = new LinkedHashMap<>();
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
            keyOf.put(c, key);
        }
        if (!errors.isEmpty()) {
            return new Outcome(List.of(), 0, 0, errors);
        }
        long start = System.nanoTime();
        Map<String, RunResult> results = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Map<String, Future<RunResult>> futures = new LinkedHashMap<>();
            for (var e : pairs.entrySet()) {
                Pair p = e.getValue();
                futures.put(e.getKey(), pool.submit(() -> {
                    RunResult r = runner.run(p.study(), p.cell(), "validation", () -> false);
                    progress.accept(p.label(), r.getStatus().getLiteral());
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
        for (ValidationCase c : read.cases()) {
            verdicts.add(Verdict.judge(c, results.get(keyOf.get(c))));
        }
        return new Outcome(verdicts, seconds, pairs.size(), List.of());
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
