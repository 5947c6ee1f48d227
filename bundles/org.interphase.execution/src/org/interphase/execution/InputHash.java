package org.interphase.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * {@code provenance.input_sha256} of a result: the SHA-256 over the bytes of the project's
 * {@code .cell} files whose declarations the run uses (the study's file, the cell's, the
 * protocol's and the materials'), in path order. Library files ({@code --lib}) are left out; they
 * are listed one by one in {@code provenance.library_files}. The built-in library is part of the
 * product and covered by {@code product_version}. It depends on what the run read, not on how it
 * was started: {@code interphase run FILE}, {@code interphase run FOLDER} and the workbench's Run
 * Study record the same hash for the same cell.
 */
final class InputHash {

    private final Map<Path, Path> libraryRoots;
    private final Map<List<Path>, String> hashes = new ConcurrentHashMap<>();

    /** @param libraryRoots the files of the library folders (left out) */
    InputHash(Map<Path, Path> libraryRoots) {
        this.libraryRoots = libraryRoots;
    }

    /** The hash of the files of these resources. */
    String of(Collection<Resource> resources) throws IOException {
        List<Path> files = resources.stream().filter(r -> r.getURI() != null && r.getURI().isFile())
                .map(r -> Path.of(r.getURI().toFileString()).toAbsolutePath().normalize())
                .filter(p -> !libraryRoots.containsKey(p)).distinct().sorted().toList();
        try {
            return hashes.computeIfAbsent(files, InputHash::sha256);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String sha256(List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path p : files) {
                digest.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
