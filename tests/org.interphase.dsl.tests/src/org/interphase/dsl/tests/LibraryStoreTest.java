package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.persistence.StorageAwareResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.workspace.CellWorkspace;
import org.interphase.dsl.workspace.LibraryStore;
import org.interphase.dsl.validation.Dimensions;
import org.interphase.dsl.workspace.Problem;
import org.interphase.model.Document;
import org.interphase.model.Material;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The material library parsed once and kept in Xtext's binary resource storage (LibraryStore, for the
 * command line's start-up): a workspace whose library was read from the store holds the same model and
 * finds the same problems as one that parsed it; a changed library text is parsed anew, never read from
 * the store of the old text; a store that cannot be read is ignored.
 */
class LibraryStoreTest {

    private static final URI LIB = URI.createURI("platform:/plugin/org.example.lib/library/test.cell");

    @Test
    void aWorkspaceWithTheStoredLibraryIsTheWorkspaceThatParsedIt(@TempDir Path store) throws IOException {
        CellWorkspace parsed = new CellWorkspace();
        CellWorkspace first;
        CellWorkspace second;
        String before = System.getProperty(LibraryStore.PROPERTY);
        System.setProperty(LibraryStore.PROPERTY, store.toString());
        try {
            first = new CellWorkspace();
            second = new CellWorkspace();
        } finally {
            if (before == null) {
                System.clearProperty(LibraryStore.PROPERTY);
            } else {
                System.setProperty(LibraryStore.PROPERTY, before);
            }
        }
        assertEquals(parsed.library().size(), files(store).size(), "one store per library file");
        for (Resource r : first.library()) {
            assertFalse(((StorageAwareResource) r).isLoadedFromStorage(), "the first workspace parses");
        }
        for (Resource r : second.library()) {
            assertTrue(((StorageAwareResource) r).isLoadedFromStorage(), "the second reads the store: " + r.getURI());
        }
        // a cell that uses library materials, and one that names a material the library does not have
        String unknown = Cells.with("cathode LCO {", "cathode LCOX {");
        for (String text : List.of(Cells.VALID, unknown)) {
            assertEquals(problems(parsed, text), problems(second, text));
        }
        assertFalse(problems(second, unknown).isEmpty(), "the unknown material is reported");
        parsed.resolveAll();
        second.resolveAll();
        List<Material> a = parsed.libraryMaterials();
        List<Material> b = second.libraryMaterials();
        assertEquals(a.stream().map(Material::getName).toList(), b.stream().map(Material::getName).toList());
        assertTrue(a.size() > 20, "the library's materials: " + a.size());
        for (int i = 0; i < a.size(); i++) {
            assertTrue(EcoreUtil.equals(a.get(i), b.get(i)), "material " + a.get(i).getName());
        }
    }

    @Test
    void aChangedLibraryIsParsedAnewAndTheOldStoreRemoved(@TempDir Path store) throws IOException {
        Resource r1 = load(text("first"), store);
        assertFalse(fromStore(r1));
        Resource r2 = load(text("first"), store);
        assertTrue(fromStore(r2), "the same text: read from the store");
        assertEquals("first", description(r2));
        // the node model comes with it: the quantity as written ("100.0", where the model alone gives "100")
        Material m = material(r2);
        assertEquals("100.0 g/mol", Dimensions.shown(m.getParameters().get(0).getValue()));
        assertEquals(NodeModelUtils.getNode(material(r1)).getTotalOffset(), NodeModelUtils.getNode(m).getTotalOffset());

        Resource r3 = load(text("second"), store);
        assertFalse(fromStore(r3), "a changed text is parsed");
        assertEquals("second", description(r3));
        assertEquals(1, files(store).size(), "the store of the old text is removed: " + files(store));
        Resource r4 = load(text("second"), store);
        assertTrue(fromStore(r4));
        assertEquals("second", description(r4));
    }

    @Test
    void aStoreThatCannotBeReadIsIgnored(@TempDir Path store) throws IOException {
        load(text("kept"), store);
        List<Path> stored = files(store);
        assertEquals(1, stored.size());
        Files.write(stored.get(0), "not a store".getBytes(StandardCharsets.UTF_8));
        Resource r = load(text("kept"), store);
        assertFalse(fromStore(r));
        assertEquals("kept", description(r));
        assertTrue(fromStore(load(text("kept"), store)), "written anew");
    }

    @Test
    void aFileWithSyntaxErrorsIsNotStored(@TempDir Path store) throws IOException {
        Resource r = load(text("broken").replace("}", ""), store);
        assertFalse(r.getErrors().isEmpty());
        assertEquals(List.of(), files(store));
    }

    private static String text(String description) {
        return "package interphase.materials\nmaterial Testium : salt {\n    description \"" + description
                + "\"\n    molar mass = 100.0 g/mol\n}\n";
    }

    private static Resource load(String text, Path store) throws IOException {
        XtextResourceSet set = CellWorkspace.injector().getInstance(XtextResourceSet.class);
        return LibraryStore.loadAll(set, Map.of(LIB, text.getBytes(StandardCharsets.UTF_8)), store).get(0);
    }

    private static boolean fromStore(Resource r) {
        return ((StorageAwareResource) r).isLoadedFromStorage();
    }

    private static String description(Resource r) {
        return material(r).getDescription();
    }

    private static Material material(Resource r) {
        return (Material) ((Document) r.getContents().get(0)).getElements().get(0);
    }

    private static List<Problem> problems(CellWorkspace ws, String text) throws IOException {
        Resource r = ws.load("p" + System.nanoTime() + ".cell", text);
        ws.resolveAll();
        List<Problem> p = new ArrayList<>();
        for (Problem problem : ws.validate(r, "test.cell", CancelIndicator.NullImpl)) {
            p.add(problem);
        }
        ws.resourceSet().getResources().remove(r);
        return p;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
