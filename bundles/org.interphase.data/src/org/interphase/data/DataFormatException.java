package org.interphase.data;

import java.nio.file.Path;

import org.interphase.model.files.FileProblemException;

/** A measured-data file that cannot be read: says which file and line, and what is wrong there. */
public final class DataFormatException extends FileProblemException {

    private static final long serialVersionUID = 1L;

    /**
     * @param file    the file read
     * @param line    1-based line of the problem, 0 when it concerns the whole file
     * @param problem what is wrong, without the location
     */
    public DataFormatException(Path file, int line, String problem) {
        super(file, line, problem);
    }
}
