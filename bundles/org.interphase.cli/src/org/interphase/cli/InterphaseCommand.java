package org.interphase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.workspace.Checker;
import org.interphase.dsl.workspace.Problem;
import org.interphase.results.AtomicFile;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand has: its spec (picocli injects it here), the output and error streams of
 * the command line that runs it (handed to {@link #run}), and the reading of .cell files that stops
 * at their errors.
 */
abstract class InterphaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /**
     * Runs the command with the streams of its command line ({@link #run}); input whose errors were
     * printed ends it with {@link Interphase#EXIT_INPUT_ERRORS}.
     */
    @Override
    public final Integer call() throws Exception {
        try {
            return run(out(), err());
        } catch (InputRefused e) {
            return Interphase.EXIT_INPUT_ERRORS;
        }
    }

    /** Thrown once the input's errors are printed: the command stops with the exit code of bad input. */
    static final class InputRefused extends Exception {
        private static final long serialVersionUID = 1L;

        InputRefused() {
            super(null, null, false, false);
        }
    }

    /**
     * What the command does, printing its results on {@code out} and its problems on {@code err}
     * ({@link #out()}, {@link #err()}); returns the exit code.
     */
    abstract Integer run(PrintWriter out, PrintWriter err) throws Exception;

    /** Where the command's results go (standard output, or the stream a test gave the command line). */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where usage errors and failures go. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Reads .cell files with the other files of their folders and the files of the library folders.
     * When they have errors (syntax, linking, validation, of the files or the libraries), prints them
     * as {@code check} does with "nothing was VERB: N errors" and throws {@link InputRefused}.
     */
    Checker.Loaded loadWithoutErrors(List<Path> inputs, List<Path> libraries, String verb)
            throws IOException, InputRefused {
        Checker checker = new Checker(Path.of(""));
        Checker.Loaded loaded = checker.load(inputs, libraries);
        List<Problem> errors = new ArrayList<>(loaded.errors(checker, CancelIndicator.NullImpl));
        loaded.libraryProblems(checker, CancelIndicator.NullImpl).stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR).forEach(errors::add);
        errors.sort(null);
        if (Interphase.reportErrors(errors, verb, out())) {
            throw new InputRefused();
        }
        return loaded;
    }

    /** The files read and the element named in them. */
    record Found<T>(Checker.Loaded loaded, T element) {
    }

    /**
     * Reads a .cell file with the other files of its folder ({@link #loadWithoutErrors}) and finds the
     * first element of a kind with a name in them; {@link InputRefused} after printing the errors, or
     * after naming on the error stream the elements there are: "interphase: no cell 'X' in FILE (there
     * are: A, B)".
     */
    <T> Found<T> loadNamed(Path input, String verb, Class<T> type, Function<T, String> name, String wanted, String kind)
            throws IOException, InputRefused {
        Checker.Loaded loaded = loadWithoutErrors(List.of(input), List.of(), verb);
        List<T> all = loaded.elements(type);
        Optional<T> found = all.stream().filter(e -> name.apply(e).equals(wanted)).findFirst();
        if (found.isEmpty()) {
            List<String> names = all.stream().map(name).toList();
            fail("no " + kind + " '" + wanted + "' in " + input + " (there are: "
                    + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
            throw new InputRefused();
        }
        return new Found<>(loaded, found.get());
    }

    /**
     * A command's text output: printed on the standard output when no file is given, else written to
     * the file all or nothing ({@link AtomicFile}) and "wrote FILE" printed.
     */
    void emit(String text, Path file) throws IOException {
        if (file == null) {
            out().print(text);
            return;
        }
        AtomicFile.writeString(file, text);
        out().println("wrote " + file);
    }

    /** Says what is wrong with the input on the error stream ("interphase: ..."); returns the exit code of bad input. */
    int fail(String message) {
        err().println("interphase: " + message);
        return Interphase.EXIT_INPUT_ERRORS;
    }
}
