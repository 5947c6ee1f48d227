package org.interphase.solver.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * What the mechanisms on one interface keep, read by name: for each mechanism, the indices in the
 * runner's state vector of every state variable of that name on the mechanism's interface, looked
 * up once per mechanism and name (the engine asks at every evaluation). A mechanism asks for one or
 * two names, nearly always the same string constant: the names it asked for are kept in a short
 * array and compared by identity first, which costs less than hashing the name (a HashMap here
 * was 4 % of a run's time in the JMH stack profile of 2026-12-06).
 */
final class SharedState {

    private final List<ActiveMechanism> mechanisms;
    /** Where a mechanism's first state variable sits in the runner's state vector, by its index. */
    private final IntUnaryOperator offset;
    /** Per mechanism: the names it asked for, and for each the indices of the states of that name. */
    private final String[][] names;
    private final int[][][] indices;

    SharedState(List<ActiveMechanism> mechanisms, IntUnaryOperator offset) {
        this.mechanisms = mechanisms;
        this.offset = offset;
        names = new String[mechanisms.size()][0];
        indices = new int[mechanisms.size()][0][];
    }

    /** Sum over the mechanisms on mechanism k's interface of their state variable of this name. */
    double sum(double[] state, int k, String name) {
        int[] at = indicesOf(k, name);
        double sum = 0;
        for (int i : at) {
            sum += state[i];
        }
        return sum;
    }

    private int[] indicesOf(int k, String name) {
        String[] known = names[k];
        for (int j = 0; j < known.length; j++) {
            if (known[j] == name) {
                return indices[k][j];
            }
        }
        for (int j = 0; j < known.length; j++) {
            if (known[j].equals(name)) {
                return indices[k][j];
            }
        }
        int[] found = lookUp(k, name);
        names[k] = Arrays.copyOf(known, known.length + 1);
        names[k][known.length] = name;
        indices[k] = Arrays.copyOf(indices[k], known.length + 1);
        indices[k][known.length] = found;
        return found;
    }

    private int[] lookUp(int k, String name) {
        List<Integer> found = new ArrayList<>();
        for (int j = 0; j < mechanisms.size(); j++) {
            ActiveMechanism other = mechanisms.get(j);
            if (other.where() == mechanisms.get(k).where()) {
                for (int v = 0; v < other.size(); v++) {
                    if (other.state().get(v).name().equals(name)) {
                        found.add(offset.applyAsInt(j) + v);
                    }
                }
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }
}
