package org.example.sulfide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.example.sulfide.LspsPeoReaction;
import org.interphase.dsl.workspace.CellWorkspace;
import org.interphase.dsl.workspace.Problem;
import org.interphase.model.Cell;
import org.interphase.model.CellInterface;
import org.interphase.model.Document;
import org.interphase.model.InterfaceKind;
import org.interphase.solver.api.Conditions;
import org.interphase.solver.api.Effects;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.ParameterValues;
import org.junit.jupiter.api.Test;

/**
 * The example plug-in's physics, on cells written in the cell language with the library's LSPS.
 * Reference values are worked out by hand in the comments from the sources named there.
 */
class LspsPeoReactionTest {

    /** The declared defaults in SI (plugin.xml; checked against it in {@link #declaresItsParametersWithSources}). */
    private static final Map<String, Double> DEFAULTS = Map.of(
            "rate constant", 1e-21, // 1e-17 cm2/s
            "reference temperature", 333.15, // 60 °C
            "activation energy", 0.7 * 1.602176634e-19, // 0.7 eV in J
            "hydroxyl acceleration", 3.0,
            "sulfite fraction", 0.25,
            "layer conductivity", 1e-7, // 1e-9 S/cm
            "molar volume", 295e-6); // 295 cm3/mol

    private static final ParameterValues VALUES = name -> {
        Double v = DEFAULTS.get(name);
        if (v == null) {
            throw new IllegalArgumentException(name);
        }
        return v;
    };

    private static String cell(String name, String filler, String endGroup) {
        return """
                cell %s {
                    area 1 cm2
                    cathode SS
                    electrolyte {
                        polymer PEO { end group %s }
                        salt LiTFSI { ratio EO:Li 16 }
                        filler %s { fraction 10 wt%%  particle size 1 um }
                        thickness 100 um
                    }
                    anode SS
                }
                """.formatted(name, endGroup, filler);
    }

    private static CellInterface filler(String cellName) {
        String text = "package t\n" + cell("Methoxy", "LSPS", "methoxy") + cell("Hydroxyl", "LSPS", "hydroxyl")
                + cell("Garnet", "LLZO", "methoxy")
                + "material MyLsps : filler based on LSPS {\n    density = 2.1 g/cm3\n}\n"
                + cell("Variant", "MyLsps", "methoxy");
        CellWorkspace ws = new CellWorkspace();
        try {
            Resource r = ws.load("t.cell", text);
            ws.resolveAll();
            List<Problem> errors = ws.validate(r, "t.cell", CancelIndicator.NullImpl).stream()
                    .filter(p -> p.severity() == Problem.Severity.ERROR).toList();
            assertTrue(errors.isEmpty(), errors.toString());
            Cell cell = ((Document) r.getContents().get(0)).getElements().stream().filter(Cell.class::isInstance)
                    .map(Cell.class::cast).filter(c -> c.getName().equals(cellName)).findFirst().orElseThrow();
            return cell.getInterfaces().stream().filter(i -> i.getKind() == InterfaceKind.FILLER_POLYMER).findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Sums what a process reports, like the engine. */
    private static final class Recorded implements Effects {
        double fillerResistance;

        @Override public void sideCurrent(double j) { throw new AssertionError("no side current expected"); }
        @Override public void filmResistance(double r) { throw new AssertionError("no series film expected"); }
        @Override public void fillerInterfaceResistance(double r) { fillerResistance += r; }
        @Override public void activeMaterialLoss(double f) { throw new AssertionError(); }
        @Override public void lithiumLoss(double n) { throw new AssertionError(); }
        @Override public void contactLoss(double f) { throw new AssertionError(); }
        @Override public void gas(String species, double n) { throw new AssertionError(); }
        @Override public void shortCircuit(String reason) { throw new AssertionError(); }
    }

    /** Integrates the process at a constant temperature (midpoint rule, 1 min steps). */
    private static double[] integrate(InterfaceProcess process, double temperatureK, double seconds) {
        int n = process.state().size();
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = process.state().get(i).initial();
        }
        double[] k1 = new double[n];
        double[] mid = new double[n];
        double[] k2 = new double[n];
        double dt = 60;
        for (double t = 0; t < seconds; t += dt) {
            process.evaluate(new Conditions(t, temperatureK, 0, 0, 0), y, k1, new Recorded());
            for (int i = 0; i < n; i++) {
                mid[i] = y[i] + 0.5 * dt * k1[i];
            }
            process.evaluate(new Conditions(t + dt / 2, temperatureK, 0, 0, 0), mid, k2, new Recorded());
            for (int i = 0; i < n; i++) {
                y[i] += dt * k2[i];
            }
        }
        return y;
    }

    private static final double HUNDRED_HOURS = 100 * 3600;

    /** The native layer the reaction starts from, m (LspsPeoReaction.SEED). */
    private static final double S0 = 1e-9;

    /** s^2 - s0^2 = k t: what the parabolic law makes proportional to the rate constant. */
    private static double grown(double s) {
        return s * s - S0 * S0;
    }

    @Test
    void appliesToLspsAndItsVariantsOnly() {
        LspsPeoReaction m = new LspsPeoReaction();
        assertTrue(m.appliesTo(filler("Methoxy")));
        assertTrue(m.appliesTo(filler("Variant")), "a material 'based on LSPS' is LSPS too");
        assertFalse(m.appliesTo(filler("Garnet")), "garnets do not react with PEO (domain brief)");
    }

    @Test
    void twentyNanometresInAHundredHoursAtSixtyDegrees() {
        // s = sqrt(k t + s0^2) = sqrt(1e-21 m2/s * 3.6e5 s + 1e-18 m2) = 1.900e-8 m: the library's LSPS note
        // (about 20 nm in about 100 h at 60 °C), from which the default rate constant was derived
        double[] y = integrate(new LspsPeoReaction().create(filler("Methoxy"), VALUES), 333.15, HUNDRED_HOURS);
        assertEquals(1.900e-8, y[0], 0.01e-8);
    }

    @Test
    void hydroxylEndsMakeItWorse() {
        // parabolic growth: s^2 - s0^2 = k t, so a 3x faster reaction (default hydroxyl acceleration) grows
        // 3 times as much of it in the same time (domain brief: -OH ends make it worse)
        double methoxy = integrate(new LspsPeoReaction().create(filler("Methoxy"), VALUES), 333.15, HUNDRED_HOURS)[0];
        double hydroxyl = integrate(new LspsPeoReaction().create(filler("Hydroxyl"), VALUES), 333.15, HUNDRED_HOURS)[0];
        assertEquals(3, grown(hydroxyl) / grown(methoxy), 0.01);
    }

    @Test
    void slowerAtRoomTemperatureByArrhenius() {
        // k(25 °C) / k(60 °C) = exp(-0.7 eV / kB * (1/298.15 - 1/333.15)) = exp(-8123.1 K * 3.5237e-4 / K)
        // = exp(-2.8623) = 0.05713 (CODATA kB = 8.617333e-5 eV/K), and s^2 - s0^2 = k t
        double warm = integrate(new LspsPeoReaction().create(filler("Methoxy"), VALUES), 333.15, HUNDRED_HOURS)[0];
        double room = integrate(new LspsPeoReaction().create(filler("Methoxy"), VALUES), 298.15, HUNDRED_HOURS)[0];
        assertEquals(0.05713, grown(room) / grown(warm), 0.0006);
    }

    @Test
    void productsFollowTheStoichiometryOfLi10SnP2S12() {
        // per m2 of particle surface, the layer grown beyond the native one, s - s0, replaced (s - s0) / V_m mol
        // of LSPS (V_m = 634.78 g/mol / 2.15 g/cm3 = 295 cm3/mol, IUPAC atomic weights, library density): at
        // s = 1.900e-8 m that is 1.8e-8 / 2.95e-4 = 6.102e-5 mol. Li10SnP2S12 = 2 Li3PS4 + Li4SnS4 gives 2 PS4 3-
        // per formula unit (1.220e-4 mol/m2), and its 4 thiostannate S split 1:3 into sulfite (sulfite
        // fraction 0.25: 6.102e-5 mol/m2) and polysulfide sulfur (1.831e-4 mol/m2)
        double[] y = integrate(new LspsPeoReaction().create(filler("Methoxy"), VALUES), 333.15, HUNDRED_HOURS);
        double lsps = (y[0] - S0) / 295e-6;
        assertEquals(6.102e-5, lsps, 0.04e-5);
        assertEquals(1.220e-4, y[1], 0.008e-4);
        assertEquals(1.831e-4, y[2], 0.012e-4);
        assertEquals(6.102e-5, y[3], 0.04e-5);
        // sulfur is conserved: 8 S in the two PS4 3- plus 4 S in polysulfide and sulfite = 12 S per LSPS
        assertEquals(12 * lsps, 4 * y[1] + y[2] + y[3], 1e-9 * lsps);
    }

    @Test
    void theLayerResistanceSitsOnEveryParticle() {
        // R = s / sigma = 20 nm / 1e-7 S/m (1e-9 S/cm, domain brief [est] for interphase films) = 0.2 ohm m2
        InterfaceProcess p = new LspsPeoReaction().create(filler("Methoxy"), VALUES);
        Recorded e = new Recorded();
        double[] rates = new double[4];
        p.evaluate(new Conditions(0, 333.15, 0, 0, 0), new double[] {20e-9, 0, 0, 0}, rates, e);
        assertEquals(0.2, e.fillerResistance, 1e-12);
        // and it grows as k / 2s = 1e-21 / 4e-8 = 2.5e-14 m/s there
        assertEquals(2.5e-14, rates[0], 1e-20);
    }

    @Test
    void declaresItsParametersWithSources() {
        IConfigurationElement mechanism = Arrays.stream(RegistryFactory.getRegistry()
                .getConfigurationElementsFor("org.interphase.solver.mechanisms"))
                .filter(e -> "lsps_peo_reaction".equals(e.getAttribute("id"))).findFirst().orElse(null);
        assertNotNull(mechanism, "the plug-in contributes lsps_peo_reaction");
        assertEquals("filler", mechanism.getAttribute("interface"));
        Map<String, String> defaults = Map.of("rate constant", "1e-17 cm2/s", "reference temperature", "60 °C",
                "activation energy", "0.7 eV", "hydroxyl acceleration", "3", "sulfite fraction", "0.25",
                "layer conductivity", "1e-9 S/cm", "molar volume", "295 cm3/mol");
        IConfigurationElement[] parameters = mechanism.getChildren("parameter");
        assertEquals(DEFAULTS.keySet(), Arrays.stream(parameters).map(p -> p.getAttribute("name"))
                .collect(java.util.stream.Collectors.toSet()));
        for (IConfigurationElement p : parameters) {
            assertEquals(defaults.get(p.getAttribute("name")), p.getAttribute("default"), p.getAttribute("name"));
            String description = p.getAttribute("description");
            assertTrue(description.contains("domain brief") || description.contains("library")
                    || description.contains("estimate") || description.contains("IUPAC"),
                    "every default names its source: " + description);
        }
    }
}
