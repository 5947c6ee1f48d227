package org.interphase.results.read;

import java.nio.file.Path;

/**
 * A result file that cannot be read: its message is located, {@code file:line: message} (or
 * {@code file:line:column: message} for JSON, {@code file: message} when no line applies).
 */
public final class MalformedResultException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;

    public MalformedResultException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public MalformedResultException(Path file, int line, int column, String message) {
        super(file + ":" + line + ":" + column + ": " + message);
        this.file = file;
        this.line = line;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }

    /** Its line (1-based), 0 when none applies. */
    public int line() {
        return line;
    }
}
