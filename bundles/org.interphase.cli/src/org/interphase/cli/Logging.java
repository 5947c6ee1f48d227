package org.interphase.cli;

import java.io.IOException;

import org.apache.log4j.FileAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;

/**
 * Sends the libraries' log4j output (Xtext logs through log4j) to the platform's log file instead
 * of the terminal, where it would mix with the command's own output.
 */
final class Logging {

    private Logging() {
    }

    static void toPlatformLog() {
        Logger root = Logger.getRootLogger();
        root.removeAllAppenders();
        root.setLevel(Level.WARN);
        IPath log = Platform.getLogFileLocation();
        if (log == null) {
            return;
        }
        try {
            root.addAppender(new FileAppender(new PatternLayout("%d %-5p [%c] %m%n"), log.toOSString(), true));
        } catch (IOException e) {
            root.setLevel(Level.OFF); // no log file: stay quiet rather than print on the terminal
        }
    }
}
