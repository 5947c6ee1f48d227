package org.interphase.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.interphase.ui.InterphaseUi;
import org.interphase.ui.editor.CellEditors;
import org.interphase.ui.editor.internal.CellContentAssist;
import org.interphase.ui.editor.internal.CellEditor;
import org.interphase.ui.editor.internal.CellHover;
import org.interphase.ui.editor.internal.CellOutlinePage;
import org.interphase.ui.editor.internal.CellQuickAssist;
import org.interphase.dsl.ide.services.CellSemanticHighlighting;
import org.interphase.ui.editor.internal.Navigation;
import org.interphase.ui.editor.internal.OutlineTree;
import org.interphase.ui.internal.wizards.ProjectCreation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cell editor in a real workbench on a real (virtual) display: the examples open in it, and
 * problems, content assist, hover, go to definition, outline, formatting and quick fixes work on
 * real text in a real project.
 */
class CellEditorTest {

    /** The broken cell of tests/org.interphase.cli.tests/data/every-error (two errors: LCX, 5 V). */
    static final String BROKEN = """
            package scratch.broken

            cell Broken {
                area 1 cm2
                cathode LCX { loading 1.5 mAh/cm2 }
                electrolyte { polymer PEO  salt LiTFSI { ratio EO:Li 20 }  thickness 5 V }
                anode Li { thickness 50 um }
            }
            """;

    @AfterEach
    void cleanUp() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        for (String p : new String[] { "lab", "shared", "user" }) {
            Editors.delete(p);
        }
    }

    /** A project with every example of the repository in examples/ (they import each other). */
    private static IProject lab() throws Exception {
        IProject p = ProjectCreation.create("lab", null, "scratch", new NullProgressMonitor());
        for (String name : new String[] { "anode.cell", "coatings.cell", "composite.cell", "high-voltage.cell",
                "lco-baseline.cell", "lsv-onset.cell", "materials.cell" }) {
            Editors.write(p, "examples/" + name, Editors.example(name));
        }
        Editors.build();
        return p;
    }

    private static CellEditor open(IFile file) throws Exception {
        IEditorPart part = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
        CellEditor editor = assertInstanceOf(CellEditor.class, part, "the default editor of .cell files");
        Editors.reconciled(editor);
        return editor;
    }

    @Test
    void theExampleOpensInTheCellEditorByDefaultAndChecksClean() throws Exception {
        IProject p = lab();
        IFile coatings = p.getFile("examples/coatings.cell");
        assertEquals(CellEditors.CONTENT_TYPE_ID, coatings.getContentDescription().getContentType().getId());
        assertEquals(CellEditors.EDITOR_ID, IDE.getDefaultEditor(coatings).getId());
        CellEditor editor = open(coatings);
        assertEquals(CellEditors.EDITOR_ID, editor.getSite().getId());
        assertEquals(List.of(), Editors.problems(editor), "the example has no problem (interphase check examples)");
        assertEquals(0, coatings.findMarkers(InterphaseUi.PROBLEM_MARKER, true, 0).length);
        // semantic highlighting: the reference to LCO is a material, BareLco (imported) a cell
        String text = Editors.document(editor).get();
        int lco = text.indexOf("cathode LCO") + "cathode ".length();
        assertTrue(editor.semanticRanges().contains(new CellSemanticHighlighting.Range(lco, 3, CellSemanticHighlighting.MATERIAL, false)),
                editor.semanticRanges()::toString);
        int bare = text.indexOf("cells BareLco") + "cells ".length();
        assertTrue(editor.semanticRanges().contains(new CellSemanticHighlighting.Range(bare, 7, CellSemanticHighlighting.CELL, false)));
        int decl = text.indexOf("cell LagpLco") + "cell ".length();
        assertTrue(editor.semanticRanges().contains(new CellSemanticHighlighting.Range(decl, 7, CellSemanticHighlighting.CELL, true)));
    }

    @Test
    void problemsShowWhileTypingAtTheirOffsetsAndGoWhenFixed() throws Exception {
        IProject p = lab();
        IFile f = Editors.write(p, "cells/typing.cell", "package scratch.typing\n");
        Editors.build();
        CellEditor editor = open(f);
        assertEquals(List.of(), Editors.problems(editor));

        Editors.type(editor, BROKEN); // not saved: only the editor knows this text
        List<Editors.Problem> problems = Editors.problems(editor);
        assertEquals(2, problems.size(), problems::toString);
        // the messages of interphase check (tests/org.interphase.cli.tests/data/every-error.expected)
        assertEquals(new Editors.Problem(true, BROKEN.indexOf("LCX"), 3, "unknown material 'LCX'; did you mean LCO?",
                "org.interphase.dsl.unknownMaterial"), problems.get(0));
        assertEquals(BROKEN.indexOf("5 V"), problems.get(1).offset());
        assertEquals(3, problems.get(1).length());
        assertTrue(problems.get(1).message().startsWith("thickness must be a length"), problems.get(1).message());
        assertEquals(0, f.findMarkers(InterphaseUi.PROBLEM_MARKER, true, 0).length, "nothing saved, no marker yet");

        // saved: the builder's markers say the same and the editor does not show them twice
        editor.doSave(new NullProgressMonitor());
        Editors.build();
        assertEquals(2, f.findMarkers(InterphaseUi.PROBLEM_MARKER, true, 0).length);
        Editors.type(editor, BROKEN.replace("LCX", "LCO").replace("5 V", "50 um"));
        assertEquals(List.of(), Editors.problems(editor));
    }

    @Test
    void contentAssistProposesKeywordsMaterialsUnitsAndMechanisms() throws Exception {
        IProject p = lab();
        String text = """
                package scratch.assist

                cell A {
                    area 1 cm2
                    cathode L
                    electrolyte { polymer PEO  salt LiTFSI { ratio EO:Li 20 }  thickness 50  }
                    anode Li { thickness 50 um }

                }

                study S {
                    cells A
                    mechanism polymer_oxidation {  }
                    mechanisms\s
                }
                """;
        IFile f = Editors.write(p, "cells/assist.cell", text);
        CellEditor editor = open(f);

        // the cell has an area, a cathode, an electrolyte and an anode: of its keywords only 'pressure' is left
        List<ContentAssistEntry> keywords = entries(editor, text.indexOf("\n\n}") + 1);
        assertTrue(labels(keywords).contains("pressure"), labels(keywords)::toString);
        for (String written : List.of("area", "cathode", "electrolyte", "anode")) {
            assertFalse(labels(keywords).contains(written), labels(keywords)::toString);
        }

        List<ContentAssistEntry> materials = entries(editor, text.indexOf("cathode L") + "cathode L".length());
        ContentAssistEntry lco = materials.stream().filter(e -> e.getProposal().equals("LCO")).findFirst().orElseThrow(
                () -> new AssertionError(labels(materials)));
        // the proposal says what LCO is: its role and key values (library/cathodes.cell: 274 mAh/g)
        assertTrue(lco.getDescription().startsWith("cathode"), lco.getDescription());
        assertTrue(lco.getDescription().contains("theoretical capacity 274 mAh/g"), lco.getDescription());

        List<String> units = labels(entries(editor, text.indexOf("thickness 50  }") + "thickness 50 ".length()));
        assertTrue(units.contains("um") && units.contains("nm"), units::toString);
        assertFalse(units.contains("V") || units.contains("mAh"), "only lengths for a thickness: " + units);

        List<String> mechanisms = labels(entries(editor, text.indexOf("mechanisms \n") + "mechanisms ".length()));
        assertTrue(mechanisms.containsAll(List.of("polymer_oxidation", "cei_growth", "dendrite_growth")), mechanisms::toString);

        // the parameters polymer_oxidation declares (bundles/org.interphase.mechanisms.oxidation/plugin.xml)
        List<String> parameters = labels(entries(editor, text.indexOf("polymer_oxidation {  }") + "polymer_oxidation { ".length()));
        assertTrue(parameters.contains("reference current density"), parameters::toString);

        // the JFace proposals replace the prefix: applying LCO writes "cathode LCO"
        ICompletionProposal[] proposals = new CellContentAssist(editor::snapshot)
                .computeCompletionProposals(editor.viewer(), text.indexOf("cathode L") + 9);
        ICompletionProposal apply = java.util.Arrays.stream(proposals).filter(x -> x.getDisplayString().startsWith("LCO "))
                .findFirst().orElseThrow();
        apply.apply(Editors.document(editor));
        assertTrue(Editors.document(editor).get().contains("    cathode LCO\n"));
    }

    private static List<ContentAssistEntry> entries(CellEditor editor, int offset) {
        return CellContentAssist.entries(editor.snapshot(), offset);
    }

    private static List<String> labels(List<ContentAssistEntry> entries) {
        return entries.stream().map(ContentAssistEntry::getProposal).collect(Collectors.toList());
    }

    @Test
    void hoverOnLcoShowsItsParameterValuesAndSources() throws Exception {
        IProject p = lab();
        CellEditor editor = open(p.getFile("examples/coatings.cell"));
        String text = Editors.document(editor).get();
        String hover = CellHover.text(editor.snapshot(), text.indexOf("cathode LCO") + "cathode L".length());
        assertNotNull(hover);
        assertTrue(hover.startsWith("LCO : cathode\nbuilt-in library (library/cathodes.cell)"), hover);
        // bundles/org.interphase.materials/library/cathodes.cell
        assertTrue(hover.contains("• theoretical capacity = 274 mAh/g\n    source: Faraday, 1 e- per LiCoO2"), hover);
        assertTrue(hover.contains("• specific capacity at 4.2 V = 140 mAh/g  (range 135 mAh/g to 145 mAh/g)"), hover);
        assertEquals(null, CellHover.text(editor.snapshot(), text.indexOf("loading 1.5")), "no hover on a keyword");
    }

    @Test
    void goToDefinitionOpensTheDeclarationInAReferencedProject() throws Exception {
        IProject shared = ProjectCreation.create("shared", null, "sharedlab", new NullProgressMonitor());
        IFile materials = Editors.write(shared, "cells/materials.cell", """
                package shared.materials

                // the group's own lithium
                material ThickLi : anode based on Li { description "Lithium foil of the group's supplier." }
                """);
        IProject user = ProjectCreation.create("user", null, "userlab", new NullProgressMonitor());
        IProjectDescription d = user.getDescription();
        d.setReferencedProjects(new IProject[] { shared });
        user.setDescription(d, null);
        String text = """
                package user.foil

                import shared.materials.*

                cell Foil {
                    area 1 cm2
                    cathode LCO { loading 1.5 mAh/cm2 }
                    electrolyte { polymer PEO  salt LiTFSI { ratio EO:Li 20 }  thickness 50 um }
                    anode ThickLi { thickness 50 um }
                }
                """;
        IFile foil = Editors.write(user, "cells/foil.cell", text);
        Editors.build();
        CellEditor editor = open(foil);
        assertEquals(List.of(), Editors.problems(editor));

        int ref = text.indexOf("ThickLi") + 2;
        EObject target = Navigation.definition(editor.snapshot(), ref);
        assertNotNull(target);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ITextEditor opened = Navigation.open(page, target);
        assertInstanceOf(CellEditor.class, opened);
        assertEquals(materials, ((CellEditor) opened).file(), "the file of the referenced project");
        ITextSelection selection = (ITextSelection) opened.getSelectionProvider().getSelection();
        assertEquals(3, selection.getStartLine(), "line 4 (0-based 3) declares ThickLi");
        assertEquals("ThickLi", selection.getText());

        // a built-in material opens the library file read-only at its declaration
        EObject lco = Navigation.definition(editor.snapshot(), text.indexOf("LCO") + 1);
        ITextEditor library = Navigation.open(page, lco);
        assertNotNull(library);
        assertFalse(library.isEditable(), "the built-in library is read-only");
        assertEquals("cathodes.cell (built-in library)", library.getEditorInput().getName());
        ITextSelection inLibrary = (ITextSelection) library.getSelectionProvider().getSelection();
        assertEquals("LCO", inLibrary.getText());
        String libraryText = library.getDocumentProvider().getDocument(library.getEditorInput()).get();
        assertTrue(libraryText.substring(inLibrary.getOffset() - "material ".length()).startsWith("material LCO : cathode"));
    }

    @Test
    void theOutlineShowsMaterialsCellsWithLayersProtocolsWithStepsStudiesAndSweeps() throws Exception {
        IProject p = lab();
        CellEditor editor = open(p.getFile("examples/coatings.cell"));
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView("org.eclipse.ui.views.ContentOutline");
        CellOutlinePage outline = (CellOutlinePage) editor.getAdapter(IContentOutlinePage.class);
        List<OutlineTree.Node> roots = outline.roots();
        assertEquals(List.of("cell:LagpLco", "cell:AlOxNcm", "protocol:Cycling45", "study:CoatingComparison",
                "sweep:CoatingThickness"), roots.stream().map(n -> n.kind() + ":" + n.label()).toList());
        OutlineTree.Node lagp = roots.get(0);
        assertEquals(List.of("cathode LCO", "electrolyte", "anode Li"), lagp.children().stream().map(OutlineTree.Node::label).toList());
        assertEquals(List.of("coating LAGP"), lagp.children().get(0).children().stream().map(OutlineTree.Node::label).toList());
        assertEquals(List.of("polymer PEO", "salt LiTFSI"), lagp.children().get(1).children().stream().map(OutlineTree.Node::label).toList());
        OutlineTree.Node protocol = roots.get(2);
        assertEquals(List.of("temperature 60 °C", "repeat 200", "every 50 cycles"),
                protocol.children().stream().map(OutlineTree.Node::label).toList());
        assertEquals(List.of("charge at C/5 until 4.5 V", "rest for 10 min", "discharge at C/5 until 3.0 V", "rest for 10 min"),
                protocol.children().get(1).children().stream().map(OutlineTree.Node::label).toList());
        assertEquals(List.of("vary LagpLco.cathode.coating.thickness from 0 nm to 40 nm in 9 steps",
                "vary temperature in 40 °C, 60 °C, 80 °C"), roots.get(4).children().stream().map(OutlineTree.Node::label).toList());

        // linked: selecting the protocol in the outline selects its name in the editor
        outline.setSelection(new org.eclipse.jface.viewers.StructuredSelection(protocol));
        ITextSelection s = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals("Cycling45", s.getText());
    }

    @Test
    void formatIndentsByBracesAndTidiesBlankLines() throws Exception {
        IProject p = lab();
        String messy = "package scratch.format\n\n\n\ncell F {\n  area 1 cm2   \n        cathode LCO {\nloading 1.5 mAh/cm2\n }\n"
                + "electrolyte { polymer PEO  salt LiTFSI { ratio EO:Li 20 }  thickness 50 um }\n\t anode Li { thickness 50 um }\n}";
        String expected = """
                package scratch.format

                cell F {
                    area 1 cm2
                    cathode LCO {
                        loading 1.5 mAh/cm2
                    }
                    electrolyte { polymer PEO  salt LiTFSI { ratio EO:Li 20 }  thickness 50 um }
                    anode Li { thickness 50 um }
                }
                """;
        IFile f = Editors.write(p, "cells/format.cell", messy);
        CellEditor editor = open(f);
        editor.format();
        assertEquals(expected, Editors.document(editor).get());
        // through the command and its key binding's handler
        Editors.document(editor).set(messy);
        PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
                .executeCommand("org.interphase.ui.editor.format", null);
        assertEquals(expected, Editors.document(editor).get());
        Editors.reconciled(editor);
        assertEquals(List.of(), Editors.problems(editor));
    }

    @Test
    void quickFixesReplaceAnUnknownMaterialAndAWrongUnitAndTheFileThenChecksClean() throws Exception {
        IProject p = lab();
        IFile f = Editors.write(p, "cells/fix.cell", BROKEN);
        Editors.build();
        assertEquals(2, f.findMarkers(InterphaseUi.PROBLEM_MARKER, true, 0).length);
        CellEditor editor = open(f);
        var viewer = editor.viewer();

        List<ICompletionProposal> fixes = CellQuickAssist.proposals(viewer, BROKEN.indexOf("LCX") + 1);
        assertEquals(List.of("Change to 'LCO'"), fixes.stream().map(ICompletionProposal::getDisplayString).toList());
        fixes.get(0).apply(Editors.document(editor));
        String fixed = BROKEN.replace("LCX", "LCO");
        assertEquals(fixed, Editors.document(editor).get());
        Editors.reconciled(editor);
        assertEquals(1, Editors.problems(editor).size());

        // Ctrl+1 on the line of "thickness 5 V": the units of a length
        List<ICompletionProposal> units = CellQuickAssist.proposals(viewer, fixed.indexOf("electrolyte"));
        List<String> labels = units.stream().map(ICompletionProposal::getDisplayString).toList();
        assertTrue(labels.contains("Change the unit to 'um' (5 um)"), labels::toString);
        assertFalse(labels.stream().anyMatch(l -> l.contains("'V'")), labels::toString);
        units.get(labels.indexOf("Change the unit to 'um' (5 um)")).apply(Editors.document(editor));
        assertEquals(fixed.replace("5 V", "5 um"), Editors.document(editor).get());
        Editors.reconciled(editor);
        assertEquals(List.of(), Editors.problems(editor), "the fixed file checks clean");
        editor.doSave(new NullProgressMonitor());
        Editors.build();
        assertEquals(0, f.findMarkers(InterphaseUi.PROBLEM_MARKER, true, 0).length);
    }

    @Test
    void toggleCommentCommentsTheLineOutAndInAgain() throws Exception {
        IProject p = lab();
        String text = "package scratch.comment\n\nmaterial Foo : inert\n";
        IFile f = Editors.write(p, "cells/comment.cell", text);
        CellEditor editor = open(f);
        editor.selectAndReveal(text.indexOf("material") + 3, 0);
        editor.toggleComment();
        assertEquals("package scratch.comment\n\n//material Foo : inert\n", Editors.document(editor).get());
        editor.toggleComment();
        assertEquals(text, Editors.document(editor).get());
    }


}
