package org.interphase.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.ide.index.CellIndex;
import org.interphase.dsl.ide.index.CellIndex.Occurrence;
import org.interphase.dsl.ide.server.CellWorkspaceConfigFactory.ProjectSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's index (the language server's workspace manager behind the editors): two projects,
 * {@code lab} referencing {@code shared} as Eclipse projects reference each other; unsaved text
 * seen across files, only what a change touches checked again, rename and references across the
 * projects.
 */
class CellIndexTest {

    @TempDir
    Path root;
    Path protocols;
    Path study;
    Path other;
    CellIndex index;
    final Map<URI, List<Issue>> published = new ConcurrentHashMap<>();
    final List<URI> checked = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        LspSession.useTestCache();
        Path shared = Files.createDirectories(root.resolve("shared"));
        Path lab = Files.createDirectories(root.resolve("lab"));
        protocols = Files.writeString(shared.resolve("protocols.cell"), LanguageServerTest.LIB);
        study = Files.writeString(lab.resolve("study.cell"), LanguageServerTest.STUDY);
        other = Files.writeString(lab.resolve("protocols.cell"), LanguageServerTest.PROTOCOLS);
        index = CellIndex.open(List.of(new ProjectSpec("lab", lab, List.of("shared"), List.of()),
                new ProjectSpec("shared", shared, List.of(), List.of())),
                List.of(), CancelIndicator.NullImpl);
        index.addListener((uri, issues) -> {
            published.put(uri, issues);
            synchronized (checked) {
                checked.add(uri);
            }
        });
    }

    static URI uri(Path p) {
        return CellIndex.uri(p);
    }

    static List<String> errors(List<Issue> issues) {
        return issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).map(Issue::getMessage).toList();
    }

    @Test
    void theProjectsCheckCleanWithTheReferencedProjectSeen() {
        assertEquals(List.of(), errors(index.issues(uri(study))), "study.cell uses Gentle from the referenced project");
        assertTrue(index.size() >= 3, "the three files are indexed: " + index.size());
        // not vacuous: a protocol the referenced project does not have is an error
        List<String> errors = errors(index.change(uri(study), LanguageServerTest.STUDY.replace("Gentle", "Gentlest"),
                CancelIndicator.NullImpl));
        assertTrue(errors.stream().anyMatch(m -> m.contains("Gentlest")), errors.toString());
        assertEquals(List.of(), errors(index.change(uri(study), LanguageServerTest.STUDY, CancelIndicator.NullImpl)));
    }

    @Test
    void unsavedTextOfOneEditorIsSeenByTheChecksOfAnother() throws Exception {
        // the editor of the other project's file renames Gentle without saving
        index.change(uri(protocols), LanguageServerTest.LIB.replace("Gentle", "Gentler"), CancelIndicator.NullImpl);
        List<String> errors = errors(published.getOrDefault(uri(study), List.of()));
        assertTrue(errors.stream().anyMatch(m -> m.contains("Gentle")), "study.cell is checked against the unsaved text: " + errors);
        assertEquals(LanguageServerTest.LIB, Files.readString(protocols), "nothing was saved");
        // and the editor closes without saving: the disk's text counts again
        index.close(uri(protocols), CancelIndicator.NullImpl);
        assertEquals(List.of(), errors(published.get(uri(study))));
    }

    @Test
    void aKeystrokeThatChangesNoNameChecksOnlyItsFile() {
        index.change(uri(other), LanguageServerTest.PROTOCOLS, CancelIndicator.NullImpl);
        checked.clear();
        // a value typed inside a protocol: no exported name changes
        List<Issue> issues = index.change(uri(other), LanguageServerTest.PROTOCOLS.replace("60 °C", "65 °C"),
                CancelIndicator.NullImpl);
        assertEquals(List.of(uri(other)), checked, "only the edited file is checked again");
        assertEquals(List.of(), errors(issues));
        // a mistake shows at once, and so does its mend
        assertTrue(errors(index.change(uri(other), LanguageServerTest.PROTOCOLS.replace("60 °C", "60 V"),
                CancelIndicator.NullImpl)).stream().anyMatch(m -> m.contains("temperature")));
    }

    @Test
    void renameEditsTheDeclarationAndItsUsesAcrossProjects() {
        String lib = LanguageServerTest.LIB;
        List<Occurrence> edits = index.rename(uri(protocols), lib.indexOf("Gentle") + 2, "Mild", CancelIndicator.NullImpl);
        assertEquals(2, edits.size(), edits.toString());
        Occurrence decl = edits.stream().filter(o -> o.uri().equals(uri(protocols))).findFirst().orElseThrow();
        assertEquals(lib.indexOf("Gentle"), decl.offset());
        assertEquals("Gentle".length(), decl.length());
        assertEquals("Mild", decl.replacement());
        Occurrence use = edits.stream().filter(o -> o.uri().equals(uri(study))).findFirst().orElseThrow();
        assertEquals(LanguageServerTest.STUDY.indexOf("protocol Gentle") + "protocol ".length(), use.offset());
    }

    @Test
    void renameRefusesTheBuiltInLibrary() {
        String text = LanguageServerTest.STUDY;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> index.rename(uri(study), text.indexOf("LCO") + 1, "LCO2", CancelIndicator.NullImpl));
        assertTrue(e.getMessage().contains("built-in material library"), e.getMessage());
    }

    @Test
    void referencesAreFoundInEveryProject() {
        String text = LanguageServerTest.STUDY;
        List<Occurrence> refs = index.references(uri(study), text.indexOf("protocol Gentle") + 10, true,
                CancelIndicator.NullImpl);
        assertEquals(java.util.Set.of(uri(protocols), uri(study)), refs.stream().map(Occurrence::uri)
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals(2, refs.size(), "the declaration and the one use, once each: " + refs);
        Occurrence use = refs.stream().filter(o -> o.uri().equals(uri(study))).findFirst().orElseThrow();
        assertEquals(text.substring(0, text.indexOf("protocol Gentle")).split("\n", -1).length, use.line());
    }
}
