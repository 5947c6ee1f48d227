package org.interphase.solver.tests;

import org.interphase.model.CellInterface;
import org.interphase.solver.api.Effects;
import org.interphase.solver.api.InterfaceProcess;
import org.interphase.solver.api.Mechanism;
import org.interphase.solver.api.ParameterValues;
import org.interphase.solver.api.StateVariable;

/**
 * Test contributions that misbehave the ways a third-party plug-in can: each subclass fails in one
 * way once the run is under way (after 100 s), so that the failure happens inside the integration.
 */
public abstract class MisbehavingMechanism implements Mechanism {

    @Override
    public boolean appliesTo(CellInterface cellInterface) {
        return cellInterface.getElectrode() != null;
    }

    @Override
    public InterfaceProcess create(CellInterface cellInterface, ParameterValues parameters) {
        return InterfaceProcess.of(new StateVariable("x", "m", 0), (c, state, rates, effects) -> {
            rates[0] = 1e-12;
            if (c.time() > 100) {
                misbehave(rates, effects);
            }
        });
    }

    abstract void misbehave(double[] rates, Effects effects);

    /** Throws from its evaluation. */
    public static final class Throws extends MisbehavingMechanism {
        @Override
        void misbehave(double[] rates, Effects effects) {
            throw new IllegalStateException("division by a zero-thickness layer");
        }
    }

    /** Returns a NaN rate. */
    public static final class NaNRate extends MisbehavingMechanism {
        @Override
        void misbehave(double[] rates, Effects effects) {
            rates[0] = Double.NaN;
        }
    }

    /** Reports an infinite side current. */
    public static final class InfiniteEffect extends MisbehavingMechanism {
        @Override
        void misbehave(double[] rates, Effects effects) {
            effects.sideCurrent(Double.POSITIVE_INFINITY);
        }
    }

    /** Takes longer than the engine allows for one evaluation (once). */
    public static final class Slow extends MisbehavingMechanism {
        private boolean slept;

        @Override
        void misbehave(double[] rates, Effects effects) {
            if (!slept) {
                slept = true;
                try {
                    Thread.sleep(2500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * Never returns from its first evaluation: spins, ignoring interruption, until a test sets
     * {@link #release} (so that the abandoned thread does not burn a core for the rest of the tests).
     */
    public static final class Hangs extends MisbehavingMechanism {
        /** Set by the test once it has its result. */
        public static volatile boolean release;
        /** Set when the spinning thread gets out of evaluate. */
        public static volatile boolean returned;

        @Override
        void misbehave(double[] rates, Effects effects) {
            while (!release) {
                Thread.onSpinWait();
            }
            returned = true;
        }
    }

    /** Cannot create its process. */
    public static final class CreateFails extends MisbehavingMechanism {
        @Override
        public InterfaceProcess create(CellInterface cellInterface, ParameterValues parameters) {
            throw new IllegalArgumentException("needs a parameter file that is not there");
        }

        @Override
        void misbehave(double[] rates, Effects effects) {
        }
    }

    /** Allocates without end in its evaluation: an OutOfMemoryError inside the plug-in. */
    public static final class OutOfMemory extends MisbehavingMechanism {
        @Override
        void misbehave(double[] rates, Effects effects) {
            // more than any heap holds: the JVM throws before it allocates anything
            long[] hoard = new long[Integer.MAX_VALUE - 8];
            rates[0] = hoard.length;
        }
    }

    /** Recurses without end in its evaluation: a StackOverflowError inside the plug-in. */
    public static final class StackOverflow extends MisbehavingMechanism {
        @Override
        void misbehave(double[] rates, Effects effects) {
            rates[0] = deeper(1);
        }

        private static double deeper(double x) {
            return deeper(x + 1) + 1;
        }
    }

    /** Its constructor throws: the registry cannot create it. */
    public static final class ConstructorThrows extends MisbehavingMechanism {
        public ConstructorThrows() {
            throw new IllegalStateException("licence file not found");
        }

        @Override
        void misbehave(double[] rates, Effects effects) {
        }
    }

    /**
     * Every evaluation takes 5 ms from the start: never too slow to count as hung or slow, but a run
     * of many steps takes far longer than a test's time limit of a cell.
     */
    public static final class Sluggish extends MisbehavingMechanism {
        @Override
        public InterfaceProcess create(CellInterface cellInterface, ParameterValues parameters) {
            return InterfaceProcess.of(new StateVariable("x", "m", 0), (c, state, rates, effects) -> {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        @Override
        void misbehave(double[] rates, Effects effects) {
        }
    }
}
