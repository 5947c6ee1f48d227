package org.interphase.uq.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.interphase.uq.Factor;
import org.interphase.uq.LatinHypercube;
import org.interphase.uq.Percentiles;
import org.junit.jupiter.api.Test;

/** Latin-hypercube sampling against its definition and known distributions. */
class LatinHypercubeTest {

    /** Each of the n strata of every input holds exactly one point (McKay et al. 1979, the definition of an LHS). */
    @Test
    void everyStratumOfEveryInputIsHitOnce() {
        int n = 50;
        List<Factor> factors = List.of(Factor.of("a", 0, 1), Factor.of("b", -3, 7), Factor.of("c", 1e-12, 1e-8),
                Factor.of("d", 0.25, 1));
        double[][] points = LatinHypercube.sample(factors, n, 7);
        assertEquals(n, points.length);
        for (int j = 0; j < factors.size(); j++) {
            int[] hits = new int[n];
            for (double[] p : points) {
                double u = factors.get(j).unit(p[j]);
                assertTrue(u >= 0 && u < 1, "inside the range: " + p[j]);
                hits[(int) Math.floor(n * u)]++;
            }
            int[] once = new int[n];
            Arrays.fill(once, 1);
            assertArrayEquals(once, hits, "input " + j);
        }
    }

    /**
     * The mean of a uniform input: with one point per stratum, the sample mean of u is
     * (1/n) sum (i + U_i)/n = (n - 1)/(2n) + mean(U)/n, within 1/(2n) of 1/2 whatever the U_i; so the
     * mean of U(2, 6) (analytic 4) lies within 4/(2n) of 4.
     */
    @Test
    void meanOfAUniformInputIsWithinTheStratificationBound() {
        int n = 200;
        Factor f = Factor.of("x", 2, 6);
        assertFalse(f.log(), "a range of less than a decade is uniform");
        for (long seed = 1; seed <= 5; seed++) {
            double mean = Arrays.stream(LatinHypercube.sample(List.of(f), n, seed)).mapToDouble(p -> p[0]).average()
                    .orElseThrow();
            assertEquals(4.0, mean, 4.0 / (2 * n), "seed " + seed);
        }
    }

    /**
     * Percentiles of a log-uniform input over 1e-9 to 1e-7: the p-quantile is 1e-9 * 100^p
     * (p5 1.259e-9, median 1e-8, p95 7.943e-8). The k-th smallest of n stratified points lies in
     * stratum k, so the Hyndman-Fan 7 estimate is within 2/n of p in the unit interval.
     */
    @Test
    void percentilesOfALogUniformInputMatchItsQuantiles() {
        int n = 1000;
        Factor f = Factor.of("sigma", 1e-9, 1e-7);
        assertTrue(f.log(), "two decades are sampled log-uniformly");
        double[] values = Arrays.stream(LatinHypercube.sample(List.of(f), n, 42)).mapToDouble(p -> p[0]).toArray();
        Percentiles q = Percentiles.of(values);
        assertEquals(0.05, f.unit(q.p5()), 2.0 / n);
        assertEquals(0.50, f.unit(q.p50()), 2.0 / n);
        assertEquals(0.95, f.unit(q.p95()), 2.0 / n);
        assertEquals(1e-8, q.p50(), 1e-8 * (Math.pow(100, 2.0 / n) - 1));
        // a uniform sampling of the same range would put the median near 5e-8, not 1e-8
        assertTrue(q.p50() < 1.1e-8);
    }

    /** The same seed gives the same sample, bit for bit; another seed another. */
    @Test
    void aSampleIsReproducedFromItsSeed() {
        double[][] a = LatinHypercube.unit(30, 5, 2026);
        double[][] b = LatinHypercube.unit(30, 5, 2026);
        double[][] c = LatinHypercube.unit(30, 5, 2027);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], 0.0);
        }
        assertFalse(Arrays.deepEquals(a, c));
    }

    /** The stated rule: positive and at least a factor of ten wide is log-uniform, anything else uniform. */
    @Test
    void theLogRuleIsOneDecadeOfAPositiveRange() {
        assertTrue(Factor.of("k", 1e-9, 1e-8).log());
        // 1e-9 to 1e-8 S/cm in S/m, as the unit conversion gives it (1.0000000000000001e-7 to 1e-6): one decade, log
        assertTrue(Factor.of("sigma", 1e-9 / 0.01, 1e-8 / 0.01).log());
        assertFalse(Factor.of("k", 1e-9, 9e-9).log());
        assertFalse(Factor.of("loss", 0.25, 1).log());
        assertFalse(Factor.of("E", -1, 10).log());
        assertFalse(Factor.of("E", 0, 10).log());
    }
}
