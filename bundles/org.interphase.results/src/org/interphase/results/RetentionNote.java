package org.interphase.results;

import java.util.Locale;
import java.util.Optional;

import org.interphase.model.results.CycleRecord;
import org.interphase.model.results.RunResult;

/**
 * A retention above 100 %: a cycle whose discharge capacity exceeds the first cycle's. Said once per
 * run, with the first cycle at which it happens and the highest retention, wherever results are
 * reported (summary.json {@code notes}, report.html, the outcome table of {@code interphase run} and
 * the workbench's console), so that a retention such as 100.4 % is never shown without a word.
 * <p>
 * Computed from the run's cycles (cycles.csv), not stored in the result model: a result read back
 * or served from the cache gets the same note. A retention counts as above 100 % when it would be
 * shown so at one decimal (100.05 % and more): the note and the number shown agree.
 *
 * @param cycle     the first cycle above 100 %
 * @param retention its retention, %
 * @param peakCycle the cycle of the highest retention
 * @param peak      the highest retention, %
 */
public record RetentionNote(int cycle, double retention, int peakCycle, double peak) {

    /** The note's code in summary.json's {@code notes}. */
    public static final String CODE = "retention_above_100";

    /** The smallest retention shown above 100.0 at one decimal, %. */
    static final double ABOVE = 100.05;

    /** The note of a run, if a cycle's retention is above 100 %. */
    public static Optional<RetentionNote> of(RunResult r) {
        CycleRecord first = null;
        CycleRecord peak = null;
        for (CycleRecord c : r.getCycles()) {
            double v = c.getCapacityRetention();
            if (Double.isFinite(v) && v >= ABOVE) {
                first = first == null ? c : first;
                peak = peak == null || v > peak.getCapacityRetention() ? c : peak;
            }
        }
        return first == null ? Optional.empty()
                : Optional.of(new RetentionNote(first.getCycle(), first.getCapacityRetention(), peak.getCycle(),
                        peak.getCapacityRetention()));
    }

    /** One line: what happened, where, and what it means in this engine (docs/results.md#notes). */
    public String text() {
        return String.format(Locale.ROOT, "capacity retention above 100 %% from cycle %d (%.1f %%; highest %.1f %% at"
                + " cycle %d): the discharge capacity rose above the first cycle's. %s", cycle, retention, peak,
                peakCycle, MEANING);
    }

    /**
     * What a retention above 100 % means in this engine (docs/results.md#notes, where the cases are
     * worked through).
     */
    static final String MEANING = "In this engine it is a modelled effect, not a gain of capacity: the parasitic"
            + " oxidation at the cathode, whose electrons lithiate it without external current, falls as its films"
            + " passivate (the side charge and the coulombic efficiency of cycles.csv show it), so a later discharge"
            + " delivers a little more of the same capacity even as the resistance rises";
}
