package org.interphase.solver.impedance;

import java.util.ArrayList;
import java.util.List;

import org.interphase.model.Cell;
import org.interphase.model.Electrode;
import org.interphase.model.MaterialRole;
import org.interphase.solver.cell.Cathode;
import org.interphase.solver.cell.CellModelException;
import org.interphase.solver.cell.LithiumAnode;
import org.interphase.solver.api.Physics;
import org.interphase.solver.cell.PolymerElectrolyte;

/**
 * The equivalent circuit of a cell (domain brief): the electrolyte bulk resistance with its
 * geometric capacitance, and at each electrode its charge-transfer resistance RT/(F i0) with the
 * double layer, or the double layer alone for an inert, blocking electrode (steel, platinum).
 */
public final class CellCircuit {

    /** Vacuum permittivity, F/m (CODATA 2018). */
    static final double EPSILON_0 = 8.8541878128e-12;

    /** Relative permittivity of PEO-based electrolytes, ~5 (reported values 4-8). */
    static final double RELATIVE_PERMITTIVITY = 5;

    /** Double-layer capacitance per geometric area: 1 uF/cm2 = 0.01 F/m2 (domain brief: ~0.1-1 uF/cm2). */
    static final double DOUBLE_LAYER = 0.01;

    private CellCircuit() {
    }

    /** The circuit's elements at a temperature, in series order: cathode interface, bulk, anode interface. */
    public static List<Element> of(Cell cell, double temperatureK) {
        if (cell.getCathode() == null || cell.getAnode() == null || cell.getElectrolyte() == null) {
            throw new CellModelException("cell " + cell.getName() + " needs a cathode, an electrolyte and an anode");
        }
        PolymerElectrolyte spe = PolymerElectrolyte.of(cell.getElectrolyte());
        List<Element> elements = new ArrayList<>();
        elements.add(electrode("cathode/electrolyte", cell.getCathode(), temperatureK));
        elements.add(new Element("bulk", spe.resistance(temperatureK),
                EPSILON_0 * RELATIVE_PERMITTIVITY / spe.thickness()));
        elements.add(electrode("anode/electrolyte", cell.getAnode(), temperatureK));
        return elements;
    }

    private static Element electrode(String name, Electrode electrode, double temperatureK) {
        var roles = electrode.getMaterial().getRoles();
        double resistance;
        if (roles.contains(MaterialRole.INERT)) {
            resistance = Double.POSITIVE_INFINITY;
        } else if (roles.contains(MaterialRole.ANODE)) {
            resistance = Physics.thermalVoltage(temperatureK) / LithiumAnode.of(electrode).exchangeCurrent(temperatureK);
        } else {
            resistance = Physics.thermalVoltage(temperatureK) / Cathode.of(electrode).exchangeCurrent(temperatureK);
        }
        return new Element(name, resistance, DOUBLE_LAYER);
    }
}
