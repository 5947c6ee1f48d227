package org.interphase.dsl.workspace;

import java.util.Objects;

/**
 * One problem in a file, located by line and column (both 1-based).
 *
 * @param file     the file as the user named it (or its URI for library files)
 * @param line     1-based line
 * @param column   1-based column
 * @param severity error or warning
 * @param message  what is wrong
 * @param code     the issue code (see IssueCodes), may be null
 */
public record Problem(String file, int line, int column, Severity severity, String message, String code)
        implements Comparable<Problem> {

    public enum Severity {
        ERROR, WARNING;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Longest message kept: a message quoting a 300,000-character name stays one readable line. */
    public static final int MAX_MESSAGE = 500;

    public Problem {
        Objects.requireNonNull(file);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(message);
        message = message.replace("\r", "").replace('\n', ' ');
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "... (" + (message.length() - MAX_MESSAGE)
                    + " more characters)";
        }
    }

    /** {@code file:line:col: error: message}, the form compilers use and editors can jump to. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        if (c == 0) {
            c = Integer.compare(line, o.line);
        }
        if (c == 0) {
            c = Integer.compare(column, o.column);
        }
        return c != 0 ? c : message.compareTo(o.message);
    }
}
