package org.interphase.solver.cell;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.interphase.model.Electrolyte;

/**
 * One crystalline state per electrolyte for the length of a run: within {@link #within}, every
 * {@link PolymerElectrolyte} made of the same electrolyte shares one {@link PolymerPhase}, so the view a
 * mechanism gets from {@code CellProperties.electrolyte} reads the crystallinity the runner moves
 * (issue 12, items 4 and 7). Outside a run each film has its own phase, amorphous at the start, as before.
 * The scope is per thread: runs on other threads keep their own phases.
 */
public final class FilmPhases {

    private static final ThreadLocal<Map<Electrolyte, PolymerPhase>> OPEN = new ThreadLocal<>();
    /** The share of each film's salt left, shared the same way (the runner drains it, mechanisms read it). */
    private static final ThreadLocal<Map<Electrolyte, double[]>> SALT = new ThreadLocal<>();

    private FilmPhases() {
    }

    /**
     * Runs a piece of work (the activation of the mechanisms and the run) in which the films of one
     * electrolyte share their phase; nested calls share the outer scope.
     */
    public static <T> T within(Supplier<T> work) {
        if (OPEN.get() != null) {
            return work.get();
        }
        OPEN.set(new IdentityHashMap<>());
        SALT.set(new IdentityHashMap<>());
        try {
            return work.get();
        } finally {
            OPEN.remove();
            SALT.remove();
        }
    }

    /** The phase of an electrolyte: the scope's shared one, made on first use; a new one outside a scope. */
    static PolymerPhase of(Electrolyte electrolyte, Supplier<PolymerPhase> create) {
        Map<Electrolyte, PolymerPhase> open = OPEN.get();
        return open == null ? create.get() : open.computeIfAbsent(electrolyte, e -> create.get());
    }

    /** The share of an electrolyte's salt left (one element, 1 at the start): the scope's shared one; a new one outside. */
    static double[] saltLeft(Electrolyte electrolyte) {
        Map<Electrolyte, double[]> open = SALT.get();
        return open == null ? new double[] { 1 } : open.computeIfAbsent(electrolyte, e -> new double[] { 1 });
    }
}
