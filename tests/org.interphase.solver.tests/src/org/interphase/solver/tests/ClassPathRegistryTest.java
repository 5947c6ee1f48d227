package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.interphase.solver.registry.ClassPathRegistry;
import org.interphase.solver.registry.MechanismRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extension registry of a flat class path (the command line's launch without OSGi, the
 * benchmarks): the plugin.xml of bundle jars and bundle folders is read under the bundle's
 * symbolic name; a plugin.xml outside a bundle, or with nothing of the engine's, is not.
 */
class ClassPathRegistryTest {

    private static final String POINT = "<?xml version=\"1.0\"?><plugin><extension-point id=\"mechanisms\" name=\"m\"/></plugin>";
    private static final String CONTRIBUTION = "<?xml version=\"1.0\"?><plugin><extension point=\"" + MechanismRegistry.EXTENSION_POINT
            + "\"><mechanism id=\"flat_leak\" name=\"Leak\" interface=\"cathode\" version=\"1.0.0\" class=\"org.example.Leak\"/>"
            + "</extension></plugin>";
    private static final String OTHER = "<?xml version=\"1.0\"?><plugin><extension point=\"org.eclipse.core.runtime.applications\"/></plugin>";

    @Test
    void readsThePluginXmlOfTheBundlesOnTheClassPath(@TempDir Path dir) throws IOException {
        Path solver = jar(dir.resolve("solver.jar"), "org.interphase.solver;singleton:=true", POINT);
        Path folder = Files.createDirectories(dir.resolve("org.example.leak_1.0.0/META-INF"));
        Files.writeString(folder.resolve("MANIFEST.MF"), "Manifest-Version: 1.0\nBundle-SymbolicName: org.example.leak\n\n");
        Files.writeString(folder.getParent().resolve("plugin.xml"), CONTRIBUTION);
        Path notABundle = jar(dir.resolve("plain.jar"), null, CONTRIBUTION);
        Path eclipse = jar(dir.resolve("eclipse.jar"), "org.eclipse.something", OTHER);
        URL[] path = Arrays.asList(solver, folder.getParent(), notABundle, eclipse).stream().map(ClassPathRegistryTest::url)
                .toArray(URL[]::new);
        List<String> contributors = new ArrayList<>();
        IExtensionRegistry registry;
        try (URLClassLoader loader = new URLClassLoader(path, ClassLoader.getPlatformClassLoader())) {
            registry = ClassPathRegistry.create(loader, contributors);
        }
        assertEquals(List.of("org.interphase.solver", "org.example.leak"), contributors);
        IConfigurationElement[] found = registry.getConfigurationElementsFor(MechanismRegistry.EXTENSION_POINT);
        assertEquals(1, found.length, "the plain jar's copy of the contribution is not read");
        assertEquals("flat_leak", found[0].getAttribute("id"));
        assertEquals("org.example.leak", found[0].getContributor().getName());
    }

    private static Path jar(Path file, String symbolicName, String pluginXml) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file))) {
            if (symbolicName != null) {
                out.putNextEntry(new JarEntry("META-INF/MANIFEST.MF"));
                write(out, "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: " + symbolicName + "\n\n");
            }
            out.putNextEntry(new JarEntry("plugin.xml"));
            write(out, pluginXml);
        }
        return file;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
