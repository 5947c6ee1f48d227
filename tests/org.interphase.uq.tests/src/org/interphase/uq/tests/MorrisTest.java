package org.interphase.uq.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import org.interphase.uq.Factor;
import org.interphase.uq.Morris;
import org.junit.jupiter.api.Test;

/** Morris screening against models whose effects are known. */
class MorrisTest {

    private static double[] evaluate(double[][] points, ToDoubleFunction<double[]> f) {
        double[] y = new double[points.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = f.applyAsDouble(points[i]);
        }
        return y;
    }

    /**
     * On an additive linear model f = 3 X1 - 2 X2 + 0.5 X3 every elementary effect of X_j, measured
     * over the input's whole range, is a_j (max_j - min_j): mu* = |a_j| range_j exactly (3 x 10,
     * 2 x 3, 0.5 x 10), mu keeps the sign, and sigma is 0 (no curvature, no interaction).
     */
    @Test
    void linearModelGivesCoefficientTimesRange() {
        List<Factor> factors = List.of(Factor.of("x1", 0, 10), Factor.of("x2", 1, 4), Factor.of("x3", -5, 5));
        Morris.Design design = Morris.design(3, 12, 4, 11);
        double[] y = evaluate(Morris.values(design, factors), x -> 3 * x[0] - 2 * x[1] + 0.5 * x[2]);
        List<Morris.Effects> e = Morris.effects(design, y);
        double[] expected = { 30, -6, 5 };
        for (int j = 0; j < 3; j++) {
            assertEquals(Math.abs(expected[j]), e.get(j).muStar(), 1e-9, "mu* of x" + (j + 1));
            assertEquals(expected[j], e.get(j).mu(), 1e-9, "mu of x" + (j + 1));
            assertEquals(0, e.get(j).sigma(), 1e-9, "sigma of x" + (j + 1));
            assertEquals(12, e.get(j).count());
        }
    }

    /** Each trajectory moves every input once, by Delta = p/(2(p-1)), between grid levels. */
    @Test
    void trajectoriesMoveEachInputOnceByDelta() {
        int k = 5;
        int p = 6;
        Morris.Design design = Morris.design(k, 8, p, 3);
        double delta = p / (2.0 * (p - 1));
        for (int t = 0; t < design.trajectories(); t++) {
            boolean[] moved = new boolean[k];
            for (int m = 1; m <= k; m++) {
                int i = t * (k + 1) + m;
                int j = design.changed()[i];
                assertTrue(!moved[j], "input " + j + " moved twice");
                moved[j] = true;
                for (int q = 0; q < k; q++) {
                    double d = design.points()[i][q] - design.points()[i - 1][q];
                    assertEquals(q == j ? delta : 0, Math.abs(d), 1e-12);
                    double level = design.points()[i][q] * (p - 1);
                    assertEquals(Math.rint(level), level, 1e-9, "on the grid");
                    assertTrue(design.points()[i][q] >= 0 && design.points()[i][q] <= 1);
                }
            }
        }
    }

    /**
     * Sobol's g-function g = prod (|4 x_i - 2| + a_i)/(1 + a_i) on [0,1]^6 with a = (78, 12, 0.5,
     * 2, 97, 33), the test case of Campolongo, Cariboni and Saltelli, Environ. Model. Softw. 22
     * (2007) 1509, section 4: the smaller a_i, the more important X_i (analytic first-order variance
     * (1/3)/(1 + a_i)^2, Saltelli and Sobol', Reliab. Eng. Syst. Saf. 50 (1995) 225), so the ranking
     * is X3, X4, X2, X6, X1, X5, which the paper's mu* reproduces. Checked for several seeds.
     */
    @Test
    void gFunctionRankingMatchesThePublishedOne() {
        double[] a = { 78, 12, 0.5, 2, 97, 33 };
        ToDoubleFunction<double[]> g = x -> {
            double prod = 1;
            for (int i = 0; i < a.length; i++) {
                prod *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
            }
            return prod;
        };
        List<Factor> unit = IntStream.range(0, 6).mapToObj(i -> Factor.of("x" + (i + 1), 0, 1)).toList();
        for (long seed = 1; seed <= 5; seed++) {
            Morris.Design design = Morris.design(6, 20, 4, seed);
            List<Morris.Effects> e = Morris.effects(design, evaluate(Morris.values(design, unit), g));
            int[] ranking = IntStream.range(0, 6).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> e.get(i).muStar()).reversed())
                    .mapToInt(i -> i + 1).toArray();
            assertArrayEquals(new int[] { 3, 4, 2, 6, 1, 5 }, ranking, "seed " + seed);
        }
    }

    /** The same seed gives the same design; a failed run loses the effects it ends, and they are counted. */
    @Test
    void reproducibleAndFailuresCounted() {
        Morris.Design a = Morris.design(4, 5, 4, 99);
        Morris.Design b = Morris.design(4, 5, 4, 99);
        for (int i = 0; i < a.points().length; i++) {
            assertArrayEquals(a.points()[i], b.points()[i], 0.0);
        }
        assertArrayEquals(a.changed(), b.changed());
        double[] y = new double[a.points().length];
        y[2] = Double.NaN; // the second point of the first trajectory: the effects into and out of it are lost
        List<Morris.Effects> e = Morris.effects(a, y);
        int lost = e.stream().mapToInt(Morris.Effects::lost).sum();
        int kept = e.stream().mapToInt(Morris.Effects::count).sum();
        assertEquals(2, lost);
        assertEquals(5 * 4 - 2, kept);
    }
}
