package org.interphase.solver.tests;

import org.interphase.solver.api.Effects;
import org.interphase.solver.api.StateVariable;

/** Test contribution: a constant side current that leaves a film growing at a rate proportional to it. */
public class LeakMechanism extends ConstantRateMechanism {

    public LeakMechanism() {
        super("leak current", new StateVariable("leaked_charge", "C/m2", 0), Effects::sideCurrent);
    }
}
