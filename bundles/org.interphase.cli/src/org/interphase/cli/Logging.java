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
        IPath log = Platform.getLogFileLocation();
        toFile(log == null ? null : log.toOSString());
    }

    /**
     * The same, to a file of one's own (the flat launch, which has no platform log), or nowhere
     * (null); there the engine's own warnings (java.util.logging, where the framework launch has the
     * platform log) go to the same file.
     */
    static void toFile(String file) {
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger("");
        for (java.util.logging.Handler h : jul.getHandlers()) {
            jul.removeHandler(h);
        }
        if (file != null && !file.isBlank()) {
            jul.addHandler(new java.util.logging.Handler() {
                @Override
                public void publish(java.util.logging.LogRecord r) {
                    String line = java.time.Instant.ofEpochMilli(r.getMillis()) + " " + r.getLevel() + " ["
                            + r.getLoggerName() + "] " + r.getMessage() + System.lineSeparator();
                    try {
                        java.nio.file.Files.writeString(java.nio.file.Path.of(file), line,
                                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                    } catch (IOException | RuntimeException e) {
                        // no log file: stay quiet rather than print on the terminal
                    }
                }

                @Override
                public void flush() {
                    // every record is written as it comes
                }

                @Override
                public void close() {
                    // nothing held open
                }
            });
        }
        toLog4j(file);
    }

    private static void toLog4j(String file) {
        Logger root = Logger.getRootLogger();
        root.removeAllAppenders();
        root.setLevel(Level.WARN);
        if (file == null || file.isBlank()) {
            root.setLevel(Level.OFF);
            return;
        }
        try {
            root.addAppender(new FileAppender(new PatternLayout("%d %-5p [%c] %m%n"), file, true));
        } catch (IOException e) {
            root.setLevel(Level.OFF); // no log file: stay quiet rather than print on the terminal
        }
    }
}
