package org.interphase.solver.run;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToIntFunction;

import org.interphase.solver.transport.SaltTransport;

/**
 * The film's salt inventory: what the mechanisms reduced of the salt's anion (their state {@link #STATE}, mol/m2,
 * a running total) leaves the salt profile, and the film's bulk conductivity follows the salt left. A runner calls
 * {@link #drain} before each step (operator splitting: the amount reduced during a step, at most a per-mille of the
 * inventory in the cells of the validation set, leaves at the next step's start) and divides its bulk resistance by
 * {@link #conductivityFactor}. A state that goes back (a multi-rate rollback) returns no salt.
 */
final class SaltInventory {

    /** Name of the mechanisms' state that counts the salt they reduced, mol/m2. */
    static final String STATE = "salt_reduced";

    private final SaltTransport transport;
    private final int[] indices;
    private final DoubleUnaryOperator conductivity;
    private double drained;
    private double factor = 1;

    /**
     * @param conductivity the film's conductivity at a share of its salt left, over that at c0
     */
    SaltInventory(SaltTransport transport, List<ActiveMechanism> mechanisms, ToIntFunction<ActiveMechanism> offset,
            DoubleUnaryOperator conductivity) {
        this.transport = transport;
        this.conductivity = conductivity;
        this.indices = mechanisms.stream().flatMapToInt(m -> java.util.stream.IntStream.range(0, m.size())
                .filter(k -> STATE.equals(m.state().get(k).name())).map(k -> offset.applyAsInt(m) + k)).toArray();
    }

    /** Takes what the mechanisms reduced since the last call out of the salt profile. */
    void drain(double[] y) {
        if (indices.length == 0) {
            return;
        }
        double total = 0;
        for (int i : indices) {
            total += Math.max(0, y[i]);
        }
        if (total > drained) {
            transport.remove(total - drained);
            drained = total;
            factor = Math.max(1e-9, conductivity.applyAsDouble(transport.saltLeft()));
        }
    }

    /** The bulk conductivity now over that with all the salt (1 while nothing was reduced). */
    double conductivityFactor() {
        return factor;
    }

    /** The salt the film holds now over what it held at the start. */
    double saltLeft() {
        return transport.saltLeft();
    }
}
