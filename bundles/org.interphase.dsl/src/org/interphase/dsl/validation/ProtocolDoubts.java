package org.interphase.dsl.validation;

import java.util.Locale;

import org.interphase.model.Cell;
import org.interphase.model.CurrentDirection;
import org.interphase.model.CurrentStep;
import org.interphase.model.MaterialRole;
import org.interphase.model.Protocol;
import org.interphase.model.Quantity;
import org.interphase.model.Step;
import org.interphase.model.TemperatureStep;
import org.interphase.model.ProcessKind;
import org.interphase.model.units.Dimension;
import org.interphase.model.units.Units;
import org.interphase.solver.cell.Cathode;
import org.interphase.solver.cell.CellModelException;
import org.interphase.solver.cell.LithiumAnode;
import org.interphase.solver.cell.PolymerElectrolyte;
import org.interphase.solver.run.Simulation;

/**
 * The protocols the physics doubts, warned of by {@link EngineRefusalValidator} (issue 16 item 5, issue 12 item 7),
 * each with the engine's own numbers (its J*, the cathode's nominal capacity, its longest step), the first in the
 * protocol's order:
 * <ul>
 * <li>a semicrystalline polymer cycled far below its melting point above its limiting current;</li>
 * <li>lithium plated above the film's limiting current J* at the step's temperature (a Li|Li cell's plate or strip,
 * a full cell's charge): the salt runs out at the lithium after Sand's time, the voltage diverges and dendrite_growth's
 * filament shorts the cell;</li>
 * <li>a full cell's current step without a duration of its own so slow that moving the cell's nominal capacity takes
 * longer than the engine's longest step ({@link Simulation#LONGEST_STEP}), where the run stops with the reason.</li>
 * </ul>
 */
final class ProtocolDoubts {

    private ProtocolDoubts() {
    }

    /**
     * The first doubt about running this cell with this protocol, or null. A semicrystalline polymer more than
     * {@link EngineRefusalValidator#FAR_BELOW_MELTING_K} below its melting point (at the cell's salt ratio: the
     * library's 'melting point at r', else its 'melting point') conducts through its few amorphous regions only; a
     * current above the limiting current of the film there depletes the salt at the electrode within seconds.
     */
    static String doubt(Cell cell, Protocol protocol) {
        boolean full = cell.getCathode().getMaterial().getRoles().contains(MaterialRole.CATHODE);
        boolean symmetric = LithiumAnode.isLithium(cell.getCathode()) && LithiumAnode.isLithium(cell.getAnode());
        if (!full && !symmetric || cell.getElectrolyte() == null
                || cell.getElectrolyte().getPolymer() == null || cell.getElectrolyte().getPolymer().getMaterial() == null
                || cell.getElectrolyte().getPolymer().getMaterial().eIsProxy() || !EngineRefusalValidator.sound(cell)) {
            return null;
        }
        PolymerElectrolyte electrolyte;
        double nominal;
        try {
            electrolyte = PolymerElectrolyte.of(cell.getElectrolyte());
            nominal = full ? Cathode.of(cell.getCathode()).nominalCapacity() : Double.NaN;
        } catch (CellModelException | IllegalArgumentException e) {
            return null; // reported where the engine refuses it
        }
        // the melting point at the cell's own salt ratio, as the engine crystallises the film under it; a network
        // polymerised in situ does not crystallise
        double melting = cell.getElectrolyte().getProcess() == ProcessKind.IN_SITU ? 0 : electrolyte.meltingPoint();
        double temperature = EngineRefusalValidator.DEFAULT_TEMPERATURE;
        for (Step s : protocol.getSteps()) {
            if (s instanceof TemperatureStep t) {
                temperature = t.getTemperature().getSi();
                break;
            }
        }
        String name = TopicValidator.shown(cell.getName());
        for (Step s : EngineRefusalValidator.leaves(protocol)) {
            if (s instanceof TemperatureStep t) {
                temperature = t.getTemperature().getSi();
            } else if (s instanceof CurrentStep c && c.getRate() != null) {
                double current = currentDensity(c.getRate(), cell, nominal);
                if (full && c.getDuration() == null && current > 0 && nominal / current > Simulation.LONGEST_STEP) {
                    return EngineRefusalValidator.at(s) + String.format(Locale.ROOT, "the %s at %.3g mA/cm2 would take"
                            + " %.3g h to move the %.3g mAh/cm2 of %s, longer than the engine's longest step, %.3g s"
                            + " (%.1f years): the run stops there with the reason; give the step a duration or a faster"
                            + " rate", c.getDirection().getLiteral(), current / 10, nominal / current / Units.SECONDS_PER_HOUR,
                            nominal / 36000, name, Simulation.LONGEST_STEP, Simulation.LONGEST_STEP / (365.25 * 86400));
                }
                if (temperature < QuantityValidator.COLDEST) {
                    continue; // below -50 °C the temperature itself is warned of (QuantityValidator.checkTemperature)
                }
                double limiting;
                try {
                    limiting = electrolyte.limitingCurrent(temperature);
                } catch (CellModelException e) {
                    return null;
                }
                if (!(current > limiting)) {
                    continue;
                }
                if (full && melting > 0 && temperature < melting - EngineRefusalValidator.FAR_BELOW_MELTING_K) {
                    return EngineRefusalValidator.at(s) + String.format(Locale.ROOT, "%s at %s is cycled %.0f K below the"
                            + " melting point of its polymer %s, at %.3g mA/cm2, above the film's limiting current %.3g"
                            + " mA/cm2 there: the salt runs out at the electrode and the cell barely cycles", name,
                            celsius(temperature), melting - temperature,
                            EngineRefusalValidator.materialName(cell.getElectrolyte().getPolymer().getMaterial()),
                            current / 10, limiting / 10);
                }
                if (symmetric || c.getDirection() == CurrentDirection.CHARGE) {
                    return EngineRefusalValidator.at(s) + String.format(Locale.ROOT, "%s %s at %.3g mA/cm2 at %s, above"
                            + " the film's limiting current J* = %.3g mA/cm2 there: the salt runs out at the lithium after"
                            + " Sand's time, the voltage diverges and a lithium filament grows (dendrite_growth shorts the"
                            + " cell)", name, symmetric ? c.getDirection().getLiteral() + "s" : "charges", current / 10,
                            celsius(temperature), limiting / 10);
                }
            }
        }
        return null;
    }

    /** "12.5 °C": a temperature in K as the user writes it. */
    private static String celsius(double kelvin) {
        return Dimensions.trim(Math.round(Units.parse("°C").orElseThrow().fromSI(kelvin) * 10) / 10.0) + " °C";
    }

    /** As ProtocolRunner.current: A/m2 from a C-rate, a current or a current density. */
    private static double currentDensity(Quantity q, Cell cell, double nominalCapacity) {
        Dimension d = Units.dimensionOf(q.getUnit()).orElse(null);
        if (Dimension.C_RATE.equals(d)) {
            return Math.abs(q.getSi()) * nominalCapacity / Units.SECONDS_PER_HOUR;
        }
        if (Dimension.CURRENT.equals(d)) {
            return Math.abs(q.getSi()) / (cell.getArea() == null ? 1e-4 : cell.getArea().getSi());
        }
        return Math.abs(q.getSi());
    }
}
