package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 'interphase init [DIR]': a layout whose example checks clean and runs; never overwrites a file. */
class InitTest {

    @Test
    void writesALayoutWhoseExampleChecksAndRuns() throws Exception {
        Path dir = Files.createTempDirectory("interphase-init").resolve("project");
        Runs.Output init = Runs.run("init", dir.toString());
        assertEquals(0, init.code(), init.out() + init.err());
        for (String folder : List.of("cells", "protocols", "studies", "data", "results")) {
            assertTrue(Files.isDirectory(dir.resolve(folder)), folder);
        }
        for (String file : List.of(".gitignore", "cells/example-cell.cell", "protocols/example-protocol.cell", "studies/example-study.cell",
                "data/README.md", "results/README.md")) {
            assertTrue(Files.isRegularFile(dir.resolve(file)), file);
            assertTrue(init.out().contains("wrote " + dir.resolve(file)), init.out());
        }
        // results are committed; only what differs between runs and staging folders are ignored
        List<String> ignore = Files.readAllLines(dir.resolve(".gitignore"));
        assertFalse(ignore.contains("results/") || ignore.contains("results"), ".gitignore keeps results: " + ignore);
        assertTrue(ignore.containsAll(List.of("results/**/timing.json", "results/**/.partial-*", "target/")), ignore.toString());

        Runs.Output check = Runs.run("check", dir.toString());
        assertEquals(0, check.code(), check.out());
        assertEquals("3 files checked: 0 errors, 0 warnings\n", check.out().replace("\r", ""));

        Path out = dir.resolve("results");
        Runs.Output run = Runs.run("run", dir.toString(), "--out", out.toString(), "--threads", "1");
        assertEquals(0, run.code(), run.out() + run.err());
        String summary = Files.readString(out.resolve("lab.studies.Example/ExampleLco/summary.json"));
        assertTrue(summary.contains("\"status\" : \"completed\""), summary);
        assertEquals(20, (int) Runs.number(summary, "cycles_completed"), "the example protocol repeats 20 cycles");
    }

    @Test
    void refusesToOverwriteAndWritesNothing() throws Exception {
        Path dir = Files.createTempDirectory("interphase-init");
        Files.writeString(dir.resolve(".gitignore"), "mine\n");
        Runs.Output r = Runs.run("init", dir.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("interphase: " + dir.resolve(".gitignore") + ": exists"), r.err());
        assertTrue(r.err().contains("nothing was written"), r.err());
        assertEquals("mine\n", Files.readString(dir.resolve(".gitignore")), "the file is left alone");
        assertFalse(Files.exists(dir.resolve("cells")), "nothing written");

        // a second init over a complete project names every file it would overwrite
        Path fresh = Files.createTempDirectory("interphase-init");
        assertEquals(0, Runs.run("init", fresh.toString()).code());
        Files.writeString(fresh.resolve("cells/example-cell.cell"), "// edited\n");
        Runs.Output again = Runs.run("init", fresh.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains(fresh.resolve("cells/example-cell.cell") + ": exists"), again.err());
        assertTrue(again.err().contains(fresh.resolve("studies/example-study.cell") + ": exists"), again.err());
        assertEquals("// edited\n", Files.readString(fresh.resolve("cells/example-cell.cell")));
    }

    @Test
    void aPackageOptionNamesThePackages() throws Exception {
        Path dir = Files.createTempDirectory("interphase-init");
        assertEquals(0, Runs.run("init", "--package", "team.spe", dir.toString()).code());
        assertTrue(Files.readString(dir.resolve("studies/example-study.cell")).contains("import team.spe.cells.*"));
        assertEquals(0, Runs.run("check", dir.toString()).code());

        Runs.Output bad = Runs.run("init", "--package", "9lives", Files.createTempDirectory("interphase-init").toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("--package 9lives: not a package name"), bad.err());
    }
}
