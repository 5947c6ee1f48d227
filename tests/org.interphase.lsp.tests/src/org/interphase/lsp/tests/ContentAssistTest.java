package org.interphase.lsp.tests;

import static org.interphase.lsp.tests.LspSession.at;
import static org.interphase.lsp.tests.LspSession.doc;
import static org.interphase.lsp.tests.LspSession.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content-assist defects of issue 16, through the language server (the workbench editor uses
 * the same proposal providers of org.interphase.dsl.ide): each material once, only materials
 * whose roles fit the slot, no keyword of a property already written, units in usual order.
 * The roles come from the built-in library's declarations (ceramics.cell, polymers.cell).
 */
class ContentAssistTest {

    static final String CELL = """
            package lab

            cell Coated {
                area 1 cm2
                cathode LCO {
                    loading 1.5 mAh/cm2
                    coating A { thickness 2 nm }
                }
                electrolyte {
                    polymer PEO
                    filler L
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 50 um }

            }
            """;

    @TempDir
    static Path root;
    static LspSession lsp;
    static String uri;

    @BeforeAll
    static void start() throws Exception {
        Path workspace = Files.createDirectories(root.resolve("lab"));
        Files.writeString(workspace.resolve("coated.cell"), CELL);
        LspSession.useTestCache();
        lsp = new LspSession(workspace, List.of());
        uri = lsp.open(workspace.resolve("coated.cell"));
        lsp.diagnostics(uri); // the first build is done
    }

    @AfterAll
    static void stop() throws Exception {
        lsp.close();
    }

    /** The labels, in the order the client shows them (by sortText). */
    private static List<String> complete(Position p) throws Exception {
        var result = get(lsp.server.getTextDocumentService().completion(new CompletionParams(doc(uri), p)));
        List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
        return items.stream().sorted(Comparator.comparing(i -> i.getSortText() == null ? i.getLabel() : i.getSortText()))
                .map(CompletionItem::getLabel).toList();
    }

    @Test
    void aCoatingIsOfferedEachCoatingMaterialOnceByItsShortName() throws Exception {
        List<String> labels = complete(at(CELL, "coating A", 0, "coating A".length()));
        assertEquals(1, labels.stream().filter("Al2O3"::equals).count(), labels::toString);
        assertFalse(labels.stream().anyMatch(l -> l.startsWith("interphase.materials.")), labels::toString);
    }

    @Test
    void onlyMaterialsWhoseRolesFitTheSlotAreOffered() throws Exception {
        // after 'coating ': the coatings (LAGP, LATP, Al2O3, LiTaO3, ZnO), not a filler-only
        // LLZO, a scaffold (cellulose), a solvent (DME) or a cathode
        List<String> coatings = complete(at(CELL, "coating A", 0, "coating ".length()));
        assertTrue(coatings.containsAll(List.of("Al2O3", "LAGP", "LATP", "LiTaO3", "ZnO")), coatings::toString);
        for (String wrong : List.of("LLZO", "cellulose", "DME", "LCO", "PEO")) {
            assertFalse(coatings.contains(wrong), wrong + " offered as a coating: " + coatings);
        }
        // after 'filler L': fillers only (LLZO, LLZTO, LATP, LAGP, LSPS), not LiTFSI or LCO
        List<String> fillers = complete(at(CELL, "filler L", 0, "filler L".length()));
        assertTrue(fillers.containsAll(List.of("LLZO", "LLZTO", "LATP", "LAGP")), fillers::toString);
        assertFalse(fillers.contains("LiTFSI") || fillers.contains("LCO") || fillers.contains("LFP"), fillers::toString);
    }

    @Test
    void keywordsOfPropertiesAlreadyWrittenAreNotOfferedAgain() throws Exception {
        // the empty line before the cell's closing brace: area, cathode, electrolyte, anode are written
        List<String> labels = complete(new Position(15, 0));
        assertTrue(labels.contains("pressure"), labels::toString);
        for (String written : List.of("area", "cathode", "electrolyte", "anode")) {
            assertFalse(labels.contains(written), written + " offered twice: " + labels);
        }
    }

    @Test
    void aCoatingThicknessOffersNanometresFirst() throws Exception {
        List<String> units = complete(at(CELL, "thickness 2 nm", 0, "thickness 2 ".length()));
        assertEquals("nm", units.get(0), units::toString);
        assertTrue(units.containsAll(List.of("um", "mm", "cm")), units::toString);
    }
}
