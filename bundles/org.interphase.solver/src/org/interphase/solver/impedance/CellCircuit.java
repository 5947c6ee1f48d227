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
 * double layer, or the double layer alone for an inert, blocking electrode (steel, platinum). The
 * double layer sits on the real surface (issue 12): on a composite cathode that of its particles
 * (3 m / (rho r)) and of its carbon black (mass x BET), ~13 and ~350 cm2 per cm2 for 1.5 mAh/cm2 of LCO
 * with 5 wt% carbon; on lithium and the flat inert metals the geometric area. Contact lost by the
 * cathode divides its charge-transfer current, and so multiplies R_ct, and takes its share of the
 * double layer (the cycling runs pass the contact they reached).
 */
public final class CellCircuit {

    /** Vacuum permittivity, F/m (CODATA 2018). */
    static final double EPSILON_0 = 8.8541878128e-12;

    /** Relative permittivity of PEO-based electrolytes, ~5 (reported values 4-8). */
    static final double RELATIVE_PERMITTIVITY = 5;

    /** Double-layer capacitance per real area: 1 uF/cm2 = 0.01 F/m2 (domain brief: ~0.1-1 uF/cm2). */
    static final double DOUBLE_LAYER = 0.01;

    private CellCircuit() {
    }

    /** The circuit's elements at a temperature, in series order: cathode interface, bulk, anode interface. */
    public static List<Element> of(Cell cell, double temperatureK) {
        return of(cell, temperatureK, 1);
    }

    /**
     * The circuit of a cell whose cathode keeps a fraction of its contact with the electrolyte (1 fresh):
     * R_ct / contact and the double layer times contact at the cathode.
     */
    public static List<Element> of(Cell cell, double temperatureK, double cathodeContact) {
        return of(cell, temperatureK, cathodeContact, Double.NaN);
    }

    /**
     * The same with the bulk resistance of the electrolyte given (ohm m2), as a run has it at that moment
     * (its polymer partly crystallised); NaN takes the fresh film's.
     */
    public static List<Element> of(Cell cell, double temperatureK, double cathodeContact, double bulkResistance) {
        checkContact(cathodeContact);
        return of(prepare(cell), temperatureK, cathodeContact, bulkResistance);
    }

    /**
     * What a cell's circuit is made of, built once from the cell's description (the electrolyte's and the
     * electrodes' models, from the library): a run that records a spectrum every few cycles builds it once
     * ({@code Measurements}) instead of once per spectrum (3 % of a 1000-cycle run's CPU, 2026-12-08).
     */
    public record Parts(PolymerElectrolyte electrolyte, Side cathode, Side anode) {
    }

    /** An electrode of the circuit: inert (a blocking metal), lithium or an intercalation cathode. */
    private record Side(boolean inert, LithiumAnode lithium, Cathode cathode) {

        static Side of(Electrode electrode) {
            var roles = electrode.getMaterial().getRoles();
            if (roles.contains(MaterialRole.INERT)) {
                return new Side(true, null, null);
            }
            return roles.contains(MaterialRole.ANODE) ? new Side(false, LithiumAnode.of(electrode), null)
                    : new Side(false, null, Cathode.of(electrode));
        }
    }

    /** The parts of a cell's circuit (for {@link #of(Parts, double, double, double)}). */
    public static Parts prepare(Cell cell) {
        if (cell.getCathode() == null || cell.getAnode() == null || cell.getElectrolyte() == null) {
            throw new CellModelException("cell " + cell.getName() + " needs a cathode, an electrolyte and an anode");
        }
        return new Parts(PolymerElectrolyte.of(cell.getElectrolyte()), Side.of(cell.getCathode()), Side.of(cell.getAnode()));
    }

    /** The circuit of {@link #of(Cell, double, double, double)} from its parts. */
    public static List<Element> of(Parts parts, double temperatureK, double cathodeContact, double bulkResistance) {
        checkContact(cathodeContact);
        PolymerElectrolyte spe = parts.electrolyte();
        List<Element> elements = new ArrayList<>();
        elements.add(electrode("cathode/electrolyte", parts.cathode(), temperatureK, cathodeContact));
        elements.add(new Element("bulk", Double.isNaN(bulkResistance) ? spe.resistance(temperatureK) : bulkResistance,
                EPSILON_0 * RELATIVE_PERMITTIVITY / spe.thickness()));
        elements.add(electrode("anode/electrolyte", parts.anode(), temperatureK, 1));
        return elements;
    }

    private static void checkContact(double cathodeContact) {
        if (!(cathodeContact > 0 && cathodeContact <= 1)) {
            throw new CellModelException("the cathode's contact fraction must be in (0, 1], got " + cathodeContact);
        }
    }

    private static Element electrode(String name, Side side, double temperatureK, double contact) {
        if (side.inert()) {
            return new Element(name, Double.POSITIVE_INFINITY, DOUBLE_LAYER);
        }
        if (side.lithium() != null) {
            return new Element(name, Physics.thermalVoltage(temperatureK) / side.lithium().exchangeCurrent(temperatureK),
                    DOUBLE_LAYER);
        }
        Cathode cathode = side.cathode();
        return new Element(name, Physics.thermalVoltage(temperatureK) / (cathode.exchangeCurrent(temperatureK) * contact),
                DOUBLE_LAYER * (cathode.surfaceArea() + cathode.carbonSurfaceArea()) * contact);
    }
}
