package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

import org.interphase.cli.launch.BundleManifest;
import org.interphase.cli.launch.FlatClassPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class path of the command line's launch without OSGi, worked out from bundle manifests the
 * way the framework wires bundles (OSGi Core, chapter 3, "Module Layer"): mandatory Require-Bundle
 * and Import-Package, the newest version inside a version range, fragments with their host; the
 * plug-ins of dropins/ after the product's bundles, one that does not resolve left out and named.
 */
class FlatClassPathTest {

    @Test
    void theBundlesTheCommandLineAndTheMechanismsNeedAndNoOthers(@TempDir Path dir) throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path dropins = Files.createDirectories(dir.resolve("dropins"));
        bundle(plugins, "org.interphase.cli", "1.0.0", "Require-Bundle: a.lib;bundle-version=\"[1.0.0,2.0.0)\",\n"
                + " opt.lib;resolution:=optional\nImport-Package: p.one;version=\"[1.0,2.0)\",javax.xml.parsers\n", null);
        bundle(plugins, "a.lib", "1.0.0", "", null);
        bundle(plugins, "a.lib", "1.5.0", "", null);
        bundle(plugins, "a.lib", "2.0.0", "", null);
        bundle(plugins, "opt.lib", "1.0.0", "", null);
        bundle(plugins, "exp.one", "1.0.0", "Export-Package: p.one;version=\"1.2.0\",p.two\n", null);
        bundle(plugins, "mech", "1.0.0", "Require-Bundle: a.lib\n",
                "<plugin><extension point=\"org.interphase.solver.mechanisms\"/></plugin>");
        bundle(plugins, "ui.thing", "1.0.0", "Require-Bundle: org.interphase.cli\n", null);
        bundle(plugins, "frag", "1.0.0", "Fragment-Host: exp.one\n", null);
        bundle(plugins, "extra.lib", "1.0.0", "", null);
        bundle(dropins, "good.plugin", "1.0.0", "Require-Bundle: org.interphase.cli,extra.lib\n", null);
        bundle(dropins, "bad.plugin", "1.0.0", "Require-Bundle: a.lib;bundle-version=\"[3.0.0,4.0.0)\"\n", null);

        FlatClassPath.Result r = FlatClassPath.resolve(plugins, dropins);

        List<String> names = r.bundles().stream().map(Object::toString).toList();
        // the product's bundles first, sorted, then what the plug-ins add: an AOT cache made for the
        // first part stays valid when plug-ins are installed (the JVM accepts a longer class path)
        assertEquals(List.of("a.lib 1.5.0", "exp.one 1.0.0", "frag 1.0.0", "mech 1.0.0", "org.interphase.cli 1.0.0",
                "extra.lib 1.0.0", "good.plugin 1.0.0"), names);
        assertEquals(1, r.skipped().size(), r.skipped().toString());
        assertTrue(r.skipped().get(0).startsWith("bad.plugin 1.0.0 does not resolve"), r.skipped().get(0));
        assertTrue(r.skipped().get(0).contains("bundle a.lib [3.0.0,4.0.0)"), r.skipped().get(0));
    }

    @Test
    void aSignedJarIsCopiedWithoutItsSignature(@TempDir Path dir) throws IOException {
        Path product = Files.createDirectories(dir.resolve("product"));
        Path plugins = Files.createDirectories(product.resolve("plugins"));
        Path signed = bundle(plugins, "org.interphase.cli", "1.0.0", "", null);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(signed))) {
            out.putNextEntry(new JarEntry("META-INF/MANIFEST.MF"));
            out.write(manifest("org.interphase.cli", "1.0.0", "").getBytes(StandardCharsets.UTF_8));
            for (String e : List.of("META-INF/ECLIPSE_.SF", "META-INF/ECLIPSE_.RSA", "org/x/A.class")) {
                out.putNextEntry(new JarEntry(e));
                out.write(e.getBytes(StandardCharsets.UTF_8));
            }
        }
        Path out = dir.resolve("flat");
        FlatClassPath.main(new String[] { product.toString(), out.toString() });

        String classPath = Files.readString(out.resolve("classpath")).strip();
        Path copy = Path.of(classPath);
        assertEquals(out.resolve("jars").resolve(signed.getFileName()), copy);
        try (JarFile jar = new JarFile(copy.toFile())) {
            assertFalse(jar.stream().anyMatch(e -> e.getName().endsWith(".SF") || e.getName().endsWith(".RSA")));
            assertTrue(jar.getEntry("org/x/A.class") != null);
            assertEquals("org.interphase.cli;singleton:=true", jar.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"),
                    "the manifest is kept");
        }
        assertEquals("", Files.readString(out.resolve("skipped")));
    }

    /**
     * The one reader of a bundle's manifest, used by the flat launch and by {@code interphase install}:
     * a jar and a folder with the same manifest read alike, the symbolic name without its directives
     * (OSGi Core, chapter 3: "Bundle-SymbolicName: name;singleton:=true"); something without a
     * Bundle-SymbolicName is not a bundle (OSGi Core, chapter 3: the header is required).
     */
    @Test
    void aBundleReadsAlikeFromAJarAndAFolder(@TempDir Path dir) throws IOException {
        Path jar = bundle(dir, "org.example.sulfide", "1.0.0.qualifier", "Require-Bundle: org.interphase.solver\n",
                "<plugin><extension point=\"org.interphase.solver.mechanisms\"/></plugin>");
        Path folder = Files.createDirectories(dir.resolve("folder/META-INF"));
        Files.writeString(folder.resolve("MANIFEST.MF"),
                manifest("org.example.sulfide", "1.0.0.qualifier", "Require-Bundle: org.interphase.solver\n"));
        Files.writeString(dir.resolve("folder/plugin.xml"), "<plugin><extension point=\"org.interphase.solver.mechanisms\"/></plugin>");

        BundleManifest fromJar = BundleManifest.read(jar);
        BundleManifest fromFolder = BundleManifest.read(dir.resolve("folder"));
        for (BundleManifest m : List.of(fromJar, fromFolder)) {
            assertEquals("org.example.sulfide 1.0.0.qualifier", m.toString());
            assertEquals(List.of("org.interphase.solver"), m.requiredBundles().stream().map(BundleManifest.Requirement::name).toList());
            assertTrue(m.contributesMechanisms());
        }

        Path notABundle = Files.createDirectories(dir.resolve("plain/META-INF"));
        Files.writeString(notABundle.resolve("MANIFEST.MF"), "Manifest-Version: 1.0\n");
        assertNull(BundleManifest.read(dir.resolve("plain")));
        assertNull(BundleManifest.read(Files.createDirectories(dir.resolve("empty"))));
    }

    private static Path bundle(Path folder, String name, String version, String headers, String pluginXml)
            throws IOException {
        Path jar = folder.resolve(name + "_" + version + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/MANIFEST.MF"));
            out.write(manifest(name, version, headers).getBytes(StandardCharsets.UTF_8));
            if (pluginXml != null) {
                out.putNextEntry(new JarEntry("plugin.xml"));
                out.write(pluginXml.getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    private static String manifest(String name, String version, String headers) {
        return "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: " + name
                + ";singleton:=true\nBundle-Version: " + version + "\n" + headers + "\n";
    }
}
