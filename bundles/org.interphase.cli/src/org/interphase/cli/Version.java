package org.interphase.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/**
 * The product version: the newest version among the product's own bundles ({@code org.interphase.*}).
 * The build takes each bundle's qualifier from the last git commit that touched the bundle's folder
 * (root pom, tycho-buildtimestamp-jgit), so the newest one names the last commit that changed any
 * part of the product: the same for two builds of the same commit, different after a change to the
 * engine, a mechanism, the material library or the CLI. It is {@code provenance.product_version} of
 * summary.json and part of the result cache's key.
 */
final class Version implements IVersionProvider {

    static String product() {
        Bundle bundle = FrameworkUtil.getBundle(Version.class);
        if (bundle == null) {
            return "development";
        }
        org.osgi.framework.Version newest = bundle.getVersion();
        BundleContext context = bundle.getBundleContext();
        if (context != null) {
            for (Bundle b : context.getBundles()) {
                String name = b.getSymbolicName();
                if (name != null && name.startsWith("org.interphase.") && !name.endsWith(".tests")
                        && b.getVersion().compareTo(newest) > 0) {
                    newest = b.getVersion();
                }
            }
        }
        return newest.toString();
    }

    @Override
    public String[] getVersion() {
        return new String[] { "Interphase Workbench " + product() };
    }
}
