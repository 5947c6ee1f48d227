package org.interphase.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.interphase.results.AtomicFile;
import org.interphase.results.TaskFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The all-or-nothing file write the commands use for -o/--out, and the rethrowing of a run task's
 * failure: what each promises to its callers.
 */
class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheFileAndLeavesNothingBeside() throws IOException {
        Path file = dir.resolve("out.json");
        AtomicFile.writeString(file, "first\n");
        AtomicFile.writeString(file, "second\n");
        assertEquals("second\n", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(file), listing());
    }

    /** A writer that fails half-way leaves the old file whole and no staging file (a write in place would truncate it). */
    @Test
    void aFailedWriteLeavesTheOldFile() throws IOException {
        Path file = dir.resolve("lco-bpx.cell");
        AtomicFile.writeString(file, "material A {}\n");
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(file, f -> {
            Files.writeString(f, "half a fi", StandardCharsets.UTF_8);
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("material A {}\n", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(file), listing());
    }

    /** The task's IOException is thrown, its RuntimeException returned as it was, anything else wrapped. */
    @Test
    void taskFailuresComeBackAsThrown() throws IOException {
        IOException io = new IOException("results/x: cannot be written");
        assertSame(io, assertThrows(IOException.class, () -> TaskFailures.rethrow(new ExecutionException(io))));
        IllegalArgumentException bad = new IllegalArgumentException("bad");
        assertSame(bad, TaskFailures.rethrow(new ExecutionException(bad)));
        Exception checked = new Exception("other");
        RuntimeException wrapped = TaskFailures.rethrow(new ExecutionException(checked));
        assertEquals(IllegalStateException.class, wrapped.getClass());
        assertSame(checked, wrapped.getCause());
    }

    private List<Path> listing() throws IOException {
        try (var s = Files.list(dir)) {
            return s.toList();
        }
    }
}
