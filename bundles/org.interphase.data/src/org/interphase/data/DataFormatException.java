package org.interphase.data;

import java.nio.file.Path;

/** A measured-data file that cannot be read: says which file and line, and what is wrong there. */
public final class DataFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String problem;

    /**
     * @param file    the file read
     * @param line    1-based line of the problem, 0 when it concerns the whole file
     * @param problem what is wrong, without the location
     */
    public DataFormatException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, 0 for the whole file. */
    public int line() {
        return line;
    }

    /** The message without the location. */
    public String problem() {
        return problem;
    }
}
