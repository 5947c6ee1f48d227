package org.interphase.uq;

import java.util.List;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.util.MathArrays;

/**
 * Latin-hypercube samples (McKay, Beckman and Conover, Technometrics 21 (1979) 239): the unit
 * interval of every input is cut into n equal strata and each stratum holds exactly one of the n
 * points; which point falls into which stratum is a random permutation per input, and the point
 * lies uniformly inside its stratum. The random numbers come from a Well19937c generator seeded
 * with the given seed, so a sample is reproduced exactly from its seed.
 */
public final class LatinHypercube {

    private LatinHypercube() {
    }

    /**
     * n points of the unit cube of the given dimension.
     *
     * @return {@code points[i][j]}: input j of point i, in stratum {@code floor(n * points[i][j])}
     */
    public static double[][] unit(int n, int dimension, long seed) {
        if (n < 1 || dimension < 0) {
            throw new IllegalArgumentException("a Latin hypercube needs n >= 1 points, got " + n);
        }
        RandomGenerator random = new Well19937c(seed);
        double[][] points = new double[n][dimension];
        int[] strata = new int[n];
        for (int j = 0; j < dimension; j++) {
            for (int i = 0; i < n; i++) {
                strata[i] = i;
            }
            MathArrays.shuffle(strata, random);
            for (int i = 0; i < n; i++) {
                points[i][j] = (strata[i] + random.nextDouble()) / n;
            }
        }
        return points;
    }

    /** n points over the factors' ranges: the unit sample mapped through each factor's distribution. */
    public static double[][] sample(List<Factor> factors, int n, long seed) {
        double[][] points = unit(n, factors.size(), seed);
        for (double[] p : points) {
            for (int j = 0; j < p.length; j++) {
                p[j] = factors.get(j).value(p[j]);
            }
        }
        return points;
    }
}
