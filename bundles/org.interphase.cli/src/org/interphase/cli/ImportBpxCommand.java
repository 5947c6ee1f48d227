package org.interphase.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.data.bpx.BpxException;
import org.interphase.data.bpx.BpxImport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interphase import-bpx FILE.json [--name NAME] [--package P] [--based-on M] [--density D] [-o OUT.cell]}. */
@Command(name = "import-bpx", mixinStandardHelpOptions = true, description = """
        Writes the positive electrode of a BPX JSON file as a cathode material of the cell language \
        (theoretical and practical capacity, OCV curve, solid diffusivity, particle radius). Exits 1 when \
        the file cannot be read or lacks what a material needs.""")
final class ImportBpxCommand extends InterphaseCommand {

    @Parameters(arity = "1", paramLabel = "FILE.json", description = "a BPX file")
    private Path input;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "BpxCathode", description = "the material's name (default: ${DEFAULT-VALUE})")
    private String name;

    @Option(names = "--package", paramLabel = "PACKAGE", description = "the package of the written file")
    private String packageName;

    @Option(names = "--based-on", paramLabel = "MATERIAL", description = "a material to inherit what BPX does not carry (e.g. catalytic activity)")
    private String basedOn;

    @Option(names = "--density", paramLabel = "G_PER_CM3", description = "the cathode material's density in g/cm3, when the file gives none")
    private Double density;

    @Option(names = { "-o", "--out" }, paramLabel = "OUT.cell", description = "output file (default: standard output)")
    private Path out;

    @Override
    Integer run(PrintWriter stdout, PrintWriter stderr) throws Exception {
        BpxImport.Result result;
        try {
            if (!Files.isRegularFile(input)) {
                throw new BpxException(input + ": no such file");
            }
            result = BpxImport.material(input, BpxImport.parse(input),
                    new BpxImport.Options(name, packageName, basedOn, density == null ? null : density * 1000));
        } catch (BpxException e) {
            stderr.println(e.getMessage().replaceFirst(": ", ": error: "));
            return Interphase.EXIT_INPUT_ERRORS;
        }
        emit(result.text(), out);
        if (!result.missing().isEmpty()) {
            stderr.println("interphase: warning: the file gives no " + String.join(", ", result.missing())
                    + ", which the engine needs: add them, or import with --based-on MATERIAL");
        }
        if (result.degradation() != null && !result.degradation().fresh()) {
            stderr.println("interphase: warning: the file describes an aged cell (State / Degradation: "
                    + result.degradation().describe() + "); the material is that of the fresh electrode, as cells"
                    + " in Interphase start fresh and age by their mechanisms");
        }
        return 0;
    }
}
