package org.interphase.ui.internal.run;

import java.io.IOException;

import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;
import org.interphase.ui.InterphaseUi;

/** The "Interphase" console that study runs write their progress, table and failures to. */
public final class InterphaseConsole {

    private InterphaseConsole() {
    }

    /** The console, created and added to the console manager on first use. */
    public static synchronized MessageConsole get() {
        IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
        for (IConsole c : manager.getConsoles()) {
            if (c instanceof MessageConsole m && InterphaseUi.CONSOLE_NAME.equals(c.getName())) {
                return m;
            }
        }
        MessageConsole console = new MessageConsole(InterphaseUi.CONSOLE_NAME, null);
        manager.addConsoles(new IConsole[] { console });
        return console;
    }

    /**
     * Prints lines to the console (any thread). It does not bring the Console view forward: a run
     * prints a line per cell, and a console that came to the front on each hid the Progress view.
     */
    public static void println(String text) {
        MessageConsole console = get();
        try (MessageConsoleStream out = console.newMessageStream()) {
            out.println(text);
        } catch (IOException e) {
            // a message stream over a document does not fail on close
        }
    }

    /**
     * Marks the console's tab as changed (bold title) without taking the focus or bringing it to the
     * front: for lines the user should read, such as why nothing was run.
     */
    public static void reveal() {
        ConsolePlugin.getDefault().getConsoleManager().warnOfContentChange(get());
    }
}
