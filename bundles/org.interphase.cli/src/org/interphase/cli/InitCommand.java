package org.interphase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interphase init [DIR]}: a project layout for git, with an example that checks and runs. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = { "Writes a project layout into DIR (default: the current folder): cells/, protocols/,",
                "studies/, data/, results/, a .gitignore, and an example cell, protocol and study that",
                "'interphase check DIR' accepts and 'interphase run DIR' runs. Never overwrites a file:",
                "when one exists, nothing is written and the exit code is 1." })
final class InitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = ".", description = "the project folder (default: the current one)")
    private Path dir;

    @Option(names = "--package", paramLabel = "NAME", defaultValue = "lab",
            description = "the package the example files go into, as NAME.cells, NAME.protocols, NAME.studies (default: ${DEFAULT-VALUE})")
    private String pkg;

    /** The files init writes, by path relative to the project folder, in the order written. */
    static Map<String, String> files(String pkg) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(".gitignore", """
                # Interphase Workbench project (written by 'interphase init')
                # Results are meant to be committed (teammates compare and reuse them); only what
                # differs from run to run, and what an interrupted run leaves behind, stays out.
                results/**/timing.json
                results/**/.partial-*
                results/**/.old-*
                # build output and workbench metadata
                target/
                bin/
                .metadata/
                """);
        files.put("cells/example.cell", """
                // An example cell: LiCoO2 against PEO-LiTFSI and lithium metal. Cells go into cells/.
                package %1$s.cells

                cell ExampleLco {
                    area 1 cm2
                    cathode LCO {                        // the built-in material library needs no import
                        loading 1.5 mAh/cm2
                        carbon 5 wt%%
                    }
                    electrolyte {
                        polymer PEO { end group methoxy }
                        salt LiTFSI { ratio EO:Li 20 }
                        thickness 50 um
                    }
                    anode Li { thickness 50 um }
                }
                """.formatted(pkg));
        files.put("protocols/example.cell", """
                // An example test protocol. Protocols go into protocols/.
                package %1$s.protocols

                protocol ExampleCycling {
                    temperature 60 °C
                    repeat 20 {                          // one repetition is one cycle
                        charge at C/5 until 4.2 V
                        rest for 10 min
                        discharge at C/5 until 3.0 V
                        rest for 10 min
                    }
                }
                """.formatted(pkg));
        files.put("studies/example.cell", """
                // An example study: which cell, which protocol, which mechanisms. Studies go into studies/.
                // Check and run the whole project from its folder, so that the imports resolve:
                //   interphase check .
                //   interphase run . --out results
                package %1$s.studies

                import %1$s.cells.*
                import %1$s.protocols.*

                study Example {
                    cell ExampleLco
                    protocol ExampleCycling
                    mechanisms all
                    report capacity retention, resistance
                }
                """.formatted(pkg));
        files.put("data/README.md", """
                # data/

                Measured data of the project (cycler exports, impedance spectra), committed with the
                cell files that describe the measured cells.
                """);
        files.put("results/README.md", """
                # results/

                `interphase run . --out results` writes `results/<study>/<cell>/` here. Two runs of the
                same input write byte-identical data files, so results can be committed and compared
                with `interphase diff`; `timing.json` differs between runs and is ignored by `.gitignore`.
                """);
        return files;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!pkg.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
            err.println("interphase: --package " + pkg + ": not a package name (dotted names of letters, digits and _, "
                    + "such as lab or lab.coatings)");
            return Interphase.EXIT_INPUT_ERRORS;
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            err.println("interphase: " + dir + ": is a file, not a folder");
            return Interphase.EXIT_INPUT_ERRORS;
        }
        Map<String, String> files = files(pkg);
        List<Path> existing = new ArrayList<>();
        for (String name : files.keySet()) {
            if (Files.exists(dir.resolve(name))) {
                existing.add(dir.resolve(name));
            }
        }
        for (String folder : List.of("cells", "protocols", "studies", "data", "results")) {
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
        for (String folder : List.of("cells", "protocols", "studies", "data", "results")) {
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
