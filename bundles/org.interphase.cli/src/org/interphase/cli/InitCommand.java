package org.interphase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.interphase.dsl.workspace.ProjectLayout;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interphase init [DIR]}: a project layout for git, with an example that checks and runs. */
@Command(name = "init", mixinStandardHelpOptions = true, description = """
        Writes a project layout into DIR (default: the current folder): cells/, protocols/, \
        studies/, data/, results/, a .gitignore, and an example cell, protocol and study that \
        'interphase check DIR' accepts and 'interphase run DIR' runs. Never overwrites a file: \
        when one exists, nothing is written and the exit code is 1.""")
final class InitCommand extends InterphaseCommand {

    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = ".", description = "the project folder (default: the current one)")
    private Path dir;

    @Option(names = "--package", paramLabel = "NAME", defaultValue = "lab",
            description = "the package the example files go into, as NAME.cells, NAME.protocols, NAME.studies (default: ${DEFAULT-VALUE})")
    private String pkg;

    /** The files init writes, by path relative to the project folder, in the order written. */
    static Map<String, String> files(String pkg) {
        return ProjectLayout.files(pkg);
    }

    @Override
    Integer run(PrintWriter out, PrintWriter err) throws IOException {
        if (!ProjectLayout.isPackageName(pkg)) {
            err.println("interphase: --package " + pkg + ": not a package name (dotted names of letters, digits and _, "
                    + "such as lab or lab.coatings)");
            return Interphase.EXIT_INPUT_ERRORS;
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return fail(dir + ": is a file, not a folder");
        }
        Map<String, String> files = files(pkg);
        List<Path> existing = new ArrayList<>();
        for (String name : files.keySet()) {
            if (Files.exists(dir.resolve(name))) {
                existing.add(dir.resolve(name));
            }
        }
        for (String folder : ProjectLayout.FOLDERS) {
            Path p = dir.resolve(folder);
            if (Files.exists(p) && !Files.isDirectory(p)) {
                existing.add(p);
            }
        }
        if (!existing.isEmpty()) {
            for (Path p : existing) {
                err.println("interphase: " + p + ": exists");
            }
            err.println("interphase: init never overwrites a file: nothing was written (move "
                    + (existing.size() == 1 ? "it" : "them") + " away, or choose another folder)");
            return Interphase.EXIT_INPUT_ERRORS;
        }
        for (String folder : ProjectLayout.FOLDERS) {
            Files.createDirectories(dir.resolve(folder));
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            out.println("wrote " + dir.resolve(f.getKey()));
        }
        String shown = dir.toString().isEmpty() || dir.toString().equals(".") ? "." : dir.toString();
        out.println("next: interphase check " + shown + " && interphase run " + shown + " --out "
                + dir.resolve("results"));
        return 0;
    }
}
