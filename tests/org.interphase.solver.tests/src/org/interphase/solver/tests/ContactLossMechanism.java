package org.interphase.solver.tests;

import org.interphase.solver.api.Effects;
import org.interphase.solver.api.StateVariable;

/** Test contribution: the cathode loses contact with the electrolyte at a constant fraction per second. */
public class ContactLossMechanism extends ConstantRateMechanism {

    public ContactLossMechanism() {
        super("loss rate", new StateVariable("lost_contact", "1", 0), Effects::contactLoss);
    }
}
