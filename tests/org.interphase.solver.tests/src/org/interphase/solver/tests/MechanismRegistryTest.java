package org.interphase.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.model.InterfaceKind;
import org.interphase.solver.api.ParameterDeclaration;
import org.interphase.solver.registry.MechanismDescriptor;
import org.interphase.solver.registry.MechanismRegistry;
import org.junit.jupiter.api.Test;

/** Discovery through the extension point, with this bundle's contributions (plugin.xml). */
class MechanismRegistryTest {

    private final MechanismRegistry registry = MechanismRegistry.getDefault();

    @Test
    void readsAWellFormedContributionWithoutLoadingItsClass() {
        MechanismDescriptor leak = registry.get("test_leak").orElseThrow();
        assertEquals("Constant leak (test)", leak.name(), "the first of two contributions with one id wins");
        assertEquals("1.0.0", leak.version());
        assertEquals(InterfaceKind.CATHODE_ELECTROLYTE, leak.appliesTo());
        ParameterDeclaration current = leak.parameter("leak current").orElseThrow();
        // 2 uA/cm2 = 2e-6 A / 1e-4 m2 = 0.02 A/m2
        assertEquals(0.02, current.defaultValue(), 1e-15);
        assertEquals("current_density", current.dimension());
        assertEquals("dimensionless", leak.parameter("transfer coefficient").orElseThrow().dimension());
        assertTrue(leak.mechanism().isPresent());
        // range="1 uA/cm2 to 0.005 mA/cm2": 0.01 to 0.05 A/m2, in SI whatever units the ends are written in
        assertEquals(0.01, leak.range("leak current").orElseThrow().min(), 1e-15);
        assertEquals(0.05, leak.range("leak current").orElseThrow().max(), 1e-15);
        assertTrue(leak.range("transfer coefficient").isEmpty(), "no range declared");
    }

    @Test
    void brokenContributionsAreSkipped() {
        List<String> ids = registry.all().stream().map(MechanismDescriptor::id).toList();
        assertTrue(!ids.contains("test_no_class_attribute"), ids.toString());
        assertTrue(!ids.contains("test_bad_interface"), ids.toString());
        assertTrue(!ids.contains("test_bad_default"), ids.toString());
        assertTrue(!ids.contains("test_range_without_default"), ids.toString());
        assertTrue(!ids.contains("test_range_wrong_dimension"), ids.toString());
        assertEquals(1, ids.stream().filter("test_leak"::equals).count(), ids.toString());
    }

    @Test
    void aClassThatCannotBeCreatedIsAbsentNotFatal() {
        MechanismDescriptor missing = registry.get("test_missing_class").orElseThrow();
        assertTrue(missing.mechanism().isEmpty());
    }
}
