package org.interphase.cli;

import java.io.IOException;

import org.apache.log4j.FileAppender;
import org.apache.log4j.Layout;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;

/**
 * Sends the libraries' log4j output (Xtext logs through log4j) to the platform's log file instead
 * of the terminal, where it would mix with the command's own output.
 */
final class Logging {

    /** log4j 1.2's switch for its default configuration. */
    static final String DEFAULT_INIT_OVERRIDE = "log4j.defaultInitOverride";

    private Logging() {
    }

    /**
     * One line per event, as the engine's warnings are written: time (UTC), level, logger, message.
     * (log4j's date patterns build a Calendar with its locale data on every start: about a tenth of
     * a second of {@code interphase --help}.)
     */
    static final class LineLayout extends Layout {
        @Override
        public String format(LoggingEvent event) {
            return java.time.Instant.ofEpochMilli(event.getTimeStamp()) + " " + event.getLevel() + " ["
                    + event.getLoggerName() + "] " + event.getRenderedMessage() + LINE_SEP;
        }

        @Override
        public boolean ignoresThrowable() {
            return true; // the appender writes the stack trace after the line
        }

        @Override
        public void activateOptions() {
            // no options
        }
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
        // log4j's own start-up configuration (a search of the whole class path for log4j.xml and
        // log4j.properties, and the console appender of the one found) is replaced here anyway
        if (System.getProperty(DEFAULT_INIT_OVERRIDE) == null) {
            System.setProperty(DEFAULT_INIT_OVERRIDE, "true");
        }
        Logger root = Logger.getRootLogger();
        root.removeAllAppenders();
        root.setLevel(Level.WARN);
        if (file == null || file.isBlank()) {
            root.setLevel(Level.OFF);
            return;
        }
        try {
            root.addAppender(new FileAppender(new LineLayout(), file, true));
        } catch (IOException e) {
            root.setLevel(Level.OFF); // no log file: stay quiet rather than print on the terminal
        }
    }
}
