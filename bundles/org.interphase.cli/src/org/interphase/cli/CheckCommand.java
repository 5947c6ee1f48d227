package org.interphase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.workspace.Checker;
import org.interphase.dsl.workspace.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interphase check FILES...}: every problem as {@code file:line:col: error|warning: message}. */
@Command(name = "check", mixinStandardHelpOptions = true, description = """
        Checks .cell files and prints each problem as file:line:col: error|warning: message. \
        A file is read together with the other .cell files of its folder, so that its imports resolve; \
        a folder is checked with everything below it. Files of --lib folders are seen by every file \
        (import them by package). Exits 0 when there is no error, 1 otherwise.""")
final class CheckCommand extends InterphaseCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER", description = ".cell files or folders holding them")
    private List<Path> paths;

    @Option(names = { "-q", "--quiet" }, description = "print problems only, no summary line")
    private boolean quiet;

    @Option(names = { "--no-warnings" }, description = "print errors only")
    private boolean noWarnings;

    @Option(names = "--lib", paramLabel = "DIR", description = { "a shared library folder: the .cell files below it",
            "can be imported by package, and are checked too (repeatable)" })
    private List<Path> libraries = new java.util.ArrayList<>();

    /** How many problems are printed when --max-problems is not given. */
    static final int DEFAULT_MAX_PROBLEMS = 1000;

    @Option(names = "--max-problems", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_PROBLEMS,
            description = { "print at most N problems, then how many were left out (default: ${DEFAULT-VALUE};",
                    "0 prints all)" })
    private int maxProblems;

    @Override
    Integer run(PrintWriter out, PrintWriter err) throws Exception {
        if (maxProblems < 0) {
            err.println("interphase check: --max-problems must be 0 (all) or more, got " + maxProblems);
            return Interphase.EXIT_INPUT_ERRORS;
        }
        Checker.Result result = new Checker(Path.of("")).check(paths, libraries, CancelIndicator.NullImpl);
        long printed = 0;
        long left = 0;
        for (Problem p : result.problems()) {
            if (!(noWarnings && p.severity() == Problem.Severity.WARNING)) {
                if (maxProblems == 0 || printed < maxProblems) {
                    out.println(p.format());
                    printed++;
                } else {
                    left++;
                }
            }
        }
        if (left > 0) {
            // a file of half a million errors printed 83 MB (issue 14): the first ones say what is wrong
            out.println("... " + left + (left == 1 ? " more problem" : " more problems") + " not shown (--max-problems "
                    + maxProblems + "; 0 shows all)");
        }
        if (!quiet) {
            out.println(result.files().size() + (result.files().size() == 1 ? " file" : " files") + " checked: "
                    + result.errors() + (result.errors() == 1 ? " error, " : " errors, ") + result.warnings()
                    + (result.warnings() == 1 ? " warning" : " warnings"));
        }
        return result.errors() > 0 ? Interphase.EXIT_INPUT_ERRORS : 0;
    }
}
