package org.interphase.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.interphase.execution.ProductVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The product version of the command line's flat launch: read from the bundle manifests on the
 * class path, by the rule the framework launch applies to its bundles (the newest
 * org.interphase.* bundle that decides results; the front-ends, editor support and tests do not).
 */
class ProductVersionOnClassPathTest {

    @Test
    void theNewestBundleThatDecidesResults(@TempDir Path dir) throws IOException {
        List<URL> path = new ArrayList<>();
        path.add(jar(dir, "org.interphase.solver;singleton:=true", "0.1.0.202612061957"));
        path.add(jar(dir, "org.interphase.model", "0.1.0.202612061921"));
        path.add(jar(dir, "org.interphase.cli;singleton:=true", "0.1.0.202612070000"));
        path.add(jar(dir, "org.interphase.ui.editor", "0.1.0.202612080000"));
        path.add(jar(dir, "org.interphase.dsl.ide", "0.1.0.202612090000"));
        path.add(jar(dir, "org.eclipse.emf.ecore", "2.43.0.v20260704-1256"));
        try (URLClassLoader loader = new URLClassLoader(path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            assertEquals("0.1.0.202612061957", ProductVersion.onClassPath(loader));
        }
        try (URLClassLoader none = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            assertEquals(ProductVersion.DEVELOPMENT, ProductVersion.onClassPath(none), "no bundle of the product");
        }
    }

    /**
     * In the framework (these tests run in one): no engine, material or mechanism bundle is newer than
     * the product version, although nothing starts org.interphase.execution. Before, an unstarted
     * execution bundle had no context and answered its own version, so the framework launch and the flat
     * launch of one product wrote different product versions (seen in .ci/run's byte comparison).
     */
    @Test
    void inTheFrameworkNoResultBundleIsNewerThanTheProductVersion() {
        Version product = Version.parseVersion(ProductVersion.current());
        Bundle self = FrameworkUtil.getBundle(getClass());
        int seen = 0;
        for (Bundle b : self.getBundleContext().getBundles()) {
            String name = b.getSymbolicName();
            if (name != null && (name.equals("org.interphase.solver") || name.equals("org.interphase.model")
                    || name.equals("org.interphase.materials") || name.equals("org.interphase.execution")
                    || name.startsWith("org.interphase.mechanisms.") && !name.endsWith(".tests"))) {
                seen++;
                assertTrue(b.getVersion().compareTo(product) <= 0, name + " " + b.getVersion() + " is newer than " + product);
            }
        }
        assertTrue(seen >= 4, "the engine's bundles are installed: " + seen);
    }

    private static URL jar(Path dir, String symbolicName, String version) throws IOException {
        Path jar = dir.resolve(symbolicName.split(";")[0] + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/MANIFEST.MF"));
            out.write(("Manifest-Version: 1.0\nBundle-SymbolicName: " + symbolicName + "\nBundle-Version: " + version
                    + "\n\n").getBytes(StandardCharsets.UTF_8));
        }
        return jar.toUri().toURL();
    }
}
