package org.interphase.solver.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryStrategy;

/**
 * The Equinox extension registry without OSGi: filled from the {@code plugin.xml} of every bundle
 * (a jar or a folder with {@code META-INF/MANIFEST.MF}) on a class path, so that
 * {@link MechanismRegistry#getDefault()} finds the mechanisms, those of the product's bundles and
 * those of plug-ins installed into it, exactly as it does in an OSGi framework. The command line's
 * flat class-path launch ({@code org.interphase.cli.FlatLaunch}) and the JMH benchmarks use it.
 * Only the plugin.xml of the {@value #NAMESPACE}* bundles and of bundles whose plugin.xml names
 * {@value #NAMESPACE} are read (the solver's extension point and the contributions to it, a
 * third-party plug-in's among them): the Eclipse bundles' own extensions have no reader outside OSGi. Executable
 * extensions are created by {@link RegistryStrategy}'s default, {@code Class.forName} through the
 * class loader that loaded the registry, which on a flat class path is the one of every bundle.
 */
public final class ClassPathRegistry {

    /** A plugin.xml that does not mention it has nothing the engine reads. */
    static final String NAMESPACE = "org.interphase.";

    private ClassPathRegistry() {
    }

    /**
     * A registry of the {@code plugin.xml} files that a class loader finds.
     *
     * @param contributors receives the symbolic name of each bundle that contributed
     */
    public static IExtensionRegistry create(ClassLoader loader, List<String> contributors) {
        Object token = new Object();
        IExtensionRegistry registry = RegistryFactory.createRegistry(new RegistryStrategy(null, null), token, token);
        try {
            for (URL pluginXml : Collections.list(loader.getResources("plugin.xml"))) {
                byte[] xml;
                try (InputStream in = pluginXml.openStream()) {
                    xml = in.readAllBytes();
                }
                String bundle = symbolicName(pluginXml);
                if (bundle == null || !bundle.startsWith(NAMESPACE)
                        && !new String(xml, StandardCharsets.UTF_8).contains(NAMESPACE)) {
                    continue;
                }
                if (!registry.addContribution(new java.io.ByteArrayInputStream(xml),
                        ContributorFactorySimple.createContributor(bundle), false, pluginXml.toString(), null, token)) {
                    throw new IllegalStateException("the extension registry rejected " + pluginXml);
                }
                contributors.add(bundle);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return registry;
    }

    /**
     * Installs the registry of the class path this class was loaded from as the default registry, so
     * that {@link MechanismRegistry#getDefault()} reads it. The registry is made when it is first
     * asked for: a command that reads no mechanism (help, a diff) does not read the plugin.xml files.
     *
     * @throws IllegalStateException if another default registry is installed (an OSGi framework)
     */
    public static void install() {
        IExtensionRegistry[] registry = new IExtensionRegistry[1];
        try {
            RegistryFactory.setDefaultRegistryProvider(() -> {
                synchronized (registry) {
                    if (registry[0] == null) {
                        registry[0] = create(ClassPathRegistry.class.getClassLoader(), new ArrayList<>());
                    }
                    return registry[0];
                }
            });
        } catch (CoreException e) {
            throw new IllegalStateException("a default extension registry is already installed", e);
        }
        MechanismRegistry.reset();
    }

    /**
     * The Bundle-SymbolicName of the bundle a plugin.xml lies in (a jar, {@code jar:...!/plugin.xml},
     * or a folder, {@code file:.../plugin.xml}), or null if it lies in no bundle.
     */
    static String symbolicName(URL pluginXml) {
        String url = pluginXml.toString();
        if (!url.endsWith("plugin.xml") || !(url.startsWith("jar:") && url.endsWith("!/plugin.xml") || url.startsWith("file:"))) {
            return null;
        }
        try (InputStream in = URI.create(url.substring(0, url.length() - "plugin.xml".length()) + "META-INF/MANIFEST.MF")
                .toURL().openStream()) {
            String name = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
            return name == null ? null : name.split(";", 2)[0].strip();
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
