package org.interphase.uq.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;

import org.interphase.model.Document;
import org.interphase.model.Study;
import org.interphase.solver.registry.MechanismRegistry;
import org.interphase.solver.study.StudyRunner;
import org.interphase.uq.cell.ParameterSpace;
import org.interphase.uq.cell.Uncertainty;
import org.junit.jupiter.api.Test;

/**
 * The lithium foil's roughness is sampled as what is physically independent: its wavelength and its
 * aspect ratio A / wavelength, not amplitude and wavelength each over its own range (which made
 * aspect ratios of 0.5, k A = 3, no rolled foil has).
 */
class RoughnessRatioSamplingTest {

    private static final String AMPLITUDE = "dendrite_growth.surface roughness amplitude";
    private static final String WAVELENGTH = "dendrite_growth.surface roughness wavelength";
    /** The aspect ratio's range, an estimate (SampledRatio.DECLARED, docs/uncertainty.md): 0.005 to 0.05. */
    private static final double R_MIN = 0.005;
    private static final double R_MAX = 0.05;

    /**
     * Over 200 Latin-hypercube points with a fixed seed, the sampled aspect ratio's empirical
     * distribution is the log-uniform one over 0.005 to 0.05 (a decade: log-uniform by the rule of
     * Factor), F(r) = ln(r / 0.005) / ln 10: its Kolmogorov-Smirnov distance stays below the 0.1 %
     * critical value 1.95 / sqrt(n) (Kolmogorov's asymptotic distribution, e.g. Massey, JASA 46 (1951)
     * 68, table 1). Amplitude and wavelength stay inside their declared ranges (anode plugin.xml:
     * 0.1 to 5 um, 10 to 500 um).
     */
    @Test
    void theAspectRatioIsDrawnFromItsOwnRange() throws IOException {
        Document d = CellSamplingTest.document();
        Study study = (Study) d.getElements().get(2);
        ParameterSpace space = ParameterSpace.of(new StudyRunner(MechanismRegistry.getDefault(), "test"), study,
                study.getCells().get(0));
        int a = index(space, AMPLITUDE);
        int w = index(space, WAVELENGTH);
        int n = 200;
        double[][] points = Uncertainty.points(space, n, 11);
        double[] ratio = new double[n];
        for (int i = 0; i < n; i++) {
            double amplitude = points[i][a];
            double wavelength = points[i][w];
            assertTrue(amplitude >= 0.1e-6 * (1 - 1e-9) && amplitude <= 5e-6 * (1 + 1e-9), "amplitude " + amplitude);
            assertTrue(wavelength >= 10e-6 * (1 - 1e-9) && wavelength <= 500e-6 * (1 + 1e-9), "wavelength " + wavelength);
            ratio[i] = amplitude / wavelength;
        }
        Arrays.sort(ratio);
        double ks = 0;
        for (int i = 0; i < n; i++) {
            double f = Math.log(ratio[i] / R_MIN) / Math.log(R_MAX / R_MIN);
            ks = Math.max(ks, Math.max(Math.abs((i + 1.0) / n - f), Math.abs(f - (double) i / n)));
        }
        assertTrue(ks < 1.95 / Math.sqrt(n), "KS distance of the aspect ratio from log-uniform 0.005 to 0.05: " + ks);
        assertEquals(R_MIN, ratio[0], R_MIN * 0.02, "the smallest ratio sits in the lowest of 200 strata");
        assertEquals(R_MAX, ratio[n - 1], R_MAX * 0.02, "the largest in the highest");
    }

    private static int index(ParameterSpace space, String label) {
        for (int j = 0; j < space.sampled().size(); j++) {
            if (space.sampled().get(j).label().equals(label)) {
                return j;
            }
        }
        throw new AssertionError(label + " not sampled: " + space.sampled());
    }
}
