package org.interphase.ui.internal.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.interphase.execution.ResultLayout;
import org.interphase.execution.Selection;
import org.interphase.model.Study;
import org.interphase.model.Sweep;
import org.interphase.model.results.RunResult;
import org.interphase.ui.InterphaseUi;
import org.interphase.ui.internal.prefs.InterphasePreferences;

/**
 * Opens the results of a finished run in the result editor (unless the preference
 * {@link InterphasePreferences#OPEN_RESULTS} is off): a study opens at the {@code summary.json} of its
 * first cell (the editor shows the whole study with that cell selected), a sweep at its
 * {@code sweep.csv}. The input is a {@link FileEditorInput}, which the workbench saves and restores
 * across a restart.
 */
public final class ResultsOpener {

    private ResultsOpener() {
    }

    /** The files of a finished run that the result editor opens, in the order of the selection. */
    public static List<IFile> files(IProject project, Selection selection, Path out, List<RunResult> results) {
        List<IFile> files = new ArrayList<>();
        IPath root = project.getLocation();
        for (Study s : selection.studies()) {
            Path folder = ResultLayout.folder(out, s);
            for (RunResult r : results) {
                Path summary = folder.resolve(r.getCell()).resolve("summary.json");
                if (s.getName().equals(r.getStudy()) && Files.isRegularFile(summary)) {
                    files.add(workspaceFile(project, root, summary));
                    break;
                }
            }
        }
        for (Sweep w : selection.sweeps()) {
            Path csv = ResultLayout.folder(out, w).resolve("sweep.csv");
            if (Files.isRegularFile(csv)) {
                files.add(workspaceFile(project, root, csv));
            }
        }
        files.removeIf(f -> f == null);
        return files;
    }

    private static IFile workspaceFile(IProject project, IPath root, Path file) {
        Path base = root.toFile().toPath();
        return file.startsWith(base) ? project.getFile(base.relativize(file).toString().replace('\\', '/')) : null;
    }

    /** After a run that finished: opens its results in the UI thread, when the preference says so. */
    static void afterRun(IProject project, Selection selection, Path out, List<RunResult> results) {
        if (!InterphasePreferences.openResultsAfterRun() || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        List<IFile> files = files(project, selection, out, results);
        if (files.isEmpty()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> open(files));
    }

    private static void open(List<IFile> files) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return;
        }
        for (IFile f : files) {
            try {
                page.openEditor(new FileEditorInput(f), InterphaseUi.RESULTS_EDITOR_ID, true);
            } catch (PartInitException e) {
                InterphaseConsole.println("cannot open the results " + f.getFullPath() + ": " + e.getMessage());
            }
        }
    }
}
