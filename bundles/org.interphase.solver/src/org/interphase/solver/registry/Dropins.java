package org.interphase.solver.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Plug-in bundles installed into a built product without rebuilding it: {@code interphase install}
 * copies a bundle (a jar, or a folder with {@code META-INF/MANIFEST.MF}) into the product's
 * {@code dropins/} folder, and {@code install} (and the workbench, at start-up, and any command
 * started in the framework) installs and resolves what is there into the running framework with
 * {@link #load}, so that the extension registry sees its mechanisms before anything reads them. The
 * other commands start without the framework: their class path ends with the plug-ins of the folder
 * ({@code org.interphase.cli.launch.FlatClassPath}) and {@link ClassPathRegistry} reads their plugin.xml. The folder is {@code <product>/dropins}, or the system
 * property {@value #FOLDER_PROPERTY}.
 */
public final class Dropins {

    /** System property naming another dropins folder (tests, several plug-in sets side by side). */
    public static final String FOLDER_PROPERTY = "interphase.dropins";

    private Dropins() {
    }

    /** The dropins folder of this product, or null when neither the property nor the install area say. */
    public static Path folder() {
        String explicit = System.getProperty(FOLDER_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        String area = System.getProperty("osgi.install.area");
        if (area == null) {
            return null;
        }
        try {
            return Path.of(area.startsWith("file:") ? URI.create(area.replace(" ", "%20")) : Path.of(area).toUri())
                    .resolve("dropins");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A bundle's symbolic name (without directives) and version, from its manifest. */
    public record Identity(String symbolicName, String version) {
        @Override
        public String toString() {
            return symbolicName + " " + version;
        }
    }

    /**
     * @param bundle a jar or a folder
     * @return its identity, or null if it is not an OSGi bundle (no manifest or no Bundle-SymbolicName)
     */
    public static Identity identity(Path bundle) throws IOException {
        Manifest manifest;
        if (Files.isDirectory(bundle)) {
            Path mf = bundle.resolve("META-INF/MANIFEST.MF");
            if (!Files.isRegularFile(mf)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(mf)) {
                manifest = new Manifest(in);
            }
        } else {
            try (JarFile jar = new JarFile(bundle.toFile())) {
                manifest = jar.getManifest();
            }
            if (manifest == null) {
                return null;
            }
        }
        Attributes a = manifest.getMainAttributes();
        String name = a.getValue("Bundle-SymbolicName");
        if (name == null || name.isBlank()) {
            return null;
        }
        String version = a.getValue("Bundle-Version");
        return new Identity(name.split(";")[0].strip(), version == null ? "0.0.0" : version.strip());
    }

    /** The bundles in a dropins folder: jars and folders with a manifest, sorted by name. */
    public static List<Path> bundlesIn(Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> p.getFileName().toString().endsWith(".jar")
                            || Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF")))
                    .sorted().toList();
        }
    }

    /**
     * Installs (if not yet installed) and resolves the bundles of a dropins folder in the running
     * framework; the extension registry adds their contributions as they resolve.
     *
     * @return one line per bundle that could not be installed or resolved (empty if all went well)
     */
    public static List<String> load(Path folder) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> bundles = bundlesIn(folder);
        if (folder == null) {
            return problems;
        }
        Bundle self = FrameworkUtil.getBundle(Dropins.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context == null) {
            problems.add("plug-ins in " + folder + " are not loaded: not running in OSGi");
            return problems;
        }
        // a bundle deleted from the folder (uninstalled, or replaced by another version) leaves the framework
        String prefix = "reference:" + folder.toUri();
        List<String> present = bundles.stream().map(p -> "reference:" + p.toUri()).toList();
        List<Bundle> removed = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getLocation().startsWith(prefix) && !present.contains(b.getLocation())) {
                try {
                    b.uninstall();
                    removed.add(b);
                } catch (BundleException e) {
                    problems.add(b.getSymbolicName() + " cannot be uninstalled: " + e.getMessage());
                }
            }
        }
        if (!removed.isEmpty()) {
            java.util.concurrent.CountDownLatch refreshed = new java.util.concurrent.CountDownLatch(1);
            context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(removed, e -> refreshed.countDown());
            try {
                refreshed.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<Bundle> installed = new ArrayList<>();
        for (Path p : bundles) {
            String location = "reference:" + p.toUri();
            try {
                Bundle b = context.getBundle(location);
                installed.add(b != null ? b : context.installBundle(location));
            } catch (BundleException | RuntimeException e) {
                problems.add(p.getFileName() + ": cannot be installed: " + e.getMessage());
            }
        }
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        wiring.resolveBundles(installed);
        // the extension registry has added their contributions on resolution; read them again now
        MechanismRegistry.reset();
        for (Bundle b : installed) {
            if ((b.getState() & (Bundle.INSTALLED | Bundle.UNINSTALLED)) != 0) {
                problems.add(b.getSymbolicName() + " " + b.getVersion() + " does not resolve (a bundle or package it"
                        + " needs is missing from this product, e.g. a newer API version): " + b.getLocation());
            }
        }
        return problems;
    }
}
