package org.interphase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.interphase.results.ResultsDiff;
import org.interphase.results.read.MalformedResultException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interphase diff A B}: the metric differences between two results folders. */
@Command(name = "diff", mixinStandardHelpOptions = true, description = """
        Compares two results folders (the --out of 'interphase run'): for every <study>/<cell> \
        in either, its status and metrics in A and in B and the difference B - A; a cell found in \
        one folder only is named. Exits 0 when both folders could be read (whether or not they \
        differ), 1 when one is not a results folder.""")
final class DiffCommand extends InterphaseCommand {

    @Parameters(index = "0", paramLabel = "A", description = "the first results folder")
    private Path a;

    @Parameters(index = "1", paramLabel = "B", description = "the second results folder")
    private Path b;

    @Option(names = "--all", description = "also list the metrics that are equal")
    private boolean all;

    @Override
    Integer run(PrintWriter out, PrintWriter err) throws Exception {
        List<ResultsDiff.Cell> cells;
        try {
            cells = ResultsDiff.compare(a, b);
        } catch (MalformedResultException e) {
            return fail(e.getMessage());
        }
        out.println("A: " + a);
        out.println("B: " + b);
        int both = 0;
        int differing = 0;
        int onlyA = 0;
        int onlyB = 0;
        for (ResultsDiff.Cell c : cells) {
            out.println();
            if (!c.inB()) {
                onlyA++;
                out.println(c.key() + ": only in A");
                continue;
            }
            if (!c.inA()) {
                onlyB++;
                out.println(c.key() + ": only in B");
                continue;
            }
            both++;
            if (!c.differs()) {
                out.println(c.key() + ": identical");
                if (!all) {
                    continue;
                }
            } else {
                differing++;
                out.println(c.key() + ":");
            }
            out.printf(Locale.ROOT, "  %-36s %14s %14s %14s%n", "metric", "A", "B", "B - A");
            for (ResultsDiff.Entry e : c.entries()) {
                if (all || e.differs()) {
                    out.printf(Locale.ROOT, "  %-36s %14s %14s %14s%n", e.name(), shown(e.a()), shown(e.b()),
                            e.difference() == null ? "" : signed(e.difference()));
                }
            }
        }
        out.println();
        out.println(both + (both == 1 ? " cell" : " cells") + " in both (" + differing + " with differences), "
                + onlyA + " only in A, " + onlyB + " only in B");
        return 0;
    }

    private static String shown(String value) {
        return value == null ? "-" : value;
    }

    private static String signed(double v) {
        String s = ResultsDiff.shown(v);
        return v > 0 ? "+" + s : s;
    }
}
