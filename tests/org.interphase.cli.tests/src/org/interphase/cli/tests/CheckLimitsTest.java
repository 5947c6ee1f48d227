package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: "A 5 MB file of 582,539 errors prints 83 MB and uses 1.45 GB; a folder named x.cell is
 * '0 files checked', exit 0". The output of check is capped with a count of what was left out.
 */
class CheckLimitsTest {

    /**
     * Issue 14: check's memory grew with the text (5 MB of errors took 1.45 GB), so a 50 MB file could
     * run out of memory. It is now a located error, without being read, well within a minute.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aHugeFileIsALocatedErrorNotAnOutOfMemory(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.cell");
        try (var w = Files.newBufferedWriter(file)) {
            String line = "protocol P { charge at C/5 until 4.2 V  discharge at C/5 until 3.0 V } protocol P { }\n";
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length()) {
                w.write(line);
            }
        }
        Runs.Output o = Runs.run("check", file.toString());
        assertEquals(1, o.code(), o.err());
        assertTrue(o.out().startsWith(file.getFileName() + ":1:1: error: the file is 50.0 MB; .cell files are read up to 2 MB")
                || o.out().contains("huge.cell:1:1: error: the file is 50.0 MB; .cell files are read up to 2 MB"), o.out());
        assertTrue(o.out().contains("1 file checked: 1 error, 0 warnings") || o.out().contains(": 1 error"), o.out());
        // a file just under the limit is read as before (here: its duplicate protocols are reported)
        Path small = dir.resolve("small.cell");
        Files.writeString(small, "protocol P { }\n".repeat(2));
        Runs.Output s = Runs.run("check", small.toString());
        assertTrue(s.out().contains("small.cell:2:"), s.out());
    }

    @Test
    void theOutputIsCappedWithACountOfWhatWasLeftOut(@TempDir Path dir) throws Exception {
        // 3,000 protocols of one name: 2,999 duplicate-name errors and 3,000 "no steps" warnings
        Path file = dir.resolve("many.cell");
        Files.writeString(file, "protocol P { }\n".repeat(3000));
        Runs.Output capped = Runs.run("check", file.toString());
        assertEquals(1, capped.code(), capped.err());
        String[] lines = capped.out().split("\n");
        // 1,000 problems, the line saying how many more, the summary
        assertEquals(1002, lines.length, capped.out().substring(0, 300));
        assertEquals("... 4999 more problems not shown (--max-problems 1000; 0 shows all)", lines[1000]);
        assertEquals("1 file checked: 2999 errors, 3000 warnings", lines[1001]);

        Runs.Output errorsOnly = Runs.run("check", "--no-warnings", "--max-problems", "10", file.toString());
        String[] e = errorsOnly.out().split("\n");
        assertEquals(12, e.length);
        assertEquals("... 2989 more problems not shown (--max-problems 10; 0 shows all)", e[10]);

        Runs.Output all = Runs.run("check", "--max-problems", "0", file.toString());
        assertEquals(6000, all.out().split("\n").length);
    }

    @Test
    void aFolderNamedLikeAFileIsAnErrorNotSuccess(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("x.cell"));
        Runs.Output out = Runs.run("check", folder.toString());
        assertEquals(1, out.code(), out.out());
        assertTrue(out.out().contains("error: is a folder, not a .cell file, and holds no .cell files"), out.out());
    }

    @Test
    void aNegativeCapIsRefused() {
        Runs.Output out = Runs.run("check", "--max-problems", "-1", "x.cell");
        assertEquals(1, out.code());
        assertTrue(out.err().contains("--max-problems must be 0 (all) or more, got -1"), out.err());
    }
}
