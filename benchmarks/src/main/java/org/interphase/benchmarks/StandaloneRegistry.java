package org.interphase.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryStrategy;
import org.interphase.solver.registry.MechanismDescriptor;
import org.interphase.solver.registry.MechanismRegistry;

/**
 * The Equinox extension registry without OSGi, filled from the {@code plugin.xml} of every
 * {@code org.interphase.*} bundle jar on the class path (the solver's extension point and each
 * mechanism bundle's contributions) and installed as the default registry, so that
 * {@link MechanismRegistry#getDefault()} finds the mechanisms exactly as it does in the product.
 * Executable extensions are created by {@link RegistryStrategy}'s default, {@code Class.forName} on
 * the class path. Installed once per JVM (each JMH fork installs its own).
 */
public final class StandaloneRegistry {

    private static final String BUNDLE_PREFIX = "org.interphase.";

    private static List<String> contributors;

    private StandaloneRegistry() {
    }

    /**
     * Installs the registry (once) and returns the bundles that contributed.
     *
     * @throws IllegalStateException if no mechanism was found, so that a benchmark never measures
     *                               an engine without its mechanisms
     */
    public static synchronized List<String> install() {
        if (contributors != null) {
            return contributors;
        }
        Object token = new Object();
        IExtensionRegistry registry = RegistryFactory.createRegistry(new RegistryStrategy(null, null), token, token);
        List<String> found = new ArrayList<>();
        try {
            for (URL pluginXml : Collections.list(StandaloneRegistry.class.getClassLoader().getResources("plugin.xml"))) {
                String bundle = symbolicName(pluginXml);
                if (bundle == null || !bundle.startsWith(BUNDLE_PREFIX)) {
                    continue;
                }
                try (InputStream in = pluginXml.openStream()) {
                    if (!registry.addContribution(in, ContributorFactorySimple.createContributor(bundle), false,
                            pluginXml.toString(), null, token)) {
                        throw new IllegalStateException("the extension registry rejected " + pluginXml);
                    }
                }
                found.add(bundle);
            }
            RegistryFactory.setDefaultRegistryProvider(() -> registry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CoreException e) {
            throw new IllegalStateException("a default extension registry is already installed", e);
        }
        List<MechanismDescriptor> mechanisms = MechanismRegistry.getDefault().all();
        if (mechanisms.isEmpty() || mechanisms.stream().anyMatch(d -> d.mechanism().isEmpty())) {
            throw new IllegalStateException("mechanisms missing or not loadable: " + mechanisms + " from " + found);
        }
        contributors = List.copyOf(found);
        return contributors;
    }

    /** The Bundle-SymbolicName of the jar a plugin.xml lies in, or null if it is not in a bundle jar. */
    private static String symbolicName(URL pluginXml) throws IOException {
        String url = pluginXml.toString();
        if (!url.startsWith("jar:") || !url.endsWith("!/plugin.xml")) {
            return null;
        }
        URL manifest = new URL(url.substring(0, url.length() - "plugin.xml".length()) + "META-INF/MANIFEST.MF");
        try (InputStream in = manifest.openStream()) {
            String name = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
            return name == null ? null : name.split(";", 2)[0].strip();
        } catch (IOException e) {
            return null;
        }
    }
}
