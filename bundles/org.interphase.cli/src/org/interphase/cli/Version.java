package org.interphase.cli;

import org.interphase.execution.ProductVersion;

import picocli.CommandLine.IVersionProvider;

/** {@code interphase --version}: the product version, as recorded in results ({@link ProductVersion}). */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] { "Interphase Workbench " + ProductVersion.current() };
    }
}
