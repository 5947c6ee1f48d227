package org.interphase.uq.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.workspace.CellWorkspace;
import org.interphase.dsl.workspace.Problem;
import org.interphase.model.Cell;
import org.interphase.model.Document;
import org.interphase.model.Material;
import org.interphase.model.Study;
import org.interphase.model.parameters.Materials;
import org.interphase.model.results.ResultsFactory;
import org.interphase.model.results.RunResult;
import org.interphase.model.results.RunStatus;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.study.StudyRunner;
import org.interphase.uq.cell.ParameterSpace;
import org.interphase.uq.cell.SampleRuns;
import org.interphase.uq.cell.UncertainParameter;
import org.interphase.uq.cell.Uncertainty;
import org.interphase.uq.cell.Variant;
import org.junit.jupiter.api.Test;

/** Which parameters of a cell are sampled, and how a sample changes one run without changing the model. */
class CellSamplingTest {

    static final String TEXT = """
            package t
            cell Lco {
                area 1 cm2
                cathode LCO { loading 1.5 mAh/cm2  carbon 5 wt% }
                electrolyte {
                    polymer PEO { end group hydroxyl }
                    salt LiTFSI { ratio EO:Li 20 }
                    thickness 50 um
                }
                anode Li { thickness 50 um }
            }
            protocol Two {
                temperature 60 °C
                repeat 2 {
                    charge at C/5 until 4.2 V
                    discharge at C/5 until 3.0 V
                }
            }
            study S {
                cell Lco
                protocol Two
                mechanisms all
                mechanism polymer_oxidation { limiting oxidation current density = 0.5 mA/cm2 }
                report capacity retention
                uncertainty 6 samples seed 3
            }
            """;

    static Document document() throws IOException {
        CellWorkspace ws = new CellWorkspace();
        Resource r = ws.load("t.cell", TEXT);
        ws.resolveAll();
        List<Problem> errors = ws.validate(r, "t.cell", CancelIndicator.NullImpl).stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        assertEquals(List.of(), errors);
        return (Document) r.getContents().get(0);
    }

    private static UncertainParameter find(ParameterSpace space, String label) {
        return space.sampled().stream().filter(p -> p.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not sampled: " + space.sampled()));
    }

    /**
     * The library's ranges (materials/library/cathodes.cell: LCO catalytic activity 2.4 to 24) and the
     * mechanisms' declared ranges (oxidation plugin.xml: carbon black activity 0.1 to 1, lithium
     * coordination number 4 to 6) are sampled, with the stated log rule; values without a
     * range and parameters the study sets are not, and are listed with the reason.
     */
    @Test
    void theCellsRangesAreSampledAndTheRestListed() throws IOException {
        Document d = document();
        Study study = (Study) d.getElements().get(2);
        assertEquals(6, study.getUncertaintySamples());
        assertEquals(3, study.getUncertaintySeed());
        ParameterSpace space = ParameterSpace.of(new StudyRunner(MechanismRegistry.getDefault(), "test"), study,
                study.getCells().get(0));
        UncertainParameter activity = find(space, "LCO.catalytic activity");
        assertEquals(2.4, activity.factor().min(), 1e-12);
        assertEquals(24, activity.factor().max(), 1e-12);
        assertTrue(activity.factor().log(), "2.4 to 24 spans a decade");
        UncertainParameter carbon = find(space, "polymer_oxidation.carbon black activity");
        assertEquals(0.1, carbon.factor().min(), 1e-12);
        assertEquals(1, carbon.factor().max(), 1e-12);
        assertTrue(carbon.factor().log(), "0.1 to 1 is a decade");
        UncertainParameter coordination = find(space, "polymer_oxidation.lithium coordination number");
        assertFalse(coordination.factor().log(), "4 to 6 is less than a decade");
        assertEquals(4, coordination.factor().min(), 1e-12);
        // the LCO capacity at 4.2 V (range 135 to 145 mAh/g), in SI: 135 mAh/g = 486000 C/kg
        UncertainParameter capacity = find(space, "LCO.specific capacity at 4.2 V");
        assertEquals(135 * 3.6 * 1000, capacity.factor().min(), 1e-6);
        assertTrue(space.notSampled().contains("LCO.theoretical capacity: no range in the library"), space.notSampled()::toString);
        assertTrue(space.notSampled().contains("polymer_oxidation.limiting oxidation current density: set by the study"),
                space.notSampled()::toString);
        assertTrue(space.sampled().stream().noneMatch(p -> p.label().equals("polymer_oxidation.limiting oxidation current density")));
    }

    /**
     * A sample sets the values in copies: the copied cell's LCO has the sampled catalytic activity in
     * its own unit, the copied study sets the mechanism parameter, the model is unchanged, and the
     * cache key depends on the values (equal values, equal keys).
     */
    @Test
    void aSampleChangesACopyAndTheCacheKey() throws IOException {
        Document d = document();
        Study study = (Study) d.getElements().get(2);
        Cell cell = study.getCells().get(0);
        StudyRunner runner = new StudyRunner(MechanismRegistry.getDefault(), "test");
        ParameterSpace space = ParameterSpace.of(runner, study, cell);
        List<UncertainParameter> two = List.of(find(space, "LCO.catalytic activity"),
                find(space, "polymer_oxidation.carbon black activity"));
        ParameterSpace small = new ParameterSpace(two, List.of());
        Variant a = Variant.of(study, cell, two, new double[] { 5, 0.5 });
        Material lco = (Material) cell.getCathode().getMaterial();
        Material copy = (Material) a.cell().getCathode().getMaterial();
        assertNotSame(lco, copy);
        assertEquals(5, Materials.find(copy, "catalytic activity").orElseThrow().getValue().getSi(), 1e-12);
        assertEquals(14.6, Materials.find(lco, "catalytic activity").orElseThrow().getValue().getSi(), 1e-12,
                "the library value (cathodes.cell) is untouched");
        assertTrue(a.study().getSettings().stream().anyMatch(s -> s.getMechanism().equals("polymer_oxidation")
                && s.getParameters().stream().anyMatch(p -> p.getName().equals("carbon black activity")
                        && p.getValue().getSi() == 0.5)));
        assertEquals(1, study.getSettings().get(0).getParameters().size(), "the study's own settings are untouched");
        String keyA = runner.key(a.study(), a.cell()).sha256();
        assertEquals(keyA, runner.key(Variant.of(study, cell, two, new double[] { 5, 0.5 }).study(),
                Variant.of(study, cell, two, new double[] { 5, 0.5 }).cell()).sha256());
        assertNotEquals(keyA, runner.key(Variant.of(study, cell, two, new double[] { 5.1, 0.5 }).study(),
                Variant.of(study, cell, two, new double[] { 5.1, 0.5 }).cell()).sha256());
        assertNotEquals(keyA, runner.key(study, cell).sha256());
        assertEquals(2, small.factors().size());
    }

    /** A failed sample is counted with its reason and is part of no percentile. */
    @Test
    void failedSamplesAreCountedNotDropped() {
        List<SampleRuns.Outcome> outcomes = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            RunResult r = ResultsFactory.eINSTANCE.createRunResult();
            r.setCell("c");
            r.setStatus(i <= 2 ? RunStatus.FAILED : RunStatus.COMPLETED);
            r.setStopReason(i <= 2 ? "the solver failed: x" : null);
            r.setMetrics(ResultsFactory.eINSTANCE.createMetrics());
            if (i > 2) {
                r.getMetrics().setCapacityRetention(80.0 + i); // 83, 84, 85
            }
            outcomes.add(new SampleRuns.Outcome(new double[0], r, false));
        }
        Uncertainty u = Uncertainty.of(new ParameterSpace(List.of(), List.of()), 5, 1, outcomes);
        assertEquals(2, u.failed());
        assertEquals(Map.of("the solver failed: x", 2), u.failures());
        assertEquals(Map.of(), u.endedEarly());
        // type 7 percentiles of 83, 84, 85: 83.1, 84, 84.9
        assertEquals(3, u.metrics().get("capacity_retention_pct").n());
        assertEquals(83.1, u.metrics().get("capacity_retention_pct").p5(), 1e-9);
        assertEquals(84.9, u.metrics().get("capacity_retention_pct").p95(), 1e-9);
    }
}
