package org.interphase.solver.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * What the mechanisms on one interface keep, read by name: for each mechanism, the indices in the
 * runner's state vector of every state variable of that name on the mechanism's interface, looked
 * up once per mechanism and name (the engine asks at every evaluation).
 */
final class SharedState {

    private final List<ActiveMechanism> mechanisms;
    /** Where a mechanism's first state variable sits in the runner's state vector, by its index. */
    private final IntUnaryOperator offset;
    private final List<Map<String, int[]>> indices = new ArrayList<>();

    SharedState(List<ActiveMechanism> mechanisms, IntUnaryOperator offset) {
        this.mechanisms = mechanisms;
        this.offset = offset;
        for (int k = 0; k < mechanisms.size(); k++) {
            indices.add(new HashMap<>());
        }
    }

    /** Sum over the mechanisms on mechanism k's interface of their state variable of this name. */
    double sum(double[] state, int k, String name) {
        int[] at = indices.get(k).computeIfAbsent(name, n -> {
            List<Integer> found = new ArrayList<>();
            for (int j = 0; j < mechanisms.size(); j++) {
                ActiveMechanism other = mechanisms.get(j);
                if (other.where() == mechanisms.get(k).where()) {
                    for (int v = 0; v < other.size(); v++) {
                        if (other.state().get(v).name().equals(n)) {
                            found.add(offset.applyAsInt(j) + v);
                        }
                    }
                }
            }
            return found.stream().mapToInt(Integer::intValue).toArray();
        });
        double sum = 0;
        for (int i : at) {
            sum += state[i];
        }
        return sum;
    }
}
