package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults on the writing side (issue 14, item 4): two runs into one output folder at the same time
 * both finish and leave whole folders (they once removed each other's staging folders and exited
 * with "internal error"), and an output folder that cannot be written is one located line, exit 1,
 * not a Java exception.
 */
class WriteFaultsTest {

    private static final String PROJECT = """
            package lab.faults

            cell Lco {
                area 1 cm2
                cathode LCO { loading 1.5 mAh/cm2 }
                electrolyte {
                    polymer PEO { end group hydroxyl }
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }

            protocol TwoCycles {
                temperature 60 °C
                repeat 2 {
                    charge at C/5 until 4.2 V
                    discharge at C/5 until 3.0 V
                }
            }

            study Cycled {
                cells Lco
                protocol TwoCycles
                mechanisms all
            }
            """;

    @Test
    void twoRunsIntoOneFolderAtOnceBothFinishWithWholeFolders(@TempDir Path base) throws Exception {
        Path project = Files.createDirectories(base.resolve("p"));
        Files.writeString(project.resolve("cells.cell"), PROJECT);
        Path out = base.resolve("results");
        // the language set up once before the two runs start together
        assertEquals(0, Runs.run("check", project.toString()).code());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Runs.Output>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> Runs.run("run", project.toString(), "--out", out.toString(), "--force")));
            }
            for (Future<Runs.Output> f : runs) {
                Runs.Output r = f.get();
                assertEquals(0, r.code(), r.out() + r.err());
                assertFalse(r.err().contains("Exception"), r.err());
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> s = Files.walk(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".partial-")
                    || p.getFileName().toString().startsWith(".old-")), "no staging folder left");
        }
        // the folder verifies against its files.sha256: the next run serves it
        Runs.Output again = Runs.run("run", project.toString(), "--out", out.toString());
        assertTrue(again.out().contains("1 of 1 cell served from the cache"), again.out());
    }

    @Test
    void anOutputThatIsAFileIsOneLocatedLine(@TempDir Path base) throws Exception {
        Path project = Files.createDirectories(base.resolve("p"));
        Files.writeString(project.resolve("cells.cell"), PROJECT);
        Path out = Files.writeString(base.resolve("results"), "not a folder\n");
        Runs.Output r = Runs.run("run", project.toString(), "--out", out.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("interphase: " + out.toAbsolutePath().normalize() + ": "), err);
        assertFalse(err.contains("Exception"), err);
        assertEquals("not a folder\n", Files.readString(out), "the file is left as it was");
    }
}
