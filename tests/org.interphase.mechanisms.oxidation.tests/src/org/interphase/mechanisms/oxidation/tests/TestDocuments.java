package org.interphase.mechanisms.oxidation.tests;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.eclipse.emf.ecore.resource.Resource;
import org.interphase.dsl.workspace.CellWorkspace;
import org.interphase.model.Document;

/** A cell text loaded and resolved against the material library, as the tests of this bundle write their cells. */
final class TestDocuments {

    private TestDocuments() {
    }

    /** The text's document, its references resolved. */
    static Document load(String text) {
        CellWorkspace ws = new CellWorkspace();
        try {
            Resource r = ws.load("x.cell", text);
            ws.resolveAll();
            return (Document) r.getContents().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
