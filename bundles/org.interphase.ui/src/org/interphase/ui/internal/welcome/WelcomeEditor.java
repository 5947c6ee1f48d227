package org.interphase.ui.internal.welcome;

import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import org.eclipse.ui.IEditorPart;

import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import org.interphase.ui.InterphaseUi;
import org.interphase.ui.internal.run.RunStudyHandler;
import org.interphase.ui.internal.wizards.NewProjectWizard;

/**
 * The welcome page of a first start: four steps from a new project to a run and its charts, each
 * with a link that does it, and the way to the documentation. Opened by {@link WelcomeStartup} once,
 * and again with Help &gt; Welcome or Interphase &gt; Welcome.
 */
public final class WelcomeEditor extends PageEditor {

    public static final String ID = "org.interphase.ui.welcome";

    /** The links of the page, in order (the href of each {@code <a>}). */
    public static final String[] STEPS = { "new", "open", "run", "stack", "help" };

    private Label status;

    @Override
    public void createPartControl(Composite parent) {
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite page = new Composite(scroll, SWT.NONE);
        page.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        page.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 24;
        layout.marginHeight = 18;
        layout.verticalSpacing = 14;
        page.setLayout(layout);
        Label title = new Label(page, SWT.NONE);
        title.setText("Interphase Workbench");
        title.setFont(JFaceResources.getHeaderFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        text(page, "Describe solid-polymer-electrolyte lithium-metal cells in .cell files, check them as you type, "
                + "run studies of them and compare the results. Four steps from nothing to the charts of a run:");
        step(page, "1", "<a href=\"new\">Create an Interphase project</a> (File > New > Interphase Project). It gets the "
                + "folders cells/, protocols/, studies/, data/ and results/, an example cell, protocol and study that "
                + "run, and a .gitignore for sharing the project in git.");
        step(page, "2", "<a href=\"open\">Open the example study</a>, studies/example-study.cell. The editor checks as "
                + "you type: mistakes are underlined and listed in the Problems view, Ctrl+Space proposes what fits.");
        step(page, "3", "<a href=\"run\">Run the study</a>: Interphase > Run Study (Ctrl+Alt+R), the toolbar's run button, "
                + "or Run As > Interphase Study on the file in the Project Explorer. The Progress view shows the run, "
                + "the Console its table; the results are written into results/.");
        step(page, "4", "When the run finishes its results open by themselves: capacity retention, resistance and "
                + "voltage profiles, one tab per chart (Window > Preferences > Interphase turns this off). "
                + "<a href=\"stack\">Show the Cell Stack view</a>: the layers of the cell selected in the results, "
                + "and its interfaces at the cycle you choose.");
        text(page, "");
        step(page, "?", "<a href=\"help\">Read the documentation</a> (Help > Help Contents): the language, the workbench, "
                + "the results and what the engine models, read here in the workbench.");
        status = new Label(page, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        scroll.setContent(page);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> {
            int width = scroll.getClientArea().width;
            scroll.setMinSize(page.computeSize(Math.max(300, width), SWT.DEFAULT));
        });
    }

    private static void text(Composite page, String text) {
        Label l = new Label(page, SWT.WRAP);
        l.setText(text);
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        d.widthHint = 200;
        l.setLayoutData(d);
    }

    private void step(Composite page, String number, String text) {
        Label n = new Label(page, SWT.NONE);
        n.setText(number);
        n.setFont(JFaceResources.getBannerFont());
        n.setLayoutData(new GridData(SWT.CENTER, SWT.BEGINNING, false, false));
        Link link = new Link(page, SWT.WRAP);
        link.setText(text);
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
        d.widthHint = 200;
        link.setLayoutData(d);
        link.addListener(SWT.Selection, e -> follow(e.text));
    }

    /** Does what a link of the page does ({@link #STEPS}); returns what it did, also shown on the page. */
    public String follow(String href) {
        String said = switch (href) {
        case "new" -> newProject();
        case "open" -> openStudy();
        case "run" -> run();
        case "stack" -> showView(InterphaseUi.STACK_VIEW_ID);
        case "help" -> help();
        default -> "";
        };
        if (status != null && !status.isDisposed()) {
            status.setText(said);
            status.getParent().layout(true);
        }
        return said;
    }

    private String newProject() {
        NewProjectWizard wizard = new NewProjectWizard();
        wizard.init(getSite().getWorkbenchWindow().getWorkbench(), StructuredSelection.EMPTY);
        new WizardDialog(getSite().getShell(), wizard).open();
        IFile study = exampleStudy();
        return study == null ? "" : "Created " + study.getProject().getName() + ". Next: step 2.";
    }

    private String openStudy() {
        IFile study = exampleStudy();
        if (study == null) {
            return "There is no Interphase project with a study yet: create one first (step 1).";
        }
        try {
            IDE.openEditor(getSite().getPage(), study);
            return "Opened " + study.getFullPath().makeRelative() + ". Next: step 3.";
        } catch (PartInitException e) {
            return "Cannot open " + study.getFullPath() + ": " + e.getMessage();
        }
    }

    private String run() {
        IFile study = null;
        for (IEditorPart e : getSite().getPage().getEditors()) {
            IFile f = Adapters.adapt(e.getEditorInput(), IFile.class);
            if (f != null && "cell".equals(f.getFileExtension()) && f.getProjectRelativePath().segment(0).equals("studies")) {
                study = f;
            }
        }
        if (study == null) {
            study = exampleStudy();
        }
        if (study == null) {
            return "There is no study to run yet: create a project first (step 1).";
        }
        RunStudyHandler.schedule(study, null);
        return "Running " + study.getFullPath().makeRelative() + ": see the Progress view; its results open when it ends.";
    }

    private String showView(String id) {
        try {
            getSite().getPage().showView(id);
            return "";
        } catch (PartInitException e) {
            return e.getMessage();
        }
    }

    private String help() {
        try {
            OpenPageHandler.open(getSite().getPage(), PageInput.HELP, null, true);
            return "";
        } catch (PartInitException e) {
            return e.getMessage();
        }
    }

    /** The first .cell file in studies/ of the Interphase project created last (by name order among equals). */
    static IFile exampleStudy() {
        IProject[] projects = ResourcesPlugin.getWorkspace().getRoot().getProjects();
        Arrays.sort(projects, Comparator.comparingLong(WelcomeEditor::created).reversed());
        for (IProject p : projects) {
            try {
                if (!p.isOpen() || !p.hasNature(InterphaseUi.NATURE_ID)) {
                    continue;
                }
                IFolder studies = p.getFolder("studies");
                if (!studies.exists()) {
                    continue;
                }
                IResource[] members = studies.members();
                Arrays.sort(members, Comparator.comparing(IResource::getName));
                for (IResource r : members) {
                    if (r instanceof IFile f && "cell".equals(f.getFileExtension())) {
                        return f;
                    }
                }
            } catch (CoreException e) {
                // a project that cannot be read is skipped
            }
        }
        return null;
    }

    private static long created(IProject p) {
        var location = p.getLocation();
        return location == null ? 0 : location.toFile().lastModified();
    }

    @Override
    public void setFocus() {
        getSite().getShell().setFocus();
    }
}
