package org.interphase.lsp.tests;

import static org.interphase.lsp.tests.LspSession.at;
import static org.interphase.lsp.tests.LspSession.doc;
import static org.interphase.lsp.tests.LspSession.get;
import static org.interphase.lsp.tests.LspSession.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server through a real LSP4J client over JSON-RPC: every request an editor makes,
 * on a workspace folder of three files that import each other, the built-in library and a
 * {@code --lib} folder, with assertions on what comes back.
 */
class LanguageServerTest {

    static final String PROTOCOLS = """
            package lab

            protocol Slow {
                temperature 60 °C
                repeat 2 {
                    charge at C/5 until 4.2 V
                    discharge at C/5 until 3.0 V
                }
            }
            """;

    static final String STUDY = """
            package lab

            import shared.protocols.*

            cell Mine {
                area 1 cm2
                cathode LCO { loading 1.5 mAh/cm2 }
                electrolyte {
                    polymer PEO { end group hydroxyl }
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }

            study Check {
                cells Mine
                protocol Slow
                mechanisms all
                report capacity retention
            }

            study Shared {
                cells Mine
                protocol Gentle
                mechanisms all
                report capacity retention
            }
            """;

    /** The same mistakes as the workbench editor's test: an unknown material, a length in volts. */
    static final String BROKEN = """
            package scratch.broken

            cell Broken {
                area 1 cm2
                cathode LCX { loading 1.5 mAh/cm2 }
                electrolyte { polymer PEO  salt LiTFSI { ratio EO:Li 20 }  thickness 5 V }
                anode Li { thickness 50 um }
            }
            """;

    static final String LIB = """
            package shared.protocols

            protocol Gentle {
                temperature 70 °C
                repeat 1 {
                    charge at C/10 until 4.2 V
                    discharge at C/10 until 3.0 V
                }
            }
            """;

    @TempDir
    static Path root;
    static Path workspace;
    static Path library;
    static LspSession lsp;
    static String study;
    static String protocols;
    static String broken;

    @BeforeAll
    static void start() throws Exception {
        workspace = Files.createDirectories(root.resolve("lab"));
        library = Files.createDirectories(root.resolve("shared"));
        Files.writeString(workspace.resolve("protocols.cell"), PROTOCOLS);
        Files.writeString(workspace.resolve("study.cell"), STUDY);
        Files.writeString(Files.createDirectories(workspace.resolve("scratch")).resolve("broken.cell"), BROKEN);
        Files.writeString(library.resolve("gentle.cell"), LIB);
        LspSession.useTestCache();
        lsp = new LspSession(workspace, List.of(library));
        study = lsp.open(workspace.resolve("study.cell"));
        protocols = lsp.open(workspace.resolve("protocols.cell"));
        broken = lsp.open(workspace.resolve("scratch/broken.cell"));
    }

    @AfterAll
    static void stop() throws Exception {
        lsp.close();
    }

    @Test
    void diagnosticsNameTheMistakesAndTheImportsOfCheckResolve() throws Exception {
        List<Diagnostic> problems = lsp.diagnostics(broken);
        assertTrue(problems.stream().anyMatch(d -> d.getSeverity() == DiagnosticSeverity.Error
                && d.getMessage().getLeft().contains("LCX") && d.getRange().getStart().getLine() == 4), problems::toString);
        assertTrue(problems.stream().anyMatch(d -> d.getSeverity() == DiagnosticSeverity.Error
                && d.getRange().getStart().getLine() == 5 && d.getMessage().getLeft().contains("must be a length")),
                problems::toString);
        // Slow from the other file, Gentle from the --lib folder, LCO, PEO, Li from the built-in library
        assertEquals(List.of(), lsp.diagnostics(study).stream()
                .filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList());
    }

    @Test
    void completionAfterACathodeOffersTheLibraryCathodes() throws Exception {
        var result = get(lsp.server.getTextDocumentService()
                .completion(new CompletionParams(doc(study), at(STUDY, "cathode LCO", 0, "cathode LC".length()))));
        List<String> labels = (result.isLeft() ? result.getLeft() : result.getRight().getItems()).stream()
                .map(CompletionItem::getLabel).toList();
        assertTrue(labels.contains("LCO"), labels::toString);
        assertFalse(labels.contains("PEO"), labels::toString);
    }

    @Test
    void hoverOnAMaterialShowsItsValuesAndSources() throws Exception {
        Hover hover = get(lsp.server.getTextDocumentService()
                .hover(new HoverParams(doc(study), at(STUDY, "cathode LCO", 0, "cathode L".length()))));
        String text = hover.getContents().getRight().getValue();
        assertEquals("plaintext", hover.getContents().getRight().getKind());
        assertTrue(text.startsWith("LCO : cathode"), text);
        assertTrue(text.contains("built-in library (cathodes.cell)"), text);
        assertTrue(text.contains("source: "), text);
        Hover onProtocol = get(lsp.server.getTextDocumentService()
                .hover(new HoverParams(doc(study), at(STUDY, "protocol Slow", 0, "protocol S".length()))));
        assertTrue(onProtocol.getContents().getRight().getValue().startsWith("protocol Slow"),
                onProtocol.getContents().getRight().getValue());
    }

    @Test
    void hoverOnAUnitSaysWhatItMeasuresInSiUnits() throws Exception {
        // 1 um = 1e-6 m; 1 mAh = 3.6 A·s, so 1 mAh/cm2 = 3.6 A·s / 1e-4 m2 = 36000 A·s/m2
        Hover um = get(lsp.server.getTextDocumentService()
                .hover(new HoverParams(doc(study), at(STUDY, "50 um", 0, 4))));
        assertEquals("um : length\n1 um = 1e-6 m", um.getContents().getRight().getValue());
        Hover areal = get(lsp.server.getTextDocumentService()
                .hover(new HoverParams(doc(study), at(STUDY, "mAh/cm2", 0, 1))));
        assertEquals("mAh/cm2 : areal capacity\n1 mAh/cm2 = 36000 m-2·s·A", areal.getContents().getRight().getValue());
    }

    @Test
    void definitionOpensTheOtherFileTheLibraryAndTheLibFolder() throws Exception {
        Location slow = definition(at(STUDY, "protocol Slow", 0, "protocol S".length()));
        assertTrue(slow.getUri().endsWith("/lab/protocols.cell"), slow.getUri());
        assertEquals(new Position(2, 9), slow.getRange().getStart());
        Location lco = definition(at(STUDY, "cathode LCO", 0, "cathode L".length()));
        assertTrue(lco.getUri().endsWith("/cathodes.cell") && lco.getUri().contains("/interphase-lsp-tests/library-"), lco.getUri());
        Location gentle = definition(at(STUDY, "protocol Gentle", 0, "protocol G".length()));
        assertTrue(gentle.getUri().endsWith("/shared/gentle.cell"), gentle.getUri());
    }

    private Location definition(Position p) throws Exception {
        var result = get(lsp.server.getTextDocumentService().definition(new DefinitionParams(doc(study), p)));
        List<? extends Location> locations = result.getLeft();
        assertEquals(1, locations.size(), locations::toString);
        return locations.get(0);
    }

    @Test
    void referencesOfACellAreItsUsesInTheStudies() throws Exception {
        ReferenceParams params = new ReferenceParams(doc(study), at(STUDY, "cell Mine", 0, "cell M".length()),
                new ReferenceContext(false));
        List<? extends Location> refs = get(lsp.server.getTextDocumentService().references(params));
        List<Integer> lines = refs.stream().map(l -> l.getRange().getStart().getLine()).sorted().toList();
        assertEquals(List.of(16, 23), lines, refs::toString);
        ReferenceParams slow = new ReferenceParams(doc(protocols), at(PROTOCOLS, "protocol Slow", 0, 10),
                new ReferenceContext(false));
        List<? extends Location> slowRefs = get(lsp.server.getTextDocumentService().references(slow));
        assertEquals(1, slowRefs.size(), slowRefs::toString);
        assertTrue(same(slowRefs.get(0).getUri(), study));
        assertEquals(new Position(17, 13), slowRefs.get(0).getRange().getStart());
    }

    @Test
    void documentHighlightMarksTheDeclarationAndItsUses() throws Exception {
        List<? extends DocumentHighlight> marks = get(lsp.server.getTextDocumentService()
                .documentHighlight(new DocumentHighlightParams(doc(study), at(STUDY, "cells Mine", 0, 7))));
        List<Integer> lines = marks.stream().map(h -> h.getRange().getStart().getLine()).sorted().toList();
        assertEquals(List.of(4, 16, 23), lines, marks::toString);
    }

    @Test
    void renameChangesTheDeclarationAndTheUseInAnotherFile() throws Exception {
        WorkspaceEdit edit = get(lsp.server.getTextDocumentService()
                .rename(new RenameParams(doc(protocols), at(PROTOCOLS, "protocol Slow", 0, 10), "Slower")));
        Map<String, List<TextEdit>> changes = new java.util.HashMap<>();
        if (edit.getChanges() != null) {
            changes.putAll(edit.getChanges());
        }
        if (edit.getDocumentChanges() != null) {
            edit.getDocumentChanges().stream().filter(Either::isLeft).map(Either::getLeft)
                    .forEach(c -> changes.put(c.getTextDocument().getUri(),
                            c.getEdits().stream().map(Either::getLeft).toList()));
        }
        assertEquals(2, changes.size(), changes::toString);
        for (var e : changes.entrySet()) {
            assertEquals(1, e.getValue().size(), e::toString);
            assertEquals("Slower", e.getValue().get(0).getNewText());
            Position start = e.getValue().get(0).getRange().getStart();
            assertEquals(same(e.getKey(), study) ? new Position(17, 13) : new Position(2, 9), start, e::toString);
        }
    }

    @Test
    void documentSymbolsListTheDeclarations() throws Exception {
        List<Either<SymbolInformation, DocumentSymbol>> symbols = get(
                lsp.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(doc(study))));
        List<String> names = new ArrayList<>();
        for (var s : symbols) {
            if (s.isLeft()) {
                names.add(s.getLeft().getName());
            } else {
                collect(s.getRight(), names);
            }
        }
        assertTrue(names.stream().anyMatch(n -> n.endsWith("Mine")), names::toString);
        assertTrue(names.stream().anyMatch(n -> n.endsWith("Check")), names::toString);
        assertTrue(names.stream().anyMatch(n -> n.endsWith("Shared")), names::toString);
    }

    private static void collect(DocumentSymbol s, List<String> names) {
        names.add(s.getName());
        if (s.getChildren() != null) {
            s.getChildren().forEach(c -> collect(c, names));
        }
    }

    @Test
    void foldingRangesCoverTheBlocks() throws Exception {
        List<FoldingRange> ranges = get(
                lsp.server.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(doc(study))));
        List<String> spans = ranges.stream().map(r -> r.getStartLine() + "-" + r.getEndLine()).toList();
        assertTrue(spans.contains("4-13"), spans::toString); // cell Mine { ... }
        assertTrue(spans.contains("15-20"), spans::toString); // study Check { ... }
    }

    @Test
    void formattingIndentsByBraceDepth() throws Exception {
        Path messy = workspace.resolve("messy.cell");
        Files.writeString(messy, "package lab.messy\n\nprotocol P {\ntemperature 60 °C   \n  repeat 1 {\n rest for 10 min\n}\n}\n");
        String uri = lsp.open(messy);
        List<? extends TextEdit> edits = get(lsp.server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(doc(uri), new FormattingOptions(4, true))));
        assertEquals(1, edits.size(), edits::toString);
        assertEquals("package lab.messy\n\nprotocol P {\n    temperature 60 °C\n    repeat 1 {\n        rest for 10 min\n    }\n}\n",
                edits.get(0).getNewText());
    }

    @Test
    void codeActionsAreTheQuickFixes() throws Exception {
        List<Diagnostic> problems = lsp.diagnostics(broken);
        CodeActionParams params = new CodeActionParams(doc(broken), new Range(new Position(4, 0), new Position(6, 0)),
                new CodeActionContext(problems));
        List<String> titles = get(lsp.server.getTextDocumentService().codeAction(params)).stream()
                .map(a -> a.isRight() ? a.getRight().getTitle() : ((Command) a.getLeft()).getTitle()).toList();
        assertTrue(titles.contains("Change to 'LCO'"), titles::toString);
        assertTrue(titles.contains("Change the unit to 'um' (5 um)"), titles::toString);
        CodeAction lco = get(lsp.server.getTextDocumentService().codeAction(params)).stream().map(Either::getRight)
                .filter(a -> a.getTitle().equals("Change to 'LCO'")).findFirst().orElseThrow();
        TextEdit fix = lco.getEdit().getChanges().values().iterator().next().get(0);
        assertEquals("LCO", fix.getNewText());
        assertEquals(new Position(4, 12), fix.getRange().getStart());
    }

    @Test
    void semanticTokensColourMaterialsCellsAndProtocols() throws Exception {
        SemanticTokens tokens = get(lsp.server.getTextDocumentService()
                .semanticTokensFull(new SemanticTokensParams(doc(study))));
        List<String> types = lsp.initialized.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
        List<String> modifiers = lsp.initialized.getCapabilities().getSemanticTokensProvider().getLegend()
                .getTokenModifiers();
        // decode the relative encoding: (deltaLine, deltaStart, length, type, modifiers) per token
        List<Integer> data = tokens.getData();
        List<String> decoded = new ArrayList<>();
        int line = 0;
        int start = 0;
        for (int i = 0; i < data.size(); i += 5) {
            line += data.get(i);
            start = data.get(i) == 0 ? start + data.get(i + 1) : data.get(i + 1);
            boolean declaration = (data.get(i + 4) & (1 << modifiers.indexOf("declaration"))) != 0;
            decoded.add(line + ":" + start + ":" + data.get(i + 2) + ":" + types.get(data.get(i + 3))
                    + (declaration ? ":declaration" : ""));
        }
        assertTrue(decoded.contains("6:12:3:type"), decoded::toString); // LCO
        assertTrue(decoded.contains("4:5:4:class:declaration"), decoded::toString); // cell Mine
        assertTrue(decoded.contains("17:13:4:function"), decoded::toString); // protocol Slow
        assertNotNull(tokens);
    }

    @Test
    void aClientWithoutAFolderIsToldWhatIsMissing() throws Exception {
        var answer = LspSession.initializeWithoutFolder();
        try {
            answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
            org.junit.jupiter.api.Assertions.fail("initialized without a folder");
        } catch (java.util.concurrent.ExecutionException e) {
            assertTrue(e.getCause().getMessage().startsWith("interphase lsp needs a workspace folder"),
                    e.getCause().getMessage());
        }
    }
}
