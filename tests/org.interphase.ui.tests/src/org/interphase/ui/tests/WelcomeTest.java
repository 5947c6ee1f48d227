package org.interphase.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.interphase.ui.InterphaseUi;
import org.interphase.ui.internal.run.StudyRun;
import org.interphase.ui.internal.welcome.HelpEditor;
import org.interphase.ui.internal.welcome.OpenPageHandler;
import org.interphase.ui.internal.welcome.PageInput;
import org.interphase.ui.internal.welcome.WelcomeEditor;
import org.interphase.ui.internal.wizards.NewProjectWizard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The first start (issue 17 item 6): the welcome page opens by itself and walks from New Interphase
 * Project to a run and its charts; the help reads the docs/ pages without a browser; a new project's
 * files have distinct names, the wizard shows the package, .gitignore shows in the Project Explorer,
 * which has Run As; the editor's context menu has no Debug As.
 */
class WelcomeTest {

    @AfterEach
    void cleanUp() throws Exception {
        page().closeAllEditors(false);
        Workbench.delete("first");
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static IEditorReference editor(String id) {
        return Arrays.stream(page().getEditorReferences()).filter(r -> r.getId().equals(id)).findFirst().orElse(null);
    }

    @Test
    void theWelcomePageWalksFromANewProjectToARunAndItsCharts() throws Exception {
        Shell shell = page().getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1400, 900);
        page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(InterphaseUi.PERSPECTIVE_ID));
        // a first start: an empty workspace (other test classes leave their projects)
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            p.delete(true, true, null);
        }
        page().closeAllEditors(false);
        WelcomeEditor welcome = (WelcomeEditor) OpenPageHandler.open(page(), PageInput.WELCOME, null, true);
        if (Screenshots.folder() != null) {
            Screenshots.capture(shell, "workbench-welcome.png");
        }
        assertTrue(welcome.follow("open").contains("create one first"), "step 2 before step 1 says what to do");

        // step 1: the wizard, as its link opens it (not blocking, so that the test can fill it in)
        NewProjectWizard wizard = new NewProjectWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            org.eclipse.swt.widgets.Text name = find(dialog.getShell(), org.eclipse.swt.widgets.Text.class).get(0);
            name.setText("First Cells");
            Workbench.waitUntil(() -> true, 1);
            assertEquals("first_cells", wizard.packageName(), "the wizard shows the package it derives from the name");
            Stream<String> texts = find(dialog.getShell(), org.eclipse.swt.widgets.Label.class).stream().map(l -> l.getText());
            assertTrue(texts.anyMatch(t -> t.contains("first_cells.studies")), "the examples' packages are on the page");
            name.setText("first");
            assertEquals("first", wizard.packageName());
            if (Screenshots.folder() != null) {
                Screenshots.capture(dialog.getShell(), "workbench-new-project.png");
            }
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("first");
        assertTrue(project.exists());
        Workbench.build();

        // distinct file names: the tabs of the three examples read differently
        Set<String> names = new HashSet<>();
        for (String f : new String[] { "cells", "protocols", "studies" }) {
            for (var r : project.getFolder(f).members()) {
                names.add(r.getName());
            }
        }
        assertEquals(3, names.size(), names.toString());

        // step 2 and 3: open the study, run it; its results open by themselves
        assertTrue(welcome.follow("open").startsWith("Opened first/studies/example-study.cell"));
        assertEquals(project.getFile("studies/example-study.cell"), page().getActiveEditor().getEditorInput().getAdapter(IFile.class));
        welcome.follow("run");
        Workbench.waitUntil(() -> org.eclipse.core.runtime.jobs.Job.getJobManager().find(StudyRun.FAMILY).length == 0
                && editor(InterphaseUi.RESULTS_EDITOR_ID) != null, 600);
        assertTrue(project.getFile("results/first.studies.Example/ExampleLco/summary.json").exists());
        // step 4: the stack view
        welcome.follow("stack");
        assertNotNull(page().findView(InterphaseUi.STACK_VIEW_ID));
        IEditorPart results = editor(InterphaseUi.RESULTS_EDITOR_ID).getEditor(true);
        page().activate(results);
        if (Screenshots.folder() != null) {
            Screenshots.capture(shell, "workbench-first-run.png");
        }
    }

    private static <T extends Control> List<T> find(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof org.eclipse.swt.widgets.Composite c) {
            for (Control child : c.getChildren()) {
                found.addAll(find(child, type));
            }
        }
        return found;
    }

    @Test
    void theWelcomePageOpenedByItselfOnTheFirstStart() throws Exception {
        // WelcomeStartup opens it once, on the first start of a workspace (this test run's)
        var prefs = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode(InterphaseUi.PLUGIN_ID);
        Workbench.waitUntil(() -> prefs.getBoolean("welcomeShown", false), 60);
    }

    @Test
    void theHelpShowsEveryDocsPageWithoutABrowser() throws Exception {
        Path docs = Path.of(System.getProperty("interphase.examples")).resolveSibling("docs");
        List<HelpEditor.Page> pages = HelpEditor.pages();
        Set<String> hrefs = new HashSet<>();
        pages.forEach(p -> hrefs.add(p.href()));
        try (Stream<Path> files = Files.list(docs)) {
            for (Path md : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String href = "/" + InterphaseUi.PLUGIN_ID + "/help/" + md.getFileName();
                assertTrue(hrefs.contains(href), md.getFileName() + " is in help/toc.xml");
                assertEquals(Files.readString(md, StandardCharsets.UTF_8), HelpEditor.read(href), href + " is the page of docs/");
            }
        }
        // Help > Help Contents goes through the help system to the reader
        page().getWorkbenchWindow().getShell().setBounds(0, 0, 1400, 900);
        PlatformUI.getWorkbench().getHelpSystem().displayHelp();
        Workbench.waitUntil(() -> editor(HelpEditor.ID) != null, 30);
        HelpEditor help = (HelpEditor) editor(HelpEditor.ID).getEditor(true);
        help.show("/" + InterphaseUi.PLUGIN_ID + "/help/workbench.md");
        assertTrue(help.text().startsWith("# The workbench"), "the page's text is shown");
        // a paragraph's source lines are joined, so that it wraps at the view's width
        assertTrue(help.text().contains("Interphase Workbench: the Eclipse IDE application with the Interphase perspective"),
                "one paragraph, not the source's lines");
        if (Screenshots.folder() != null) {
            Screenshots.capture(page().getWorkbenchWindow().getShell(), "workbench-help.png");
        }
    }

    @Test
    void theProjectExplorerShowsGitignoreAndHasRunAsAndTheEditorHasNoDebugAs() throws Exception {
        IProject project = org.interphase.ui.internal.wizards.ProjectCreation.create("first", null, "first", null);
        Workbench.build();
        page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(InterphaseUi.PERSPECTIVE_ID));
        CommonNavigator explorer = (CommonNavigator) page().showView("org.eclipse.ui.navigator.ProjectExplorer");
        explorer.getCommonViewer().expandToLevel(project, 1);
        Workbench.waitUntil(() -> true, 1);
        Tree tree = explorer.getCommonViewer().getTree();
        List<String> shown = new ArrayList<>();
        for (TreeItem top : tree.getItems()) {
            if (top.getText().startsWith("first")) {
                for (TreeItem child : top.getItems()) {
                    shown.add(child.getText());
                }
            }
        }
        assertTrue(shown.contains(".gitignore"), "the .gitignore shows: " + shown);
        assertFalse(shown.contains(".project"), "the other dot files stay hidden: " + shown);

        // Run As on a .cell file in the Project Explorer
        IFile study = project.getFile("studies/example-study.cell");
        explorer.selectReveal(new StructuredSelection(study));
        List<String> explorerMenu = items(tree.getMenu());
        assertTrue(explorerMenu.contains("Run As"), "Project Explorer: " + explorerMenu);
        assertFalse(explorerMenu.contains("Debug As"), "Project Explorer: " + explorerMenu);

        // no Debug As in the editor's context menu
        IEditorPart editor = IDE.openEditor(page(), study);
        Control control = editor.getAdapter(Control.class);
        StyledText text = control instanceof StyledText t ? t : (StyledText) editor.getSite().getShell().getDisplay().getFocusControl();
        List<String> editorMenu = items(text.getMenu());
        assertTrue(editorMenu.contains("Run Study"), "editor: " + editorMenu);
        assertFalse(editorMenu.contains("Debug As"), "editor: " + editorMenu);
        assertFalse(editorMenu.contains("Profile As"), "editor: " + editorMenu);
    }

    /** The labels of a context menu's items, as it shows them (without mnemonics and accelerators). */
    private static List<String> items(Menu menu) {
        assertNotNull(menu, "a context menu");
        menu.notifyListeners(SWT.Show, new Event());
        List<String> labels = new ArrayList<>();
        for (MenuItem i : menu.getItems()) {
            String t = i.getText().replace("&", "");
            int tab = t.indexOf('\t');
            labels.add((tab >= 0 ? t.substring(0, tab) : t).trim());
        }
        menu.notifyListeners(SWT.Hide, new Event());
        return labels;
    }
}
