package org.interphase.results;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/**
 * Writes a folder all or nothing: the content goes into a hidden sibling first and takes the
 * folder's name only when complete, so a failed or interrupted run leaves no half-written result
 * (at most the hidden sibling, which {@link #clean} removes). What a user added to the folder it
 * replaces (a file or folder that the old folder's {@value ResultCache#MANIFEST} does not list and
 * the new content does not write, such as {@code notes.txt}) is carried into the new folder, never
 * deleted (issue 14).
 */
public final class AtomicFolder {

    /** What fills a folder (or, for {@link AtomicFile}, a file). */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path folder) throws IOException;
    }

    private AtomicFolder() {
    }

    /**
     * Writes a folder all or nothing. When it cannot be written (a read-only or full disk), the
     * folder as it was is left in place and the exception's message names the folder and the reason.
     */
    public static void write(Path target, Content content) throws IOException {
        try {
            replace(target, content);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(target + ": cannot be written")) {
                throw e;
            }
            String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new IOException(target + ": cannot be written: " + reason, e);
        }
    }

    private static void replace(Path target, Content content) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = parent.resolve(".partial-" + target.getFileName() + "-" + UUID.randomUUID());
        Files.createDirectory(staging);
        try {
            content.writeTo(staging);
            Path old = null;
            if (Files.isDirectory(target)) {
                carryUserEntries(target, staging);
            }
            if (Files.exists(target)) {
                old = parent.resolve(".old-" + target.getFileName() + "-" + UUID.randomUUID());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) {
                delete(old);
            }
        } catch (IOException | RuntimeException e) {
            delete(staging);
            throw e;
        }
    }

    /**
     * Copies into the staging folder what a user added to the folder being replaced: every entry the
     * old folder's manifest does not list, other than the manifest itself and timing.json, that the
     * new content does not have.
     */
    static void carryUserEntries(Path target, Path staging) throws IOException {
        java.util.Set<String> written = ResultCache.listed(target);
        try (var s = Files.list(target)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (written.contains(name) || name.equals(ResultCache.MANIFEST) || name.equals(ResultFiles.TIMING)
                        || Files.exists(staging.resolve(name))) {
                    continue;
                }
                copy(p, staging.resolve(name));
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Removes staging folders a killed run left in a folder. */
    public static void clean(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (var s = Files.list(parent)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".partial-") || name.startsWith(".old-")) {
                    delete(p);
                }
            }
        }
    }

    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
