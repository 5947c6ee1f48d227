package org.interphase.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interphase.model.ModelFactory;
import org.interphase.model.Protocol;
import org.interphase.model.Quantity;
import org.interphase.model.RepeatStep;
import org.interphase.validation.Endurance;
import org.junit.jupiter.api.Test;

/**
 * The published cycle count the long-cycling check reads from a case's protocol: every repetition of every
 * counted repeat block is one cycle (docs/language.md, 'repeat N { ... }'; the engine's protocol walk opens
 * one cycle per repetition), so a protocol that splits its cycles over blocks has their sum.
 */
class EnduranceTest {

    private static final ModelFactory M = ModelFactory.eINSTANCE;

    private static RepeatStep repeat(int count) {
        RepeatStep r = M.createRepeatStep();
        r.setCount(count);
        r.getSteps().add(M.createRestStep());
        return r;
    }

    /**
     * Five formation cycles and then 60 and 60 more (a test paused after 65 cycles, a common layout of long
     * tests): 125 cycles, a long-cycling cell. Before, the largest block alone counted: 60, and such a cell
     * was not checked at all.
     */
    @Test
    void everyRepeatBlockCounts() {
        Protocol p = M.createProtocol();
        p.getSteps().add(repeat(5));
        p.getSteps().add(repeat(60));
        p.getSteps().add(M.createRestStep());
        p.getSteps().add(repeat(60));
        assertEquals(125, Endurance.plannedCycles(p));
    }

    /** A block repeated until a time has no count: it adds no published cycles. */
    @Test
    void aBlockRepeatedUntilATimeAddsNone() {
        Protocol p = M.createProtocol();
        p.getSteps().add(repeat(100));
        RepeatStep timed = repeat(1);
        Quantity until = M.createQuantity();
        until.setValue(100);
        until.setUnit("h");
        timed.setUntil(until);
        p.getSteps().add(timed);
        assertEquals(100, Endurance.plannedCycles(p));
        assertEquals(0, Endurance.plannedCycles(null));
    }
}
