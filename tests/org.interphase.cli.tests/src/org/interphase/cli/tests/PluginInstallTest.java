package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The worked example plug-in (examples/sulfide-filler-plugin), built by the reactor, installed with
 * {@code interphase install} into a dropins folder of the running product, not built into it:
 * {@code check} then accepts its mechanism id, and {@code run} runs it: its id is in summary.json's
 * mechanisms and its reaction layer lowers the composite's conductivity. Then the same plug-in built
 * the way docs/extending.md says (javac and jar against the product's bundles) replaces it.
 */
class PluginInstallTest {

    /**
     * data/plugin/sulfide.cell: LCO | PEO-LiTFSI + 10 wt% LSPS | Li, 100 h at 60 °C and two cycles; with and
     * without the plug-in (docs/extending.md, step 6; plugin-smoke.sh runs the same file).
     */
    private static Path study() {
        return Path.of(System.getProperty("interphase.testdata")).resolve("plugin/sulfide.cell");
    }

    private static Path dropins;

    /** Where the product looks for installed plug-ins instead of its own dropins/ (Dropins.FOLDER_PROPERTY). */
    private static final String DROPINS_PROPERTY = "interphase.dropins";

    /** The example's bundle jar as the reactor built it. */
    static Path exampleJar() throws Exception {
        Path target = Path.of(System.getProperty("interphase.examples"))
                .resolve("sulfide-filler-plugin/org.example.sulfide/target");
        assertTrue(Files.isDirectory(target), "build examples/sulfide-filler-plugin first (the root reactor does): " + target);
        try (Stream<Path> s = Files.list(target)) {
            return s.filter(p -> p.getFileName().toString().matches("org\\.example\\.sulfide-[0-9.]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no org.example.sulfide jar in " + target));
        }
    }

    @Test
    void installedPluginRunsAndShowsInTheResults() throws Exception {
        Path project = Files.createTempDirectory("interphase-plugin");
        Path cellFile = project.resolve("sulfide.cell");
        Files.copy(study(), cellFile);
        dropins = project.resolve("dropins");
        System.setProperty(DROPINS_PROPERTY, dropins.toString());

        // before: the id is unknown to the cell language
        Runs.Output before = Runs.run("check", cellFile.toString());
        assertEquals(1, before.code(), before.out() + before.err());
        assertTrue((before.out() + before.err()).contains("lsps_peo_reaction"), before.out() + before.err());

        Runs.Output install = Runs.run("install", exampleJar().toString());
        assertEquals(0, install.code(), install.out() + install.err());
        assertTrue(install.out().contains("org.example.sulfide contributes the mechanisms lsps_peo_reaction"), install.out());
        try (Stream<Path> s = Files.list(dropins)) {
            assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("org.example.sulfide_")).count());
        }

        Runs.Output check = Runs.run("check", cellFile.toString());
        assertEquals(0, check.code(), check.out() + check.err());

        Path out = project.resolve("results");
        Runs.Output run = Runs.run("run", cellFile.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        String reacting = Files.readString(out.resolve("lab.sulfide.Reacting/Lsps/summary.json"));
        String fresh = Files.readString(out.resolve("lab.sulfide.Fresh/Lsps/summary.json"));
        assertTrue(reacting.matches("(?s).*\"mechanisms\" : \\[\\s*\"lsps_peo_reaction\"\\s*\\].*"), reacting);
        assertTrue(reacting.contains("\"lsps_peo_reaction.layer conductivity\""), "its parameters are in the provenance");
        double withLayer = Runs.number(reacting, "final_resistance_ohm_cm2");
        double without = Runs.number(fresh, "final_resistance_ohm_cm2");
        // after about 120 h at 60 °C about 20 nm of layer at 1e-9 S/cm sit on every 1 um particle: s/sigma =
        // 2 kohm cm2 against 1 / (sigma_p / a) ~ 5e-5 cm / 4e-3 S/cm = 0.01 ohm cm2 of the particle itself: the
        // particles turn from conductors into insulators (Maxwell-Garnett, domain brief), and the film's
        // resistance rises by (1 + 2 phi)/(1 - phi) * (1 + phi/2)/(1 - phi) - 1 ~ 25 % at phi ~ 5.5 vol%
        assertTrue(withLayer > 1.05 * without, "with the layer " + withLayer + " ohm cm2, without " + without + " ohm cm2");

        // docs/extending.md: the same plug-in built with plain javac and jar against the product's bundles;
        // installing it replaces the reactor's build (one copy in dropins, the old bundle leaves the framework)
        Path tutorialJar = buildLikeTheTutorial(project.resolve("tutorial"));
        Runs.Output again = Runs.run("install", tutorialJar.toString());
        assertEquals(0, again.code(), again.out() + again.err());
        assertTrue(again.out().contains("org.example.sulfide contributes the mechanisms lsps_peo_reaction"), again.out());
        try (Stream<Path> s = Files.list(dropins)) {
            assertEquals(1, s.filter(p -> !p.getFileName().toString().startsWith(".")).count());
        }
        Path out2 = project.resolve("results-tutorial");
        Runs.Output run2 = Runs.run("run", cellFile.toString(), "--out", out2.toString());
        assertEquals(0, run2.code(), run2.out() + run2.err());
        // the same code gives the same number, whoever built it
        assertEquals(withLayer, Runs.number(Files.readString(out2.resolve("lab.sulfide.Reacting/Lsps/summary.json")),
                "final_resistance_ohm_cm2"), 1e-9);
    }

    /** Step 3 of docs/extending.md: javac against the product's engine and model bundles, then a jar. */
    static Path buildLikeTheTutorial(Path work) throws Exception {
        Path example = Path.of(System.getProperty("interphase.examples")).resolve("sulfide-filler-plugin/org.example.sulfide");
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> classpath = new ArrayList<>();
        for (String name : List.of("org.interphase.solver", "org.interphase.model", "org.eclipse.emf.ecore",
                "org.eclipse.emf.common")) {
            Bundle b = Platform.getBundle(name);
            assertNotNull(b, name);
            classpath.add(FileLocator.getBundleFileLocation(b).orElseThrow().toString());
        }
        List<String> args = new ArrayList<>(List.of("--release", "21", "-proc:none", "-d", classes.toString(), "-cp",
                String.join(File.pathSeparator, classpath)));
        try (Stream<Path> s = Files.walk(example.resolve("src"))) {
            s.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK, not a JRE");
        java.io.StringWriter log = new java.io.StringWriter();
        int rc = javac.run(null, null, new java.io.PrintStream(new java.io.ByteArrayOutputStream()) {
            @Override
            public void write(byte[] b, int off, int len) {
                log.write(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
            }
        }, args.toArray(String[]::new));
        assertEquals(0, rc, "javac: " + log);
        Manifest manifest;
        try (InputStream in = Files.newInputStream(example.resolve("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        Path jar = work.resolve("org.example.sulfide.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("plugin.xml"));
            Files.copy(example.resolve("plugin.xml"), out);
            out.closeEntry();
            try (Stream<Path> s = Files.walk(classes)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace(File.separatorChar, '/')));
                    Files.copy(p, out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    @Test
    void somethingThatIsNotABundleIsRefusedWithItsPlace() throws Exception {
        Path project = Files.createTempDirectory("interphase-plugin-bad");
        System.setProperty(DROPINS_PROPERTY, project.resolve("dropins").toString());
        Path notABundle = Files.writeString(project.resolve("notes.jar"), "not a jar");
        Runs.Output r = Runs.run("install", notABundle.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(notABundle + ":1:1: error: not an OSGi bundle"), r.err());
        assertFalse(Files.exists(project.resolve("dropins")), "nothing installed");
    }

    /** Leave the test runtime as it was: the plug-in's bundle goes again. */
    @AfterAll
    static void uninstall() throws Exception {
        System.clearProperty(DROPINS_PROPERTY);
        Bundle self = FrameworkUtil.getBundle(PluginInstallTest.class);
        for (Bundle b : self.getBundleContext().getBundles()) {
            if ("org.example.sulfide".equals(b.getSymbolicName())) {
                b.uninstall();
            }
        }
    }
}
