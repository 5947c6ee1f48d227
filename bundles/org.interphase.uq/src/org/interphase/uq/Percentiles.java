package org.interphase.uq;

import java.util.Arrays;

import org.hipparchus.stat.descriptive.rank.Percentile;
import org.hipparchus.stat.descriptive.rank.Percentile.EstimationType;

/**
 * The 5th, 50th and 95th percentiles of a sample, with the estimator of Hyndman and Fan's
 * definition 7 (Am. Stat. 50 (1996) 361; the default of R's {@code quantile} and of NumPy's
 * {@code percentile}): sort the n values, and the p-th percentile lies at the 1-based rank
 * {@code 1 + (n - 1) p / 100}, linearly interpolated between the neighbouring values. Non-finite
 * values (a failed sample) are not part of the sample; callers count them apart.
 *
 * @param p5  the 5th percentile
 * @param p50 the median
 * @param p95 the 95th percentile
 * @param n   the number of finite values they were taken from
 */
public record Percentiles(double p5, double p50, double p95, int n) {

    /** The percentiles of the finite values; NaN for all three when there is none. */
    public static Percentiles of(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return new Percentiles(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        Percentile estimator = new Percentile().withEstimationType(EstimationType.R_7);
        estimator.setData(finite);
        return new Percentiles(estimator.evaluate(5), estimator.evaluate(50), estimator.evaluate(95), finite.length);
    }
}
