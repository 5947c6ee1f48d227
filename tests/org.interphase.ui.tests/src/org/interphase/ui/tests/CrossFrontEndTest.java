package org.interphase.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.interphase.cli.Interphase;
import org.interphase.ui.internal.run.StudyRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One execution path (issue 13): {@code interphase run} and the workbench's Run Study key the
 * result cache alike (product version, model, input files), so what one front-end wrote the other
 * serves from the cache, every file left byte for byte as it was, timing.json included. Both
 * directions, on a project whose study file is in a package folder beside the file of its cells.
 */
class CrossFrontEndTest {

    private static final String CELLS = """
            package lab.cells

            cell CoatedLco {
                area 1 cm2
                cathode LCO {
                    loading 1.5 mAh/cm2
                    coating LAGP { thickness 20 nm  coverage 95 %  method ball_milling }
                }
                electrolyte {
                    polymer PEO { end group hydroxyl }
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }

            cell BareLco {
                area 1 cm2
                cathode LCO { loading 1.5 mAh/cm2 }
                electrolyte {
                    polymer PEO { end group hydroxyl }
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }
            """;

    private static final String STUDY = """
            package lab.studies

            import lab.cells.*

            protocol ThreeCycles {
                temperature 60 °C
                repeat 3 {
                    charge at C/5 until 4.4 V
                    discharge at C/5 until 3.0 V
                }
            }

            study Cycled {
                cells CoatedLco, BareLco
                protocol ThreeCycles
                mechanisms all
                report capacity retention, resistance
            }
            """;

    @AfterEach
    void clean() throws Exception {
        Workbench.delete("cross");
    }

    private static IProject project() throws Exception {
        IProject p = Workbench.workspace().getRoot().getProject("cross");
        p.create(null);
        p.open(null);
        p.getFolder("cells").create(true, true, null);
        p.getFolder("studies").create(true, true, null);
        Workbench.write(p, "cells/cells.cell", CELLS);
        Workbench.write(p, "studies/study.cell", STUDY);
        Workbench.build();
        return p;
    }

    private static Path results(IProject p) {
        return p.getLocation().toFile().toPath().resolve("results");
    }

    /** interphase run of the project folder into its results/, as a user types it in the project. */
    private static String cli(IProject p) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path folder = p.getLocation().toFile().toPath();
        int code = Interphase.run(new String[] { "run", folder.toString(), "--out", results(p).toString() },
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, out + "\n" + err);
        return out.toString();
    }

    private static StudyRun workbench(IProject p) {
        StudyRun run = new StudyRun(p.getFile("studies/study.cell"), null);
        run.schedule();
        IStatus status = Workbench.join(run, 300);
        assertTrue(status.isOK(), status::toString);
        return run;
    }

    @Test
    void whatTheCommandLineWroteTheWorkbenchServesFromTheCache() throws Exception {
        IProject p = project();
        cli(p);
        Map<String, String> before = snapshot(results(p));
        assertTrue(before.containsKey("lab.studies.Cycled/CoatedLco/summary.json"), before::toString);
        StudyRun run = workbench(p);
        assertEquals(2, run.cached(), "both cells served from the command line's results");
        assertEquals(before, snapshot(results(p)), "every file as the command line wrote it");
    }

    @Test
    void whatTheWorkbenchWroteTheCommandLineServesFromTheCache() throws Exception {
        IProject p = project();
        assertEquals(0, workbench(p).cached());
        Map<String, String> before = snapshot(results(p));
        String out = cli(p);
        assertTrue(out.contains("2 of 2 cells served from the cache"), out);
        assertEquals(before, snapshot(results(p)), "every file as the workbench wrote it");
    }

    /** Every file below a folder with the SHA-256 of its bytes, timing.json included. */
    private static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return files;
    }
}
