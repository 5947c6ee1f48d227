package org.interphase.solver.run;

import org.hipparchus.ode.OrdinaryDifferentialEquation;

/** The runners' one way to hand a cell's rates to Hipparchus: an ODE of fixed dimension from a rate function. */
final class Derivatives {

    /** The time derivative of every state at a time and state. */
    @FunctionalInterface
    interface Rates {
        double[] at(double t, double[] state);
    }

    private Derivatives() {
    }

    static OrdinaryDifferentialEquation of(int dimension, Rates rates) {
        return new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return dimension;
            }

            @Override
            public double[] computeDerivatives(double t, double[] state) {
                return rates.at(t, state);
            }
        };
    }
}
