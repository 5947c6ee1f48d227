package org.interphase.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/** The product version, from this bundle's manifest. */
final class Version implements IVersionProvider {

    static String product() {
        Bundle bundle = FrameworkUtil.getBundle(Version.class);
        return bundle == null ? "development" : bundle.getVersion().toString();
    }

    @Override
    public String[] getVersion() {
        return new String[] { "Interphase Workbench " + product() };
    }
}
