package org.interphase.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.interphase.model.results.LibraryFile;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.RunResult;

/**
 * The result cache (docs/results.md): a cell's result folder is its own cache entry. Its
 * summary.json carries the key ({@code provenance.model_sha256}, a hash of the normalised model of
 * the run) and {@value #MANIFEST} the SHA-256 of every file of the folder, so a folder can be
 * served again, also after a teammate committed it to git and another one pulled it, when the key
 * is the same and every file is whole. Anything else (another key, a file missing, changed or cut
 * short, a folder that does not parse) is a miss: the cell runs again.
 */
public final class ResultCache {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The checksums of the folder's files, in the format of {@code sha256sum} ({@code sha256sum -c files.sha256}). */
    public static final String MANIFEST = "files.sha256";

    private ResultCache() {
    }

    /** Writes {@value #MANIFEST}: every file of the folder but timing.json and itself, sorted by name. */
    public static void writeManifest(Path folder) throws IOException {
        StringBuilder b = new StringBuilder();
        for (var e : hashes(folder).entrySet()) {
            b.append(e.getValue()).append("  ").append(e.getKey()).append('\n');
        }
        Files.writeString(folder.resolve(MANIFEST), b.toString(), StandardCharsets.UTF_8);
    }

    /**
     * The result in a folder when it was written for this key and is whole: every file {@value #MANIFEST}
     * lists is there with its hash (files a user added beside them do not count), and the files read back.
     * Empty otherwise, never an exception for a folder that is damaged.
     */
    public static Optional<RunResult> lookup(Path folder, String key) {
        if (key == null || !Files.isRegularFile(folder.resolve(MANIFEST))) {
            return Optional.empty();
        }
        try {
            Map<String, String> expected = new TreeMap<>();
            for (String line : Files.readAllLines(folder.resolve(MANIFEST), StandardCharsets.UTF_8)) {
                int gap = line.indexOf("  ");
                if (gap != 64) {
                    return Optional.empty();
                }
                expected.put(line.substring(66), line.substring(0, 64));
            }
            // every file the run wrote is there and whole; files a user added beside them are theirs
            Map<String, String> present = hashes(folder);
            for (var e : expected.entrySet()) {
                if (!e.getValue().equals(present.get(e.getKey()))) {
                    return Optional.empty();
                }
            }
            RunResult r = org.interphase.results.read.ResultReader.readRun(folder);
            if (r.getProvenance() == null || !key.equals(r.getProvenance().getModelSha256())) {
                return Optional.empty();
            }
            return Optional.of(r);
        } catch (IOException | org.interphase.results.read.MalformedResultException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Brings a cached folder's provenance up to date with the present input: the input files' hash
     * and the library files used change with edits that leave the cell's model alone (a comment,
     * another cell in the same file), which a fresh run would write into summary.json. Rewrites
     * summary.json and {@value #MANIFEST} (all or nothing, the other files as they were) when they
     * differ, so that the folder has the bytes a fresh run would give.
     *
     * @return the result with the new provenance
     */
    public static RunResult refresh(Path folder, RunResult cached, String inputSha256, List<LibraryFile> libraries)
            throws IOException {
        var p = cached.getProvenance();
        Comparator<LibraryFile> order = Comparator.comparing(LibraryFile::getPath).thenComparing(LibraryFile::getSha256);
        List<String> now = libraries.stream().sorted(order).map(l -> l.getPath() + " " + l.getSha256()).toList();
        List<String> before = p.getLibraryFiles().stream().sorted(order).map(l -> l.getPath() + " " + l.getSha256())
                .toList();
        if (Objects.equals(inputSha256, p.getInputSha256()) && now.equals(before)) {
            return cached;
        }
        p.setInputSha256(inputSha256);
        p.getLibraryFiles().clear();
        for (LibraryFile l : libraries) {
            LibraryFile copy = ResultsFactory.eINSTANCE.createLibraryFile();
            copy.setPath(l.getPath());
            copy.setSha256(l.getSha256());
            p.getLibraryFiles().add(copy);
        }
        AtomicFolder.write(folder, staging -> {
            try (Stream<Path> s = Files.list(folder)) {
                Set<String> written = listed(folder);
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    String name = f.getFileName().toString();
                    // the run's files; what a user added is carried by AtomicFolder, outside the manifest
                    if ((written.contains(name) || name.equals(ResultFiles.TIMING)) && !name.equals("summary.json")) {
                        Files.copy(f, staging.resolve(name));
                    }
                }
            }
            // the cell's stack is not part of the result record: keep the one the run wrote
            var summary = ResultFiles.summary(cached);
            var previous = JSON.readTree(folder.resolve("summary.json").toFile());
            if (previous != null && previous.has("stack")) {
                summary.set("stack", previous.get("stack"));
            }
            ResultFiles.writeJson(summary, staging.resolve("summary.json"));
            writeManifest(staging);
        });
        return cached;
    }

    /**
     * The checksums of a study folder as they are now: each cell's {@value #MANIFEST} (standing for
     * all of the cell's files), in the study's order, then the files of the study's report
     * ({@code report.html}, {@code report-*.png}), in {@code sha256sum} format. The report is drawn
     * from the cells' files alone, so when this equals the study's stored {@value #MANIFEST} the
     * report in the folder is the one a new drawing would give.
     */
    public static String studyManifest(Path studyFolder, List<String> cells) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String cell : cells) {
            Path m = studyFolder.resolve(cell).resolve(MANIFEST);
            String hash = Files.isRegularFile(m) ? sha256(Files.readAllBytes(m)) : "-".repeat(64);
            b.append(hash).append("  ").append(cell).append('/').append(MANIFEST).append('\n');
        }
        List<Path> report = new ArrayList<>();
        if (Files.isDirectory(studyFolder)) {
            try (Stream<Path> s = Files.list(studyFolder)) {
                s.filter(Files::isRegularFile).filter(f -> {
                    String name = f.getFileName().toString();
                    return name.equals("report.html") || (name.startsWith("report-") && name.endsWith(".png"));
                }).sorted().forEach(report::add);
            }
        }
        for (Path f : report) {
            b.append(sha256(Files.readAllBytes(f))).append("  ").append(f.getFileName()).append('\n');
        }
        return b.toString();
    }

    /** Whether the study's report is current: its stored {@value #MANIFEST} equals {@link #studyManifest}. */
    public static boolean reportCurrent(Path studyFolder, List<String> cells) {
        try {
            Path stored = studyFolder.resolve(MANIFEST);
            return Files.isRegularFile(stored) && Files.isRegularFile(studyFolder.resolve("report.html"))
                    && Files.readString(stored, StandardCharsets.UTF_8).equals(studyManifest(studyFolder, cells));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Stores the study's {@value #MANIFEST} after its report was drawn (replaced in one move). */
    public static void writeStudyManifest(Path studyFolder, List<String> cells) throws IOException {
        Path staging = studyFolder.resolve(".partial-" + MANIFEST + "-" + java.util.UUID.randomUUID());
        Files.writeString(staging, studyManifest(studyFolder, cells), StandardCharsets.UTF_8);
        Files.move(staging, studyFolder.resolve(MANIFEST), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The names {@value #MANIFEST} of a folder lists: the files a run wrote (empty without a manifest). */
    static Set<String> listed(Path folder) throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        Set<String> names = new java.util.TreeSet<>();
        if (Files.isRegularFile(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (line.length() > 66 && line.indexOf("  ") == 64) {
                    names.add(line.substring(66));
                }
            }
        }
        return names;
    }

    /** File name to SHA-256 of every regular file of a folder but timing.json and the manifest. */
    private static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (!name.equals(ResultFiles.TIMING) && !name.equals(MANIFEST)) {
                hashes.put(name, sha256(Files.readAllBytes(f)));
            }
        }
        return hashes;
    }

    /** SHA-256 of bytes, 64 lower-case hex digits. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
