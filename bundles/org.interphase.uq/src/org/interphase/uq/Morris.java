package org.interphase.uq;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.stat.descriptive.StreamingStatistics;
import org.hipparchus.util.MathArrays;

/**
 * Morris elementary-effects screening (M. D. Morris, Technometrics 33 (1991) 161; mu* as proposed by
 * Campolongo, Cariboni and Saltelli, Environ. Model. Softw. 22 (2007) 1509).
 * <p>
 * The design is r trajectories through a grid of p levels ({0, 1/(p-1), ..., 1}) of the unit cube
 * of k inputs. A trajectory starts at a random grid point and moves one input at a time, each once,
 * by Delta = p / (2 (p - 1)), in a random order and a random direction: k + 1 points, k elementary
 * effects {@code EE_j = (f(x + Delta e_j) - f(x)) / Delta}. Inputs are measured in units of their
 * whole range (the unit cube), so an elementary effect is the change of the output over the whole
 * range of the input at that slope: on a linear model {@code f = sum a_j X_j} it is
 * {@code a_j (max_j - min_j)}, exactly. Per input: mu (the mean effect), mu* (the mean of its
 * absolute value: how much the output depends on the input) and sigma (the standard deviation:
 * non-linearity or interaction with other inputs).
 */
public final class Morris {

    /**
     * The points to evaluate, trajectory after trajectory.
     *
     * @param factors the number of inputs k
     * @param levels  p, the number of grid levels
     * @param points  r (k + 1) points of the unit cube
     * @param changed for each point, the input changed on the way to it from the point before; -1
     *                for the first point of a trajectory
     */
    public record Design(int factors, int levels, double[][] points, int[] changed) {

        /** The number of trajectories. */
        public int trajectories() {
            return points.length / (factors + 1);
        }
    }

    /**
     * The screening result of one input.
     *
     * @param mu     mean elementary effect
     * @param muStar mean absolute elementary effect
     * @param sigma  standard deviation of the elementary effects (bias-corrected; 0 with one effect)
     * @param count  the number of elementary effects they were taken from
     * @param lost   effects that could not be computed because an end point failed (non-finite output)
     */
    public record Effects(double mu, double muStar, double sigma, int count, int lost) {
    }

    private Morris() {
    }

    /** The grid step Delta = p / (2 (p - 1)) for p levels (p even, Morris' recommendation). */
    public static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    /**
     * r random trajectories for k inputs on p levels, from a Well19937c generator with the seed.
     *
     * @throws IllegalArgumentException when p is not even and at least 2, or r or k is below 1
     */
    public static Design design(int factors, int trajectories, int levels, long seed) {
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("Morris levels must be even and at least 2, got " + levels);
        }
        if (trajectories < 1 || factors < 1) {
            throw new IllegalArgumentException("Morris screening needs at least one trajectory and one input");
        }
        RandomGenerator random = new Well19937c(seed);
        double delta = delta(levels);
        int k = factors;
        double[][] points = new double[trajectories * (k + 1)][];
        int[] changed = new int[points.length];
        int[] order = new int[k];
        for (int t = 0; t < trajectories; t++) {
            double[] base = new double[k];
            boolean[] up = new boolean[k];
            double[] x = new double[k];
            for (int j = 0; j < k; j++) {
                // a base level from which one step of Delta stays inside the grid: 0 .. 1 - Delta
                base[j] = random.nextInt(levels / 2) / (double) (levels - 1);
                up[j] = random.nextBoolean();
                x[j] = up[j] ? base[j] : base[j] + delta;
                order[j] = j;
            }
            MathArrays.shuffle(order, random);
            int first = t * (k + 1);
            points[first] = x.clone();
            changed[first] = -1;
            for (int m = 0; m < k; m++) {
                int j = order[m];
                x[j] = up[j] ? base[j] + delta : base[j];
                points[first + m + 1] = x.clone();
                changed[first + m + 1] = j;
            }
        }
        return new Design(k, levels, points, changed);
    }

    /**
     * The effects of each input from the outputs at the design's points (in the design's order). A
     * non-finite output (a failed run) loses the effects it is an end of; they are counted in
     * {@link Effects#lost}, not silently dropped.
     */
    public static List<Effects> effects(Design design, double[] outputs) {
        if (outputs.length != design.points().length) {
            throw new IllegalArgumentException("expected " + design.points().length + " outputs, got " + outputs.length);
        }
        int k = design.factors();
        StreamingStatistics[] signed = new StreamingStatistics[k];
        StreamingStatistics[] absolute = new StreamingStatistics[k];
        int[] lost = new int[k];
        for (int j = 0; j < k; j++) {
            signed[j] = new StreamingStatistics();
            absolute[j] = new StreamingStatistics();
        }
        for (int i = 0; i < outputs.length; i++) {
            int j = design.changed()[i];
            if (j < 0) {
                continue;
            }
            if (!Double.isFinite(outputs[i]) || !Double.isFinite(outputs[i - 1])) {
                lost[j]++;
                continue;
            }
            double step = design.points()[i][j] - design.points()[i - 1][j];
            double ee = (outputs[i] - outputs[i - 1]) / step;
            signed[j].addValue(ee);
            absolute[j].addValue(Math.abs(ee));
        }
        List<Effects> effects = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            long n = signed[j].getN();
            effects.add(new Effects(n == 0 ? Double.NaN : signed[j].getMean(),
                    n == 0 ? Double.NaN : absolute[j].getMean(),
                    n == 0 ? Double.NaN : n == 1 ? 0 : signed[j].getStandardDeviation(), (int) n, lost[j]));
        }
        return effects;
    }

    /** The design's points mapped onto the factors' ranges. */
    public static double[][] values(Design design, List<Factor> factors) {
        double[][] values = new double[design.points().length][];
        for (int i = 0; i < values.length; i++) {
            values[i] = new double[factors.size()];
            for (int j = 0; j < factors.size(); j++) {
                values[i][j] = factors.get(j).value(design.points()[i][j]);
            }
        }
        return values;
    }
}
