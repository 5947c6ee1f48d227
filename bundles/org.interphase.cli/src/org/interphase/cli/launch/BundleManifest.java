package org.interphase.cli.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * What {@link FlatClassPath} needs of a bundle's manifest: its name and version, the bundles and
 * packages it requires (mandatory ones only), the packages it exports, the host of a fragment, and
 * whether its plugin.xml contributes mechanisms. Plain JDK code: it runs before any bundle is on a
 * class path.
 */
public record BundleManifest(Path location, String name, Version version, List<Requirement> requiredBundles,
        List<Requirement> importedPackages, Map<String, Version> exportedPackages, String fragmentHost,
        boolean contributesMechanisms, boolean signed) {

    /** A required bundle or imported package, with its version range. */
    public record Requirement(String name, VersionRange range) {
    }

    /** The extension point of the engine's mechanisms (MechanismRegistry.EXTENSION_POINT). */
    static final String MECHANISMS_POINT = "org.interphase.solver.mechanisms";

    /** The manifest of a bundle jar or folder, or null if it is not a bundle. */
    static BundleManifest read(Path location) throws IOException {
        Manifest manifest;
        String pluginXml = null;
        boolean signed = false;
        if (Files.isDirectory(location)) {
            Path mf = location.resolve("META-INF/MANIFEST.MF");
            if (!Files.isRegularFile(mf)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(mf)) {
                manifest = new Manifest(in);
            }
            Path xml = location.resolve("plugin.xml");
            if (Files.isRegularFile(xml)) {
                pluginXml = Files.readString(xml, StandardCharsets.UTF_8);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile(), false)) {
                manifest = jar.getManifest();
                ZipEntry xml = jar.getEntry("plugin.xml");
                if (xml != null) {
                    try (InputStream in = jar.getInputStream(xml)) {
                        pluginXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
                signed = jar.stream().anyMatch(e -> isSignatureFile(e.getName()));
            }
        }
        Attributes a = manifest == null ? null : manifest.getMainAttributes();
        String name = a == null ? null : a.getValue("Bundle-SymbolicName");
        if (name == null || name.isBlank()) {
            return null;
        }
        List<Requirement> bundles = new ArrayList<>();
        for (Header.Clause c : Header.parse(a.getValue("Require-Bundle"))) {
            if (!c.optional()) {
                bundles.add(new Requirement(c.name(), VersionRange.parse(c.attribute("bundle-version"))));
            }
        }
        List<Requirement> packages = new ArrayList<>();
        for (Header.Clause c : Header.parse(a.getValue("Import-Package"))) {
            if (!c.optional()) {
                packages.add(new Requirement(c.name(), VersionRange.parse(c.attribute("version"))));
            }
        }
        Map<String, Version> exports = new LinkedHashMap<>();
        for (Header.Clause c : Header.parse(a.getValue("Export-Package"))) {
            exports.put(c.name(), Version.parse(c.attribute("version")));
        }
        List<Header.Clause> host = Header.parse(a.getValue("Fragment-Host"));
        return new BundleManifest(location, Header.parse(name).get(0).name(), Version.parse(a.getValue("Bundle-Version")),
                List.copyOf(bundles), List.copyOf(packages), exports, host.isEmpty() ? null : host.get(0).name(),
                pluginXml != null && pluginXml.contains(MECHANISMS_POINT), signed);
    }

    /** A jar signature's files: a jar with them is verified as it is read, and no class-data archive holds its classes. */
    static boolean isSignatureFile(String entry) {
        String upper = entry.toUpperCase(java.util.Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
    }

    @Override
    public String toString() {
        return name + " " + version;
    }
}
