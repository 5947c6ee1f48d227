package org.interphase.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.interphase.dsl.workspace.CellWorkspace;
import org.interphase.dsl.ide.services.CellFormatter;
import org.junit.jupiter.api.Test;

/** The formatter changes layout only: the model a text parses into stays the same. */
class FormatterTest {

    /** The model of a text, parsed and linked alone with the library and the examples it imports. */
    private static EObject model(String name, String text, List<Path> others) throws IOException {
        CellWorkspace ws = new CellWorkspace();
        for (Path p : others) {
            ws.load(p);
        }
        Resource r = ws.load(name, text);
        ws.resolveAll();
        assertTrue(r.getErrors().isEmpty(), () -> name + ": " + r.getErrors());
        return r.getContents().get(0);
    }

    @Test
    void formattingEveryExampleKeepsItsModelAndIsStable() throws Exception {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Editors.examples())) {
            examples = files.filter(p -> p.toString().endsWith(".cell")).sorted().toList();
        }
        assertTrue(examples.size() >= 7, examples::toString);
        for (Path example : examples) {
            String text = Files.readString(example);
            // the examples are indented differently to test the formatter: strip all indentation first
            String flat = text.lines().map(String::strip).reduce("", (a, b) -> a + b + "\n\n");
            String formatted = CellFormatter.format(flat);
            List<Path> others = examples.stream().filter(p -> !p.equals(example)).toList();
            String name = example.getFileName().toString();
            assertTrue(EcoreUtil.equals(model(name, text, others), model(name, formatted, others)),
                    name + ": the formatted text parses into the same model");
            assertEquals(formatted, CellFormatter.format(formatted), name + ": formatting twice changes nothing");
        }
    }

    @Test
    void stringsAndBlockCommentsKeepTheirLines() {
        String text = "/* a\n      block\n */\nmaterial X : inert {\ndescription \"two\n   lines\"\n}\n";
        assertEquals("/* a\n      block\n */\nmaterial X : inert {\n    description \"two\n   lines\"\n}\n", CellFormatter.format(text));
    }

    @Test
    void bracesInCommentsAndStringsDoNotIndent() {
        String text = "cell C { // {\narea 1 cm2 /* } */\n}\nmaterial M : inert { description \"{\" }\nmaterial N : inert\n";
        assertEquals("cell C { // {\n    area 1 cm2 /* } */\n}\nmaterial M : inert { description \"{\" }\nmaterial N : inert\n",
                CellFormatter.format(text));
    }
}
