package org.interphase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.interphase.data.bpx.BpxExport;
import org.interphase.model.Cell;
import org.interphase.model.Protocol;
import org.interphase.model.Study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interphase export-bpx FILE --cell NAME [-o OUT.json]}. */
@Command(name = "export-bpx", mixinStandardHelpOptions = true, description = """
        Writes a cell as Battery Parameter eXchange (BPX 1.1, model \"Partial\") JSON: the standard \
        sections the cell gives in full, the rest and the polymer-electrolyte and interface parameters under \
        \"User-defined\"; the protocol of the first study that runs the cell gives the lower cut-off and the \
        State temperatures. Exits 1 when the file has errors or holds no such cell.""")
final class ExportBpxCommand extends InterphaseCommand {

    @Parameters(arity = "1", paramLabel = "FILE", description = "a .cell file (read with the other .cell files of its folder)")
    private Path input;

    @Option(names = "--cell", required = true, paramLabel = "NAME", description = "the cell to export")
    private String cellName;

    @Option(names = { "-o", "--out" }, paramLabel = "OUT.json", description = "output file (default: standard output)")
    private Path out;

    @Override
    Integer run(PrintWriter stdout, PrintWriter stderr) throws Exception {
        Found<Cell> found = loadNamed(input, "exported", Cell.class, Cell::getName, cellName, "cell");
        Cell cell = found.element();
        Protocol protocol = found.loaded().elements(Study.class).stream().filter(st -> st.getCells().contains(cell) && st.getProtocol() != null)
                .map(Study::getProtocol).findFirst().orElse(null);
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(BpxExport.export(cell, protocol, input.getFileName().toString())) + "\n";
        emit(json, out);
        return 0;
    }
}
