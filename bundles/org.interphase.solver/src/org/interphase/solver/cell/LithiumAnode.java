package org.interphase.solver.cell;

import org.interphase.solver.api.Physics;
import org.interphase.model.Electrode;
import org.interphase.model.Electrolyte;
import org.interphase.model.Layer;
import org.interphase.model.MaterialRole;

/**
 * A lithium-metal electrode with Butler-Volmer charge transfer, optionally behind an interlayer (Mg3N2
 * converts on lithium into Li3N + Mg, whose Li3N conducts). It holds the lithium of its thickness
 * ({@link #inventory}): a symmetric cell counts what each electrode holds, a full cell what the anode
 * holds less what side reactions and dead lithium take from it ({@code run.AnodeInventory}).
 *
 * @param referenceExchangeCurrent exchange current density at {@link Cathode#I0_REFERENCE_K}, A/m2
 *                                 ({@link #exchangeCurrent(double)} at other temperatures)
 * @param interlayerResistance     resistance of the interlayer, ohm m2 (0 without one)
 * @param lithium                  the lithium the electrode held as built, C/m2 ({@link #inventory};
 *                                 +infinity without a thickness)
 */
public record LithiumAnode(double referenceExchangeCurrent, double interlayerResistance, double lithium) {

    public static LithiumAnode of(Electrode electrode) {
        MaterialData m = new MaterialData(electrode.getMaterial());
        if (!isLithium(electrode)) {
            throw new CellModelException("the anode " + m.name() + " is not lithium: cycling needs a lithium anode");
        }
        return new LithiumAnode(m.require("exchange current density"), interlayerResistance(electrode), inventory(electrode));
    }

    /** Whether an electrode is lithium metal (its material has the anode role). */
    public static boolean isLithium(Electrode electrode) {
        return electrode != null && electrode.getMaterial() != null && !electrode.getMaterial().eIsProxy()
                && electrode.getMaterial().getRoles().contains(MaterialRole.ANODE);
    }

    /**
     * Area-specific resistance of an electrode's interlayer, ohm m2: thickness over the conductivity of
     * what it becomes on lithium ("product conductivity", Li3N from Mg3N2), else of the layer itself.
     */
    public static double interlayerResistance(Electrode electrode) {
        Layer layer = electrode.getInterlayer();
        if (layer == null || layer.getThickness() == null) {
            return 0;
        }
        MaterialData m = new MaterialData(layer.getMaterial());
        double sigma = m.optional("product conductivity").orElseGet(() -> m.require("ionic conductivity"));
        return layer.getThickness().getSi() / sigma;
    }

    /** Thickness of an electrode's interlayer, m (0 without one). */
    public static double interlayerThickness(Electrode electrode) {
        Layer layer = electrode.getInterlayer();
        return layer == null || layer.getThickness() == null ? 0 : layer.getThickness().getSi();
    }

    /**
     * The fraction of a lithium surface that touches the polymer: a scaffold's fibres take the rest
     * ("contact area factor" of the scaffold material; 1 without a scaffold).
     */
    public static double contactFraction(Electrolyte electrolyte) {
        if (electrolyte == null || electrolyte.getScaffold() == null || electrolyte.getScaffold().getMaterial() == null) {
            return 1;
        }
        return new MaterialData(electrolyte.getScaffold().getMaterial()).optional("contact area factor").orElse(1.0);
    }

    /**
     * The lithium an electrode holds, C/m2: its thickness x density x specific capacity (50 um of lithium
     * hold 10.3 mAh/cm2); unlimited (+infinity) when the cell gives no thickness.
     */
    public static double inventory(Electrode electrode) {
        if (electrode.getThickness() == null) {
            return Double.POSITIVE_INFINITY;
        }
        MaterialData m = new MaterialData(electrode.getMaterial());
        return electrode.getThickness().getSi() * m.require("density") * m.require("specific capacity");
    }

    /** Exchange current density at a temperature, A/m2. */
    public double exchangeCurrent(double temperatureK) {
        return referenceExchangeCurrent * Physics.arrhenius(Cathode.CHARGE_TRANSFER_EA, temperatureK, Cathode.I0_REFERENCE_K);
    }
}
