package org.interphase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.interphase.dsl.ide.server.InterphaseLanguageServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interphase lsp}: the cell language's language server, for VS Code, Neovim and other editors. */
@Command(name = "lsp", mixinStandardHelpOptions = true, description = """
        Runs the cell language's language server (LSP) over stdin/stdout, or on a local port. \
        Each workspace folder the editor opens is a project: its files see each other, the built-in \
        material library and the --lib folders, as with 'interphase check'. See docs/editors.md.""")
final class LspCommand extends InterphaseCommand {

    @Option(names = "--port", paramLabel = "N",
            description = "listen on 127.0.0.1:N (0: any free port, printed on stderr) and serve one client")
    private Integer port;

    @Option(names = "--lib", paramLabel = "DIR", description = { "a shared library folder every project sees",
            "(repeatable)" })
    private List<Path> libraries = new ArrayList<>();

    @Option(names = "--trace", paramLabel = "FILE", description = "write every LSP message to FILE (for bug reports)")
    private Path trace;

    @Override
    Integer run(PrintWriter out, PrintWriter err) throws Exception {
        for (Path lib : libraries) {
            if (!java.nio.file.Files.isDirectory(lib)) {
                err.println("interphase lsp: --lib " + lib + ": no such folder");
                return Interphase.EXIT_USAGE;
            }
        }
        if (port != null) {
            InterphaseLanguageServer.serve(libraries, port, err);
            return 0;
        }
        // stdout carries the protocol: nothing else may write to it from here on
        java.io.PrintStream protocol = System.out;
        System.setOut(System.err);
        try (PrintWriter traceOut = trace == null ? null
                : new PrintWriter(java.nio.file.Files.newBufferedWriter(trace), true)) {
            InterphaseLanguageServer.serve(libraries, System.in, protocol, traceOut);
        }
        return 0;
    }
}
