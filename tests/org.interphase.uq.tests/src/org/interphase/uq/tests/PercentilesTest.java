package org.interphase.uq.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import org.interphase.uq.Percentiles;
import org.junit.jupiter.api.Test;

/** The stated estimator, Hyndman and Fan (1996) definition 7. */
class PercentilesTest {

    /**
     * Reference: numpy.percentile(numpy.arange(1, 101), [5, 50, 95]) = [5.95, 50.5, 95.05] and R's
     * quantile(1:100, c(.05, .5, .95)) (type 7, the default) gives the same.
     */
    @Test
    void oneToOneHundred() {
        Percentiles q = Percentiles.of(IntStream.rangeClosed(1, 100).asDoubleStream().toArray());
        assertEquals(5.95, q.p5(), 1e-12);
        assertEquals(50.5, q.p50(), 1e-12);
        assertEquals(95.05, q.p95(), 1e-12);
        assertEquals(100, q.n());
    }

    /** A failed sample (NaN) is left out and counted: the percentiles of 1..5 (type 7: 1.2, 3, 4.8). */
    @Test
    void failedValuesAreLeftOutAndCounted() {
        Percentiles q = Percentiles.of(new double[] { 5, Double.NaN, 1, 4, Double.POSITIVE_INFINITY, 2, 3 });
        assertEquals(5, q.n());
        assertEquals(1.2, q.p5(), 1e-12);
        assertEquals(3.0, q.p50(), 1e-12);
        assertEquals(4.8, q.p95(), 1e-12);
        assertTrue(Double.isNaN(Percentiles.of(new double[] { Double.NaN }).p50()));
    }
}
