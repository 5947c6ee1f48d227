package org.interphase.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * The options of the commands that run cells, {@code run} and {@code sensitivity} (a picocli mixin):
 * where the results go, how many cells run at once, and the shared libraries the files may import.
 */
final class RunOptions {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "parallel runs (default: the number of cores)")
    Integer threads;

    @Option(names = "--lib", paramLabel = "DIR", description = { "a shared library folder: the .cell files below it",
            "can be imported by package (repeatable); summary.json records the ones a run used" })
    List<Path> libraries = new ArrayList<>();

    /** The parallel runs asked for, else the number of cores. */
    int threadsOrCores() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}
