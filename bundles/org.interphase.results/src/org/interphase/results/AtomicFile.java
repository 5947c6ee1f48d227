package org.interphase.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes a file all or nothing: into a hidden sibling ({@code .partial-NAME-...}, which
 * {@link AtomicFolder#clean} also removes after a killed run) that then takes the file's name in one
 * move, so that a reader never sees half a file and a failed write leaves the old file as it was. The
 * file-sized companion of {@link AtomicFolder}.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /** Writes a file all or nothing, replacing the one there. */
    public static void write(Path file, AtomicFolder.Content content) throws IOException {
        Path staging = file.toAbsolutePath().resolveSibling(".partial-" + file.getFileName() + "-" + UUID.randomUUID());
        try {
            content.writeTo(staging);
            Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(staging);
        }
    }

    /** Writes a text file (UTF-8) all or nothing. */
    public static void writeString(Path file, String text) throws IOException {
        write(file, f -> Files.writeString(f, text, StandardCharsets.UTF_8));
    }
}
