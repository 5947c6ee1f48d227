package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.interphase.cli.Interphase;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A command line that names a subcommand is given only that one (docs/engine.md, "Start-up"): what it
 * prints and the exit code are those of the command line with every subcommand, as the
 * {@code interphase} command was declared before (all of them in its annotation).
 */
class SubcommandsTest {

    private static String withAll(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Interphase());
        Interphase.SUBCOMMANDS.forEach(cli::addSubcommand);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return code + "\n" + out + "\n--\n" + err;
    }

    private static String asRun(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Interphase.run(args, new PrintWriter(out), new PrintWriter(err));
        return code + "\n" + out + "\n--\n" + err;
    }

    @Test
    void eachSubcommandAloneWhenNamedFirst() {
        Set<String> names = new HashSet<>();
        for (Class<?> c : Interphase.SUBCOMMANDS) {
            String name = c.getAnnotation(Command.class).name();
            assertEquals(true, names.add(name), "two subcommands named " + name);
            List<Class<?>> expected = c == CommandLine.HelpCommand.class ? Interphase.SUBCOMMANDS : List.of(c);
            assertEquals(expected, Interphase.subcommandsFor(new String[] { name, "x" }), name);
        }
        for (String[] args : new String[][] { {}, { "--help" }, { "-V" }, { "chekc", "x" }, { "--version", "check" } }) {
            assertEquals(Interphase.SUBCOMMANDS, Interphase.subcommandsFor(args), String.join(" ", args));
        }
    }

    @Test
    void sameOutputAsWithEverySubcommand() {
        for (String[] args : new String[][] { { "check", "--help" }, { "check" }, { "check", "--no-such-option", "a.cell" },
                { "run", "--help" }, { "run" }, { "diff", "--bogus" }, { "help", "check" }, { "--help" }, { "chekc" },
                { "materials", "--help" }, { "install", "--help" }, { "lsp", "--help" }, { "check", "--max-problems", "-1", "x.cell" } }) {
            assertEquals(withAll(args), asRun(args), String.join(" ", args));
        }
    }
}
