package org.interphase.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code interphase} command and its subcommands ({@link #SUBCOMMANDS}). */
@Command(name = "interphase", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Solid-polymer-electrolyte lithium-metal cells: check cell files, run their studies, compare results, start a project, browse the material library, exchange BPX files.")
public final class Interphase implements Callable<Integer> {

    /**
     * The subcommands, in the order the help lists them. A command line that names one of them first
     * (other than {@code help}) gets only that one: picocli reflects on every option of every
     * subcommand it is given, a cost each command would pay for the other twelve (docs/engine.md,
     * "Start-up"); what that command line parses, prints and does is the same.
     */
    public static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, RunCommand.class, DiffCommand.class,
            InitCommand.class, MaterialsCommand.class, ExportBpxCommand.class, ImportBpxCommand.class, FitCommand.class,
            InstallCommand.class, ValidateCommand.class, SensitivityCommand.class, LspCommand.class,
            CommandLine.HelpCommand.class);

    /** Exit code of a command line that does not parse (picocli's convention). */
    public static final int EXIT_USAGE = 2;

    @Spec
    private CommandSpec spec;

    /** Exit code when the input has errors. */
    public static final int EXIT_INPUT_ERRORS = 1;

    /** Runs a command line, writing to the given streams; returns the process exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Interphase());
        // added before the streams and the handler are set: picocli passes those on to the subcommands it has
        subcommandsFor(args).forEach(cli::addSubcommand);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // a bug, not a user error: one line, and where the details are
            err.println("interphase: internal error: " + e);
            err.println("interphase: please report it with the command line and input files");
            return 70;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The subcommands a command line needs: the one it names first, or all of them. */
    public static List<Class<?>> subcommandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> c : SUBCOMMANDS) {
                Command command = c.getAnnotation(Command.class);
                if (c != CommandLine.HelpCommand.class && (command.name().equals(args[0])
                        || Arrays.asList(command.aliases()).contains(args[0]))) {
                    return List.of(c);
                }
            }
        }
        return SUBCOMMANDS;
    }

    /**
     * Prints input errors as {@code file:line:col: error: message} and a last line saying that
     * nothing was done; returns true when there were any.
     *
     * @param what the past participle of what did not happen: "run", "exported", "fitted"
     */
    static boolean reportErrors(java.util.List<org.interphase.dsl.workspace.Problem> errors, String what,
            PrintWriter out) {
        if (errors.isEmpty()) {
            return false;
        }
        errors.forEach(p -> out.println(p.format()));
        out.println("nothing was " + what + ": " + errors.size() + (errors.size() == 1 ? " error" : " errors"));
        return true;
    }

    /** No subcommand: say what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_USAGE;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }
}
