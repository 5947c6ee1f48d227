package org.interphase.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.interphase.materials.MaterialLibrary;

/**
 * The built-in material library as files an editor can open: the library's {@code .cell} files,
 * copied once into a folder of the user's cache named by their content hash and left read-only.
 * The language server indexes this folder like a {@code --lib} folder, so "go to definition" on a
 * library material opens the file it is declared in.
 */
public final class BuiltInLibrary {

    private static Path folder;

    private BuiltInLibrary() {
    }

    /** The folder holding the library files (created on first use). */
    public static synchronized Path folder() {
        if (folder == null || !Files.isDirectory(folder)) {
            try {
                folder = extract(cacheRoot());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy the material library to the cache", e);
            }
        }
        return folder;
    }

    /** Whether a file is one of the library's copies in the cache (read-only). */
    public static boolean isLibrary(org.eclipse.emf.common.util.URI uri) {
        return libraryFile(uri) != null;
    }

    /** The library file (e.g. library/cathodes.cell) a copy in the cache is of, or null. */
    public static String libraryFile(org.eclipse.emf.common.util.URI uri) {
        if (!uri.isFile()) {
            return null;
        }
        Path p = Path.of(uri.toFileString()).toAbsolutePath().normalize();
        if (!folder().toAbsolutePath().normalize().equals(p.getParent())) {
            return null;
        }
        String name = p.getFileName().toString();
        return MaterialLibrary.FILES.stream().filter(f -> Path.of(f).getFileName().toString().equals(name)).findFirst()
                .orElse(null);
    }

    private static Path cacheRoot() {
        String configured = System.getProperty("interphase.cache");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("interphase");
    }

    /** Copies the library below {@code root} into a folder named by the files' hash; returns it. */
    static Path extract(Path root) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String file : MaterialLibrary.FILES) {
            try (InputStream in = MaterialLibrary.url(file).openStream()) {
                byte[] bytes = in.readAllBytes();
                files.put(Path.of(file).getFileName().toString(), bytes);
                digest.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(bytes);
            }
        }
        Path target = root.resolve("library-" + HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        if (Files.isDirectory(target)) {
            return target;
        }
        Files.createDirectories(root);
        // written beside the target and moved into place, so that a second server never sees half of it
        Path tmp = Files.createTempDirectory(root, "library-");
        for (var e : files.entrySet()) {
            Path f = tmp.resolve(e.getKey());
            Files.write(f, e.getValue());
            f.toFile().setWritable(false, false);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(target)) {
                throw e;
            }
            // another server was faster: keep its copy
        }
        return target;
    }
}
