package org.interphase.solver.cell;

import org.interphase.model.Electrode;

/** A lithium-metal electrode: an unlimited lithium reservoir with Butler-Volmer charge transfer. */
public final class LithiumAnode {

    private final double exchangeCurrent;

    private LithiumAnode(double exchangeCurrent) {
        this.exchangeCurrent = exchangeCurrent;
    }

    public static LithiumAnode of(Electrode electrode) {
        MaterialData m = new MaterialData(electrode.getMaterial());
        if (!m.material().getRoles().contains(org.interphase.model.MaterialRole.ANODE)) {
            throw new CellModelException("the anode " + m.name() + " is not lithium: cycling needs a lithium anode");
        }
        return new LithiumAnode(m.require("exchange current density"));
    }

    /** Exchange current density at a temperature, A/m2. */
    public double exchangeCurrent(double temperatureK) {
        return exchangeCurrent * Physics.arrhenius(Cathode.CHARGE_TRANSFER_EA, temperatureK, Cathode.I0_REFERENCE_K);
    }
}
