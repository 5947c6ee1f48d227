package org.interphase.materials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.workspace.CellWorkspace;
import org.interphase.dsl.workspace.Problem;
import org.interphase.materials.MaterialLibrary;
import org.interphase.model.Material;
import org.interphase.model.MaterialRole;
import org.interphase.model.Parameter;
import org.interphase.model.parameters.MaterialParameters;
import org.interphase.model.parameters.Materials;
import org.interphase.model.parameters.ParameterSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The shipped material library: complete, sourced, valid, and overridable. */
class LibraryTest {

    private static CellWorkspace workspace;
    private static Map<String, Material> materials;

    @BeforeAll
    static void load() {
        workspace = new CellWorkspace();
        workspace.resolveAll();
        materials = new TreeMap<>();
        for (Material m : workspace.libraryMaterials()) {
            materials.put(m.getName(), m);
        }
    }

    /** domain.md, "Materials to ship", with each material's roles there. */
    private static final Map<String, Set<MaterialRole>> SHIPPED = Map.ofEntries(
            Map.entry("LCO", EnumSet.of(MaterialRole.CATHODE)), Map.entry("NCM111", EnumSet.of(MaterialRole.CATHODE)),
            Map.entry("NCM333", EnumSet.of(MaterialRole.CATHODE)), Map.entry("NCM523", EnumSet.of(MaterialRole.CATHODE)),
            Map.entry("NCM622", EnumSet.of(MaterialRole.CATHODE)), Map.entry("NCM811", EnumSet.of(MaterialRole.CATHODE)),
            Map.entry("LFP", EnumSet.of(MaterialRole.CATHODE)), Map.entry("SS", EnumSet.of(MaterialRole.INERT)),
            Map.entry("Pt", EnumSet.of(MaterialRole.INERT)), Map.entry("Li", EnumSet.of(MaterialRole.ANODE)),
            Map.entry("PEO", EnumSet.of(MaterialRole.POLYMER)), Map.entry("PPC", EnumSet.of(MaterialRole.POLYMER)),
            Map.entry("PAN", EnumSet.of(MaterialRole.POLYMER)), Map.entry("PVDF", EnumSet.of(MaterialRole.POLYMER)),
            Map.entry("LiTFSI", EnumSet.of(MaterialRole.SALT)), Map.entry("LiFSI", EnumSet.of(MaterialRole.SALT)),
            Map.entry("LiBOB", EnumSet.of(MaterialRole.SALT, MaterialRole.ADDITIVE)),
            Map.entry("DME", EnumSet.of(MaterialRole.SOLVENT)), Map.entry("LLZO", EnumSet.of(MaterialRole.FILLER)),
            Map.entry("LLZTO", EnumSet.of(MaterialRole.FILLER)),
            Map.entry("LATP", EnumSet.of(MaterialRole.FILLER, MaterialRole.COATING)),
            Map.entry("LAGP", EnumSet.of(MaterialRole.FILLER, MaterialRole.COATING)),
            Map.entry("LSPS", EnumSet.of(MaterialRole.FILLER)), Map.entry("SiO2", EnumSet.of(MaterialRole.FILLER)),
            Map.entry("Al2O3", EnumSet.of(MaterialRole.FILLER, MaterialRole.COATING)),
            Map.entry("LiTaO3", EnumSet.of(MaterialRole.COATING)), Map.entry("ZnO", EnumSet.of(MaterialRole.COATING)),
            Map.entry("Li2CO3", EnumSet.of(MaterialRole.SURFACE)), Map.entry("Mg3N2", EnumSet.of(MaterialRole.INTERLAYER)),
            Map.entry("cellulose", EnumSet.of(MaterialRole.SCAFFOLD)));

    @Test
    void everyMaterialOfTheDomainBriefIsShippedWithItsRoles() {
        for (var e : SHIPPED.entrySet()) {
            Material m = materials.get(e.getKey());
            assertTrue(m != null, "missing material " + e.getKey());
            assertTrue(m.getRoles().containsAll(e.getValue()), e.getKey() + " roles " + m.getRoles());
        }
    }

    @Test
    void everyMaterialCarriesTheParametersItsRolesNeed() {
        List<String> missing = new ArrayList<>();
        for (Material m : materials.values()) {
            Set<String> have = new TreeSet<>();
            Materials.effective(m).forEach(p -> have.add(p.getName()));
            for (MaterialRole role : m.getRoles()) {
                for (ParameterSpec spec : MaterialParameters.requiredFor(role)) {
                    if (!have.contains(spec.name())) {
                        missing.add(m.getName() + " (" + role.getLiteral() + "): " + spec.name());
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyValueHasASourceAndAKnownName() {
        List<String> bad = new ArrayList<>();
        for (Material m : materials.values()) {
            for (Parameter p : m.getParameters()) {
                if (p.getSource() == null || p.getSource().isBlank()) {
                    bad.add(m.getName() + "." + p.getName() + ": no source");
                }
                if (MaterialParameters.get(p.getName()).isEmpty()) {
                    bad.add(m.getName() + "." + p.getName() + ": not in the parameter catalogue");
                }
            }
            if (m.getDescription() == null || m.getDescription().isBlank()) {
                bad.add(m.getName() + ": no description");
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void libraryFilesHaveNoProblems() {
        List<String> problems = new ArrayList<>();
        for (Resource r : workspace.library()) {
            for (Problem p : workspace.validate(r, r.getURI().lastSegment(), CancelIndicator.NullImpl)) {
                problems.add(p.format());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theBundleShipsExactlyTheListedFiles() {
        Bundle bundle = FrameworkUtil.getBundle(MaterialLibrary.class);
        List<String> entries = new ArrayList<>();
        Collections.list(bundle.findEntries("library", "*.cell", false)).forEach(u -> entries.add(u.getPath().substring(1)));
        Collections.sort(entries);
        List<String> listed = new ArrayList<>(MaterialLibrary.FILES);
        Collections.sort(listed);
        assertEquals(listed, entries);
    }

    /**
     * Capacities follow from Faraday's law, Q = F / (3.6 M) mAh/g for one electron per formula
     * unit: LiCoO2 M = 97.87 g/mol gives 273.8 mAh/g; Li M = 6.94 g/mol gives 3862 mAh/g
     * (molar masses from IUPAC standard atomic weights).
     */
    @Test
    void capacitiesAgreeWithFaradaysLaw() {
        double faraday = 96485.332;
        double lco = faraday / 3.6 / 97.87;
        double li = faraday / 3.6 / 6.94;
        assertEquals(lco, mAhPerG(Materials.find(materials.get("LCO"), "theoretical capacity").orElseThrow()), 1.5);
        assertEquals(li, mAhPerG(Materials.find(materials.get("Li"), "specific capacity").orElseThrow()), 5);
    }

    /**
     * The components of in-situ poly-DOL formulations (LiNO3, sulfolane, FEC) carry their formula masses, from
     * the IUPAC standard atomic weights (Li 6.94, C 12.011, H 1.008, N 14.007, O 15.999, F 18.998, S 32.06):
     * LiNO3 68.95, C4H8O2S 120.17, C3H3FO3 106.05 g/mol; sulfolane has no ether oxygen to coordinate Li+.
     */
    @Test
    void polyDolFormulationComponentsCarryTheirFormulaMasses() {
        double li = 6.94, c = 12.011, h = 1.008, n = 14.007, o = 15.999, f = 18.998, s = 32.06;
        assertEquals(li + n + 3 * o, 1000 * value(materials.get("LiNO3"), "molar mass"), 0.01);
        assertEquals(4 * c + 8 * h + 2 * o + s, 1000 * value(materials.get("TMS"), "molar mass"), 0.01);
        assertEquals(3 * c + 3 * h + f + 3 * o, 1000 * value(materials.get("FEC"), "molar mass"), 0.01);
        assertTrue(materials.get("LiNO3").getRoles().contains(MaterialRole.ADDITIVE));
        assertEquals(0, value(materials.get("TMS"), "coordinating oxygens"), 1e-12);
    }

    /** The domain brief's calibrated numbers that live in the library. */
    @Test
    void calibratedNumbersOfTheDomainBrief() {
        // hydroxyl-terminated PEG 4.05 V, methoxy 4.3 V, high-Mw PEO on steel 4.5 V (domain.md [cal])
        assertEquals(4.05, value(materials.get("PEO"), "hydroxyl end onset potential"), 1e-9);
        assertEquals(4.3, value(materials.get("PEO"), "methoxy end onset potential"), 1e-9);
        assertEquals(4.5, value(materials.get("PEO"), "onset potential"), 1e-9);
        // Li3N from Mg3N2 conducts about 1e-3 S/cm = 0.1 S/m (domain.md [cal])
        assertEquals(0.1, value(materials.get("Mg3N2"), "product conductivity"), 1e-9);
        // Li: 0.534 g/cm3 = 534 kg/m3 (domain.md [cal])
        assertEquals(534, value(materials.get("Li"), "density"), 1e-6);
    }

    @Test
    void aUserMaterialOverridesOneValueAndInheritsTheRest() throws Exception {
        CellWorkspace ws = new CellWorkspace();
        Resource r = ws.resourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("inmemory:/my.cell"));
        r.load(new ByteArrayInputStream("""
                package mine
                material MyLco : cathode based on LCO {
                    catalytic activity = 50  source "our DEMS"
                }
                """.getBytes(StandardCharsets.UTF_8)), null);
        ws.resolveAll();
        assertEquals(List.of(), ws.validate(r, "my.cell", CancelIndicator.NullImpl));
        Material mine = (Material) ((org.interphase.model.Document) r.getContents().get(0)).getElements().get(0);
        assertEquals(50, value(mine, "catalytic activity"), 1e-12);
        assertEquals(value(materials.get("LCO"), "density"), value(mine, "density"), 1e-12);
        assertFalse(Materials.curve(mine, "open circuit voltage").isEmpty(), "OCV curve inherited from LCO");
    }

    private static double value(Material m, String name) {
        return Materials.find(m, name).orElseThrow(() -> new AssertionError(m.getName() + " lacks " + name))
                .getValue().getSi();
    }

    private static double mAhPerG(Parameter p) {
        return p.getValue().getSi() / 3600; // C/kg -> mAh/g: 1 mAh/g = 3.6 C / 1e-3 kg = 3600 C/kg
    }
}
