package org.interphase.results.read;

import java.nio.file.Path;

import org.interphase.model.files.FileProblemException;

/**
 * A result file that cannot be read: its message is located, {@code file:line: message} (or
 * {@code file:line:column: message} for JSON, {@code file: message} when no line applies).
 */
public final class MalformedResultException extends FileProblemException {

    private static final long serialVersionUID = 1L;

    public MalformedResultException(Path file, int line, String message) {
        super(file, line, message);
    }

    public MalformedResultException(Path file, int line, int column, String message) {
        super(file + ":" + line + ":" + column + ": " + message, file, line, message);
    }
}
