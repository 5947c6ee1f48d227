package org.interphase.model.files;

import java.nio.file.Path;

/**
 * A file that cannot be read, located: its message is {@code file:line: problem} ({@code file: problem}
 * when no line applies, {@code file:line:column: problem} with a column). The one shape of the readers'
 * exceptions: measured data ({@code data.DataFormatException}) and result files
 * ({@code results.read.MalformedResultException}).
 */
public abstract class FileProblemException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String problem;

    /**
     * @param file    the file read
     * @param line    1-based line of the problem, 0 when it concerns the whole file
     * @param problem what is wrong, without the location
     */
    protected FileProblemException(Path file, int line, String problem) {
        this(file + (line > 0 ? ":" + line : "") + ": " + problem, file, line, problem);
    }

    /**
     * @param message the located message
     * @param file    the file read
     * @param line    1-based line of the problem, 0 when it concerns the whole file
     * @param problem what is wrong, without the location
     */
    protected FileProblemException(String message, Path file, int line, String problem) {
        super(message);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }

    /** Its line (1-based), 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** The message without the location. */
    public String problem() {
        return problem;
    }
}
