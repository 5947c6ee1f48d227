package org.interphase.execution;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The product version, one definition for {@code interphase run}, {@code interphase --version} and
 * the workbench's Run Study: the newest version among the bundles that decide what a run writes,
 * the {@code org.interphase.*} bundles but the front-ends ({@code org.interphase.cli},
 * {@code org.interphase.ui*}), the editor support ({@code *.ide}) and the tests. The build takes
 * each bundle's qualifier from the last git commit that touched the bundle's folder (root pom,
 * tycho-buildtimestamp-jgit), so the newest one names the last commit that changed the engine, a
 * mechanism, the material library, the result files or the plots: the same for two builds of the
 * same commit and for the command line and the workbench of one build, whose front-end bundles
 * differ. It is {@code provenance.product_version} of summary.json and part of the result cache's key.
 */
public final class ProductVersion {

    /** Outside an OSGi framework, with no bundle jar of the product on the class path (plain unit tests). */
    public static final String DEVELOPMENT = "development";

    private ProductVersion() {
    }

    /** The product version of the running framework. */
    public static String current() {
        Bundle bundle = FrameworkUtil.getBundle(ProductVersion.class);
        if (bundle == null) {
            return onClassPath(ProductVersion.class.getClassLoader());
        }
        Version newest = bundle.getVersion();
        BundleContext context = bundle.getBundleContext();
        if (context == null) {
            // a bundle that nothing started (no activator, no lazy activation: this one, on the command
            // line's OSGi launch) has no context, and without one only its own version was seen: start
            // it for this framework's life, so that it sees the engine's and the mechanisms' bundles
            try {
                bundle.start(Bundle.START_TRANSIENT);
                context = bundle.getBundleContext();
            } catch (org.osgi.framework.BundleException | IllegalStateException | SecurityException e) {
                context = null;
            }
        }
        if (context != null) {
            for (Bundle b : context.getBundles()) {
                if (decidesResults(b.getSymbolicName()) && b.getVersion().compareTo(newest) > 0) {
                    newest = b.getVersion();
                }
            }
        }
        return newest.toString();
    }

    /**
     * The same outside a framework, from the manifests of the bundle jars on a class path (the
     * command line's flat launch puts the product's bundles there): the same answer as in the
     * framework of the same product, so that the result cache and summary.json do not depend on how
     * the command was started.
     */
    public static String onClassPath(ClassLoader loader) {
        Version newest = null;
        try {
            for (java.net.URL url : java.util.Collections.list(loader.getResources("META-INF/MANIFEST.MF"))) {
                java.util.jar.Attributes main;
                try (java.io.InputStream in = url.openStream()) {
                    main = new java.util.jar.Manifest(in).getMainAttributes();
                }
                String name = main.getValue("Bundle-SymbolicName");
                String version = main.getValue("Bundle-Version");
                if (name == null || version == null || !decidesResults(name.split(";", 2)[0].strip())) {
                    continue;
                }
                Version v = Version.parseVersion(version.strip());
                if (newest == null || v.compareTo(newest) > 0) {
                    newest = v;
                }
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            return DEVELOPMENT;
        }
        return newest == null ? DEVELOPMENT : newest.toString();
    }

    /** Whether a bundle's code or data can change what a run writes. */
    static boolean decidesResults(String name) {
        return name != null && name.startsWith("org.interphase.") && !name.endsWith(".tests") && !name.endsWith(".ide")
                && !name.equals("org.interphase.cli") && !name.equals("org.interphase.ui")
                && !name.startsWith("org.interphase.ui.");
    }
}
