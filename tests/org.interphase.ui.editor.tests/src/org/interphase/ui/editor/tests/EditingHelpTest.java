package org.interphase.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.interphase.ui.editor.internal.CellAutoEdit;
import org.interphase.ui.editor.internal.CellCodeScanner;
import org.interphase.ui.editor.internal.CellEditor;
import org.interphase.ui.editor.internal.CellHover;
import org.interphase.ui.editor.internal.CellOccurrences;
import org.interphase.ui.editor.internal.CellPartitions;
import org.interphase.ui.editor.internal.CellTemplates;
import org.interphase.ui.internal.wizards.ProjectCreation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Typing help and the highlighting, hover defects of issue 16: braces closed and indented as one
 * types, no keyword colour inside names or on report items, no quick-diff text in the problem
 * hover, a hover on every declared name.
 */
class EditingHelpTest {

    @AfterEach
    void cleanUp() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        Editors.delete("typing");
    }

    /** What the viewer does with a typed text: the strategy may change the command, then it applies. */
    private static int type(IDocument d, int offset, String text) throws Exception {
        DocumentCommand c = new DocumentCommand() {
        };
        c.doit = true;
        c.offset = offset;
        c.length = 0;
        c.text = text;
        c.caretOffset = -1;
        c.shiftsCaret = true;
        new CellAutoEdit().customizeDocumentCommand(d, c);
        d.replace(c.offset, c.length, c.text);
        return c.caretOffset >= 0 ? c.caretOffset : c.offset + c.text.length();
    }

    private static IDocument document(String text) {
        IDocument d = new Document(text);
        new CellPartitions().setup(d);
        return d;
    }

    @Test
    void aQuoteIsClosedAndTypingTheClosingQuoteStepsOverIt() throws Exception {
        IDocument d = document("material M : cathode { description ");
        int caret = type(d, d.getLength(), "\"");
        assertEquals("material M : cathode { description \"\"", d.get());
        assertEquals(d.getLength() - 1, caret, "the caret between the quotes");
        caret = type(d, caret, "Mine");
        caret = type(d, caret, "\"");
        assertEquals("material M : cathode { description \"Mine\"", d.get(), "the closing quote is not doubled");
        assertEquals(d.getLength(), caret);
        // inside a comment, and before a word, a quote is just a quote
        IDocument comment = document("// it's ");
        type(comment, comment.getLength(), "\"");
        assertEquals("// it's \"", comment.get());
        IDocument word = document("x Mine");
        type(word, 2, "\"");
        assertEquals("x \"Mine", word.get());
    }

    @Test
    void anOpeningBraceIsClosedAndReturnIndentsTheBlock() throws Exception {
        IDocument d = document("cell A ");
        int caret = type(d, d.getLength(), "{");
        assertEquals("cell A {}", d.get());
        assertEquals(8, caret, "the caret between the braces");
        caret = type(d, caret, "\n");
        assertEquals("cell A {\n    \n}", d.get(), "Return between the braces: the caret indented, '}' below");
        assertEquals(13, caret);
        caret = type(d, caret, "area 1 cm2");
        caret = type(d, caret, "\n");
        assertEquals("cell A {\n    area 1 cm2\n    \n}", d.get(), "Return keeps the indentation");
        // typing '}' before the closing brace steps over it instead of doubling it
        int close = d.get().lastIndexOf('}');
        assertEquals(close + 1, type(d, close, "}"));
        assertEquals("cell A {\n    area 1 cm2\n    \n}", d.get());
    }

    @Test
    void aClosingBraceOnABlankLineGoesBackOneLevel() throws Exception {
        IDocument d = document("cell A {\n    cathode LCO {\n        loading 1.5 mAh/cm2\n        ");
        type(d, d.getLength(), "}");
        assertEquals("cell A {\n    cathode LCO {\n        loading 1.5 mAh/cm2\n    }", d.get());
    }

    @Test
    void noBraceIsAddedInsideAComment() throws Exception {
        IDocument d = document("// a block ");
        type(d, d.getLength(), "{");
        assertEquals("// a block {", d.get());
    }

    /** The words of a line the scanner colours bold (as keywords). */
    private static List<String> bold(String line) {
        CellCodeScanner scanner = new CellCodeScanner();
        IDocument d = new Document(line);
        scanner.setRange(d, 0, d.getLength());
        List<String> bold = new ArrayList<>();
        for (IToken t = scanner.nextToken(); !t.isEOF(); t = scanner.nextToken()) {
            if (t.getData() instanceof TextAttribute a && (a.getStyle() & SWT.BOLD) != 0) {
                bold.add(line.substring(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength()));
            }
        }
        return bold;
    }

    /** The texts the scanner colours as quantities (not bold, with a colour). */
    private static List<String> quantities(String line) {
        CellCodeScanner scanner = new CellCodeScanner();
        IDocument d = new Document(line);
        scanner.setRange(d, 0, d.getLength());
        List<String> found = new ArrayList<>();
        for (IToken t = scanner.nextToken(); !t.isEOF(); t = scanner.nextToken()) {
            if (t.getData() instanceof TextAttribute a && (a.getStyle() & SWT.BOLD) == 0 && a.getForeground() != null) {
                found.add(line.substring(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength()));
            }
        }
        return found;
    }

    @Test
    void keywordsInsideQualifiedNamesAreNotBold() {
        assertEquals(List.of("import"), bold("import my_lab.cells.*"));
        assertEquals(List.of("cells"), bold("    cells my_lab.Mine"));
    }

    @Test
    void theDigitOfANameIsNotANumber() {
        assertEquals(List.of(), quantities("package lab3"));
        assertEquals(List.of("20 nm"), quantities("    coating LAGP3 { thickness 20 nm }"));
    }

    @Test
    void reportItemsAreAllPlain() {
        // 'capacity' is a grammar keyword, 'retention' is not: on a report line both are result names
        assertEquals(List.of("report"), bold("    report capacity retention, resistance"));
        assertEquals(List.of("report", "every"), bold("    report voltage profiles every 50 cycles"));
        // elsewhere the keyword stays bold
        assertTrue(bold("    loading 1.5 mAh/cm2").contains("loading"));
    }

    @Test
    void theProblemHoverShowsProblemsNotQuickDiff() {
        AnnotationModel model = new AnnotationModel();
        model.addAnnotation(new Annotation("org.eclipse.ui.workbench.texteditor.quickdiffChange", false, "1 changed line"),
                new Position(0, 40));
        model.addAnnotation(new Annotation("org.eclipse.ui.workbench.texteditor.error", false,
                "voltage must be a voltage (e.g. V), not a voltage (50 V)"), new Position(10, 4));
        assertEquals("voltage must be a voltage (e.g. V), not a voltage (50 V)", CellHover.problems(model, 12));
        assertNull(CellHover.problems(model, 2), "quick diff alone is no problem");
    }

    @Test
    void everyDeclaredNameHasAHover() throws Exception {
        IProject p = ProjectCreation.create("typing", null, "scratch", new NullProgressMonitor());
        String text = """
                package scratch.typing

                protocol Slow {
                    temperature 60 °C
                    repeat 2 {
                        charge at C/5 until 4.2 V
                        discharge at C/5 until 3.0 V
                    }
                }
                """;
        IFile f = Editors.write(p, "scratch/slow.cell", text);
        Editors.build();
        CellEditor editor = assertInstanceOf(CellEditor.class,
                IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), f));
        Editors.reconciled(editor);
        String hover = CellHover.text(editor.snapshot(), text.indexOf("Slow") + 1);
        assertEquals("protocol Slow\ndefined in /typing/scratch/slow.cell", hover);
        assertNull(CellHover.text(editor.snapshot(), text.indexOf("temperature")), "no hover on a keyword");
    }

    @Test
    void theProblemsViewOffersTheQuickFixesOfAMarker() throws Exception {
        IProject p = ProjectCreation.create("typing", null, "scratch", new NullProgressMonitor());
        IFile f = Editors.write(p, "scratch/broken.cell", CellEditorTest.BROKEN);
        Editors.build();
        org.eclipse.core.resources.IMarker unknown = java.util.Arrays
                .stream(f.findMarkers(org.interphase.ui.InterphaseUi.PROBLEM_MARKER, true, 0))
                .filter(m -> m.getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, "").contains("LCX")).findFirst()
                .orElseThrow();
        org.eclipse.ui.IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(unknown);
        assertEquals(List.of("Change to 'LCO'"), java.util.Arrays.stream(fixes).map(r -> r.getLabel()).toList());
        fixes[0].run(unknown);
        String fixed = new String(f.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(CellEditorTest.BROKEN.replace("LCX", "LCO"), fixed, "the closed file is fixed and saved");
    }

    @Test
    void proAndContentAssistOffersTheProtocolTemplate() throws Exception {
        IProject p = ProjectCreation.create("typing", null, "scratch", new NullProgressMonitor());
        IFile f = Editors.write(p, "scratch/new.cell", "package scratch.typing\n\npro");
        Editors.build();
        CellEditor editor = assertInstanceOf(CellEditor.class,
                IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), f));
        Editors.reconciled(editor);
        IDocument d = Editors.document(editor);
        var proposals = CellTemplates.proposals(d, d.getLength());
        assertEquals(List.of("protocol"), proposals.stream().map(t -> t.getDisplayString().split(" ")[0]).toList());
        proposals.get(0).apply(editor.viewer(), (char) 0, 0, d.getLength());
        assertTrue(d.get().startsWith("package scratch.typing\n\nprotocol Name {\n    temperature 60 °C\n    repeat 100 {\n"),
                d.get());
        // in the middle of a line, after other words, no template
        assertEquals(List.of(), CellTemplates.proposals(new Document("    cells pro"), 13));
        Editors.reconciled(editor);
        assertEquals(List.of(), Editors.problems(editor).stream().filter(Editors.Problem::error).toList(),
                "the protocol of the template has no error");
    }

    @Test
    void theTemplatesAreTheVsCodeSnippets() throws Exception {
        // editors/vscode/snippets/interphase.json is the one file of both editors' skeletons
        String json = Files.readString(Path.of(System.getProperty("interphase.examples"))
                .resolveSibling("editors/vscode/snippets/interphase.json"));
        List<String> prefixes = new ArrayList<>();
        Matcher m = Pattern.compile("\"prefix\": \"(\\w+)\"").matcher(json);
        while (m.find()) {
            prefixes.add(m.group(1));
        }
        assertEquals(List.of("cell", "protocol", "study"), prefixes, "the snippets this test knows");
        var all = CellTemplates.proposals(new Document(""), 0);
        assertEquals(prefixes, all.stream().map(t -> t.getDisplayString().split(" ")[0]).toList());
        // a tab stop with a word is a template variable, one with a number that number: ${2:1} cm2 -> 1 cm2
        String cell = all.get(0).getAdditionalProposalInfo(); // the template filled in with its placeholders
        assertTrue(cell.startsWith("cell Name {\n    area 1 cm2\n    cathode LCO {\n        loading 1.5 mAh/cm2\n"), cell);
    }

    @Test
    void theCaretOnANameMarksItsOccurrences() throws Exception {
        IProject p = ProjectCreation.create("typing", null, "scratch", new NullProgressMonitor());
        String text = """
                package scratch.typing

                cell Mine {
                    area 1 cm2
                    cathode LCO { loading 1.5 mAh/cm2 }
                    electrolyte { polymer PEO  salt LiTFSI { ratio EO:Li 20 }  thickness 50 um }
                    anode Li { thickness 50 um }
                }

                protocol Slow { temperature 60 °C  repeat 2 { charge at C/5 until 4.2 V  discharge at C/5 until 3.0 V } }

                study A { cells Mine  protocol Slow  mechanisms all  report capacity retention }
                study B { cells Mine  protocol Slow  mechanisms all  report capacity retention }
                """;
        IFile f = Editors.write(p, "scratch/uses.cell", text);
        Editors.build();
        CellEditor editor = assertInstanceOf(CellEditor.class,
                IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), f));
        Editors.reconciled(editor);
        int use = text.indexOf("cells Mine") + "cells M".length();
        List<Integer> starts = CellOccurrences.of(editor.snapshot(), use).stream().map(r -> r.getOffset()).toList();
        int decl = text.indexOf("Mine");
        int a = text.indexOf("cells Mine") + 6;
        int b = text.lastIndexOf("cells Mine") + 6;
        assertEquals(List.of(decl, a, b), starts);
        assertEquals(List.of(), CellOccurrences.of(editor.snapshot(), text.indexOf("area")), "none on a keyword");
        // moving the caret there highlights them in the editor
        editor.selectAndReveal(use, 0);
        var model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        Editors.waitUntil(() -> {
            int n = 0;
            for (var it = model.getAnnotationIterator(); it.hasNext();) {
                n += CellOccurrences.TYPE.equals(it.next().getType()) ? 1 : 0;
            }
            return n == 3;
        }, 20);
    }

    @Test
    void openDeclarationFromTheMenuCommandOpensTheOtherFile() throws Exception {
        IProject p = ProjectCreation.create("typing", null, "scratch", new NullProgressMonitor());
        Editors.write(p, "scratch/protocols.cell", """
                package scratch.typing

                protocol Slow { temperature 60 °C  repeat 2 { charge at C/5 until 4.2 V  discharge at C/5 until 3.0 V } }
                """);
        String study = """
                package scratch.typing

                cell Mine {
                    area 1 cm2
                    cathode LCO { loading 1.5 mAh/cm2 }
                    electrolyte { polymer PEO  salt LiTFSI { ratio EO:Li 20 }  thickness 50 um }
                    anode Li { thickness 50 um }
                }

                study A { cells Mine  protocol Slow  mechanisms all  report capacity retention }
                """;
        IFile f = Editors.write(p, "scratch/study.cell", study);
        Editors.build();
        var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CellEditor editor = assertInstanceOf(CellEditor.class, IDE.openEditor(page, f));
        Editors.reconciled(editor);
        editor.selectAndReveal(study.indexOf("protocol Slow") + "protocol S".length(), 0);
        PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
                .executeCommand("org.interphase.ui.editor.openDeclaration", null);
        CellEditor target = assertInstanceOf(CellEditor.class, page.getActiveEditor());
        assertEquals("protocols.cell", target.file().getName());
        var selection = (org.eclipse.jface.text.ITextSelection) target.getSelectionProvider().getSelection();
        assertEquals("Slow", selection.getText());
    }
}
