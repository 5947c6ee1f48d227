package org.interphase.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.interphase.ui.editor.internal.CellContentAssist;
import org.interphase.ui.editor.internal.CellEditor;
import org.interphase.ui.internal.startup.DropinsStartup;
import org.interphase.ui.internal.wizards.ProjectCreation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A third-party mechanism installed into the dropins folder (as {@code interphase install} does)
 * reaches the workbench: the editor's content assist offers its id and the checker accepts it. The
 * plug-in is the worked example of examples/sulfide-filler-plugin, as the reactor built it.
 */
class InstalledPluginTest {

    /** Where the product looks for installed plug-ins instead of its own dropins/ (Dropins.FOLDER_PROPERTY). */
    private static final String DROPINS_PROPERTY = "interphase.dropins";

    private Path dropins;

    @AfterEach
    void uninstall() throws Exception {
        if (dropins != null) {
            try (Stream<Path> s = Files.list(dropins)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
            DropinsStartup.load(); // a bundle whose file is gone leaves the framework
            System.clearProperty(DROPINS_PROPERTY);
        }
        Editors.delete("plugins");
    }

    @Test
    void anInstalledMechanismIsOfferedByContentAssistAndAccepted() throws Exception {
        Path target = Editors.examples().resolve("sulfide-filler-plugin/org.example.sulfide/target");
        Path jar;
        try (Stream<Path> s = Files.list(target)) {
            jar = s.filter(p -> p.getFileName().toString().matches("org\\.example\\.sulfide-[0-9.]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no org.example.sulfide jar in " + target));
        }
        IProject p = ProjectCreation.create("plugins", null, "plugins", new NullProgressMonitor());
        String text = """
                package plugins.sulfide

                import plugins.cells.*
                import plugins.protocols.*

                study S {
                    cell ExampleLco
                    protocol ExampleCycling
                    mechanism lsps_peo_reaction { }
                    mechanisms\s
                }
                """;
        IFile f = Editors.write(p, "studies/sulfide.cell", text);

        dropins = Files.createTempDirectory("interphase-dropins");
        System.setProperty(DROPINS_PROPERTY, dropins.toString());
        Files.copy(jar, dropins.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        DropinsStartup.load();

        CellEditor editor = assertInstanceOf(CellEditor.class,
                IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), f));
        Editors.reconciled(editor);
        List<String> ids = CellContentAssist.entries(editor.snapshot(), text.indexOf("mechanisms \n") + "mechanisms ".length())
                .stream().map(ContentAssistEntry::getProposal).toList();
        assertTrue(ids.contains("lsps_peo_reaction"), ids::toString);
        assertTrue(ids.contains("polymer_oxidation"), "the built-in ones are still there: " + ids);
        // the checker knows the installed id as well: the study using it checks clean
        Editors.type(editor, text.replace("mechanisms \n", "mechanisms lsps_peo_reaction, polymer_oxidation\n"));
        assertEquals(List.of(), Editors.problems(editor));
        // and without the plug-in the same text is an error (the test would pass vacuously otherwise)
        try (Stream<Path> s = Files.list(dropins)) {
            for (Path j : s.toList()) {
                Files.delete(j);
            }
        }
        DropinsStartup.load();
        Editors.type(editor, editor.getDocumentProvider().getDocument(editor.getEditorInput()).get() + " ");
        assertTrue(Editors.problems(editor).stream().anyMatch(pr -> pr.error() && pr.message().contains("lsps_peo_reaction")),
                () -> Editors.problems(editor).toString());
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }
}
