package org.interphase.benchmarks;

import java.util.List;

import org.interphase.solver.registry.ClassPathRegistry;
import org.interphase.solver.registry.MechanismDescriptor;
import org.interphase.solver.registry.MechanismRegistry;

/**
 * The extension registry of the benchmarks' class path ({@link ClassPathRegistry}, the same one the
 * command line's flat launch uses), installed once per JVM (each JMH fork installs its own), and
 * checked: a benchmark never measures an engine without its mechanisms.
 */
public final class StandaloneRegistry {

    private static List<MechanismDescriptor> mechanisms;

    private StandaloneRegistry() {
    }

    /**
     * Installs the registry (once) and returns the mechanisms it has.
     *
     * @throws IllegalStateException if no mechanism was found or one cannot be loaded
     */
    public static synchronized List<MechanismDescriptor> install() {
        if (mechanisms != null) {
            return mechanisms;
        }
        ClassPathRegistry.install();
        List<MechanismDescriptor> found = MechanismRegistry.getDefault().all();
        if (found.isEmpty() || found.stream().anyMatch(d -> d.mechanism().isEmpty())) {
            throw new IllegalStateException("mechanisms missing or not loadable: " + found);
        }
        mechanisms = found;
        return mechanisms;
    }
}
