package org.interphase.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.workspace.CellWorkspace;
import org.interphase.dsl.workspace.Problem;
import org.interphase.model.Document;

/** Test fixtures: a valid cell file to break, and a way to check texts. */
final class Cells {

    /** A complete, valid file; tests replace one piece of it to make one mistake. */
    static final String VALID = """
            package t
            cell C {
                area 1 cm2
                cathode LCO { loading 1.5 mAh/cm2 }
                electrolyte {
                    polymer PEO { end group methoxy }
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }
            protocol P {
                temperature 60 °C
                repeat 10 {
                    charge at C/5 until 4.2 V
                    discharge at C/5 until 3.0 V
                }
            }
            study S {
                cell C
                protocol P
                mechanisms all
                report capacity retention
            }
            """;

    private Cells() {
    }

    /** The valid file with one piece replaced (the piece must occur exactly once). */
    static String with(String piece, String replacement) {
        int at = VALID.indexOf(piece);
        if (at < 0 || VALID.indexOf(piece, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once in the fixture: " + piece);
        }
        return VALID.replace(piece, replacement);
    }

    /** Problems of one file named test.cell, checked with the material library. */
    static List<Problem> check(String text) {
        return checkFiles(Map.of("test.cell", text)).get("test.cell");
    }

    /** Problems per file, for files that see each other. */
    static Map<String, List<Problem>> checkFiles(Map<String, String> files) {
        CellWorkspace ws = new CellWorkspace();
        Map<String, Resource> resources = new java.util.TreeMap<>();
        try {
            for (var e : files.entrySet()) {
                resources.put(e.getKey(), ws.load(e.getKey(), e.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ws.resolveAll();
        Map<String, List<Problem>> problems = new java.util.TreeMap<>();
        resources.forEach((name, r) -> problems.put(name, ws.validate(r, name, CancelIndicator.NullImpl)));
        return problems;
    }

    /** The document of a single parsed file. */
    static Document parse(String text) {
        CellWorkspace ws = new CellWorkspace();
        try {
            Resource r = ws.load("test.cell", text);
            ws.resolveAll();
            return (Document) r.getContents().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Problem> errors(List<Problem> problems) {
        List<Problem> errors = new ArrayList<>();
        for (Problem p : problems) {
            if (p.severity() == Problem.Severity.ERROR) {
                errors.add(p);
            }
        }
        return errors;
    }

    /** 1-based line of the first occurrence of a piece of text. */
    static int lineOf(String text, String piece) {
        int at = text.indexOf(piece);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + piece);
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
