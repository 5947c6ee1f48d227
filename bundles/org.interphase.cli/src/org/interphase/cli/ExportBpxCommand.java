package org.interphase.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.data.bpx.BpxExport;
import org.interphase.dsl.workspace.Checker;
import org.interphase.dsl.workspace.Problem;
import org.interphase.model.Cell;
import org.interphase.model.Protocol;
import org.interphase.model.Study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interphase export-bpx FILE --cell NAME [-o OUT.json]}. */
@Command(name = "export-bpx", mixinStandardHelpOptions = true,
        description = { "Writes a cell as Battery Parameter eXchange (BPX 1.1, model \"Partial\") JSON: the standard",
                "sections the cell gives in full, the rest and the polymer-electrolyte and interface parameters under",
                "\"User-defined\"; the protocol of the first study that runs the cell gives the lower cut-off and the",
                "State temperatures. Exits 1 when the file has errors or holds no such cell." })
final class ExportBpxCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE", description = "a .cell file (read with the other .cell files of its folder)")
    private Path input;

    @Option(names = "--cell", required = true, paramLabel = "NAME", description = "the cell to export")
    private String cellName;

    @Option(names = { "-o", "--out" }, paramLabel = "OUT.json", description = "output file (default: standard output)")
    private Path out;

    @Override
    public Integer call() throws Exception {
        var stdout = spec.commandLine().getOut();
        var stderr = spec.commandLine().getErr();
        Checker checker = new Checker(Path.of(""));
        Checker.Loaded loaded = checker.load(List.of(input));
        List<Problem> errors = loaded.errors(checker, CancelIndicator.NullImpl);
        List<Study> studies = loaded.elements(Study.class);
        List<String> names = loaded.elements(Cell.class).stream().map(Cell::getName).toList();
        Cell cell = loaded.elements(Cell.class).stream().filter(c -> c.getName().equals(cellName)).findFirst().orElse(null);
        if (Interphase.reportErrors(errors, "exported", stdout)) {
            return Interphase.EXIT_INPUT_ERRORS;
        }
        if (cell == null) {
            stderr.println("interphase: no cell '" + cellName + "' in " + input + " (there are: "
                    + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
            return Interphase.EXIT_INPUT_ERRORS;
        }
        Cell exported = cell;
        Protocol protocol = studies.stream().filter(st -> st.getCells().contains(exported) && st.getProtocol() != null)
                .map(Study::getProtocol).findFirst().orElse(null);
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(BpxExport.export(cell, protocol, input.getFileName().toString())) + "\n";
        if (out == null) {
            stdout.print(json);
        } else {
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".bpx-", ".tmp");
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            stdout.println("wrote " + out);
        }
        return 0;
    }
}
