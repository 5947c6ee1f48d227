package org.interphase.dsl.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.model.Document;

/**
 * Checks {@code .cell} files the way a project would: a file given on its own is read together
 * with the other {@code .cell} files of its folder, so that its imports resolve; a folder is
 * checked with everything below it.
 */
public final class Checker {

    /**
     * The largest .cell file read, bytes (2 MiB, 50 times the largest library file): the parse and its
     * errors take memory in proportion to the text, so a larger file is a located error, not an
     * out-of-memory (issue 14).
     */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    /** The outcome: the files checked and their problems, in order. */
    public record Result(List<Path> files, List<Problem> problems) {
        public long errors() {
            return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        }

        public long warnings() {
            return problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
        }
    }

    private final Path base;

    /** @param base paths in messages are shown relative to this folder when they lie below it */
    public Checker(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    /**
     * Files loaded and resolved for a run or a check.
     *
     * @param workspace the files and the library, resolved
     * @param targets   the files asked for, with their resources
     * @param context   every file loaded (targets, the files beside them and the library files)
     * @param problems  problems found while finding and reading files
     * @param libraries the files of the shared library folders ({@code --lib}) that are not targets
     *                  themselves, with their resources: checked, but their studies are not run
     * @param libraryRoots every library file (targets included) with the library folder it was found in
     */
    public record Loaded(CellWorkspace workspace, Map<Path, Resource> targets, List<Path> context,
            List<Problem> problems, Map<Path, Resource> libraries, Map<Path, Path> libraryRoots) {

        /** Problems of the library files (syntax, linking, validation), located in their files. */
        public List<Problem> libraryProblems(Checker checker, CancelIndicator cancel) {
            List<Problem> problems = new ArrayList<>();
            for (var e : libraries.entrySet()) {
                problems.addAll(workspace.validate(e.getValue(), checker.display(e.getKey()), cancel));
            }
            return problems;
        }

        /**
         * The errors that stop a run or an export: those found while reading the files, and the
         * syntax, linking and validation errors of the files asked for, sorted by place.
         */
        public List<Problem> errors(Checker checker, CancelIndicator cancel) {
            List<Problem> errors = new ArrayList<>(problems);
            for (var e : targets.entrySet()) {
                for (Problem p : workspace.validate(e.getValue(), checker.display(e.getKey()), cancel)) {
                    if (p.severity() == Problem.Severity.ERROR) {
                        errors.add(p);
                    }
                }
            }
            errors.sort(null);
            return errors;
        }

        /** The elements of one kind (cells, studies, ...) in the files asked for, by file and then in file order. */
        public <T> List<T> elements(Class<T> type) {
            List<T> found = new ArrayList<>();
            for (Resource r : targets.values()) {
                if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Document d) {
                    d.getElements().stream().filter(type::isInstance).map(type::cast).forEach(found::add);
                }
            }
            return found;
        }
    }

    public Result check(List<Path> arguments, CancelIndicator cancel) throws IOException {
        return check(arguments, List.of(), cancel);
    }

    /** Checks files with shared library folders: the library files are checked too. */
    public Result check(List<Path> arguments, List<Path> libraries, CancelIndicator cancel) throws IOException {
        // not resolved up front: the validation of each file resolves the references it has (and what
        // it follows from there), which are the only ones whose problems a check reports; resolving the
        // references of every file of the folder and of the library too cost ~0.08 s of a 1 s check
        Loaded loaded = load(arguments, libraries, false);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        for (var e : loaded.targets().entrySet()) {
            if (cancel.isCanceled()) {
                break;
            }
            problems.addAll(loaded.workspace().validate(e.getValue(), display(e.getKey()), cancel));
        }
        problems.addAll(loaded.libraryProblems(this, cancel));
        problems.sort(null);
        List<Path> files = new ArrayList<>(loaded.targets().keySet());
        files.addAll(loaded.libraries().keySet());
        return new Result(List.copyOf(files), problems);
    }

    /** Finds, reads and resolves the files of the arguments (files with their folders, folders below). */
    public Loaded load(List<Path> arguments) throws IOException {
        return load(arguments, List.of());
    }

    /**
     * Finds, reads and resolves the files of the arguments together with the {@code .cell} files of
     * shared library folders (each searched with everything below it), whose declarations the
     * arguments' files import by package as if they were part of the project.
     */
    public Loaded load(List<Path> arguments, List<Path> libraries) throws IOException {
        // resolved: a run reads the models from several threads, and EMF resolves proxies unsynchronised
        return load(arguments, libraries, true);
    }

    private Loaded load(List<Path> arguments, List<Path> libraries, boolean resolve) throws IOException {
        Set<Path> targets = new LinkedHashSet<>();
        Set<Path> context = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        Map<Path, Path> libraryRoots = new LinkedHashMap<>();
        for (Path library : libraries) {
            Path root = library.toAbsolutePath().normalize();
            if (!Files.isDirectory(root)) {
                problems.add(new Problem(display(root), 1, 1, Problem.Severity.ERROR,
                        Files.exists(root) ? "--lib needs a folder of .cell files, not a file"
                                : "--lib: no such folder", null));
                continue;
            }
            for (Path file : cellFiles(root, Integer.MAX_VALUE)) {
                libraryRoots.putIfAbsent(file, root);
            }
        }
        for (Path argument : arguments) {
            Path p = argument.toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                List<Path> files = cellFiles(p, Integer.MAX_VALUE);
                if (files.isEmpty()) {
                    // not "0 files checked" and success: the user meant some files (issue 14)
                    problems.add(new Problem(display(p), 1, 1, Problem.Severity.ERROR,
                            p.getFileName() != null && p.getFileName().toString().endsWith(".cell")
                                    ? "is a folder, not a .cell file, and holds no .cell files"
                                    : "no .cell files in this folder", null));
                    continue;
                }
                targets.addAll(files);
                context.addAll(files);
            } else if (Files.isRegularFile(p)) {
                if (!p.getFileName().toString().endsWith(".cell")) {
                    problems.add(new Problem(display(p), 1, 1, Problem.Severity.ERROR,
                            "not a .cell file", null));
                    continue;
                }
                targets.add(p);
                context.add(p);
                context.addAll(cellFiles(p.getParent(), 1));
            } else {
                problems.add(new Problem(display(p), 1, 1, Problem.Severity.ERROR, "no such file or folder", null));
            }
        }
        context.addAll(libraryRoots.keySet());
        CellWorkspace workspace = new CellWorkspace();
        Map<Path, Resource> loaded = new LinkedHashMap<>();
        for (Path file : context) {
            try {
                long size = Files.size(file);
                if (size > MAX_FILE_BYTES) {
                    // not read at all: parsing grows the memory with the text (issue 14: 5 MB of errors took 1.45 GB)
                    if (targets.remove(file) || libraryRoots.containsKey(file)) {
                        problems.add(new Problem(display(file), 1, 1, Problem.Severity.ERROR, String.format(Locale.ROOT,
                                "the file is %.1f MB; .cell files are read up to %d MB (the largest library file is 37 KB):"
                                        + " split it into several files", size / 1048576.0, MAX_FILE_BYTES / 1048576), null));
                    }
                    continue;
                }
                loaded.put(file, workspace.load(file));
            } catch (RuntimeException | IOException e) {
                // EMF wraps I/O failures; a file that cannot be read is a located problem, not a crash
                if (targets.remove(file) || libraryRoots.containsKey(file)) {
                    problems.add(new Problem(display(file), 1, 1, Problem.Severity.ERROR,
                            "cannot read the file: " + rootMessage(e), null));
                }
            }
        }
        if (resolve) {
            workspace.resolveAll();
        }
        Map<Path, Resource> targetResources = new LinkedHashMap<>();
        for (Path file : targets) {
            if (loaded.containsKey(file)) {
                targetResources.put(file, loaded.get(file));
            }
        }
        Map<Path, Resource> libraryResources = new LinkedHashMap<>();
        for (Path file : libraryRoots.keySet()) {
            if (loaded.containsKey(file) && !targets.contains(file)) {
                libraryResources.put(file, loaded.get(file));
            }
        }
        return new Loaded(workspace, targetResources, List.copyOf(loaded.keySet()), problems, libraryResources,
                Map.copyOf(libraryRoots));
    }

    /** The .cell files in a folder, down to a depth, leaving out hidden folders (.git, .metadata). */
    private static List<Path> cellFiles(Path folder, int depth) throws IOException {
        try (Stream<Path> s = Files.walk(folder, depth)) {
            return s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".cell"))
                    .filter(f -> !hidden(folder.relativize(f)))
                    .map(f -> f.toAbsolutePath().normalize()).sorted().toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A path as shown in messages: relative to the base folder when below it. */
    public String display(Path p) {
        return p.startsWith(base) ? base.relativize(p).toString() : p.toString();
    }
}
