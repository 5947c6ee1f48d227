package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: "A 5 MB file of 582,539 errors prints 83 MB and uses 1.45 GB; a folder named x.cell is
 * '0 files checked', exit 0". The output of check is capped with a count of what was left out.
 */
class CheckLimitsTest {

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
