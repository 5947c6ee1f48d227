package org.interphase.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.interphase.model.Study;

/**
 * The measured data a study compares with ({@code compare with data "FILE"}): where the file is (relative
 * to the study's .cell file; to the working folder for a study that is not in a file) and its content,
 * read once per change of the file.
 */
public final class DataFiles {

    private record Cached(FileTime modified, long size, CyclerData data, DataFormatException error) {
    }

    private static final Map<Path, Cached> CACHE = new ConcurrentHashMap<>();

    private DataFiles() {
    }

    /** The file a study names, or null when it compares with none. */
    public static Path resolve(Study study) {
        String name = study.getMeasuredData();
        if (name == null) {
            return null;
        }
        Path p = Path.of(name);
        if (p.isAbsolute()) {
            return p.normalize();
        }
        URI uri = study.eResource() == null ? null : study.eResource().getURI();
        if (uri != null && uri.isFile()) {
            return Path.of(uri.toFileString()).toAbsolutePath().getParent().resolve(p).normalize();
        }
        return p.toAbsolutePath().normalize();
    }

    /**
     * Reads the study's data file (all or nothing); the same unchanged file is read once.
     *
     * @throws DataFormatException the file is malformed (with its line)
     * @throws IOException         it cannot be read (does not exist, ...)
     */
    public static CyclerData read(Path file) throws DataFormatException, IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        Cached c = CACHE.get(file);
        if (c == null || !c.modified().equals(modified) || c.size() != size) {
            try {
                c = new Cached(modified, size, CyclerDataReader.read(file), null);
            } catch (DataFormatException e) {
                c = new Cached(modified, size, null, e);
            }
            CACHE.put(file, c);
        }
        if (c.error() != null) {
            throw c.error();
        }
        return c.data();
    }
}
