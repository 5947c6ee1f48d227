package org.interphase.dsl.validation;

import java.util.Locale;

import org.interphase.model.Cell;
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
import org.interphase.solver.cell.PolymerElectrolyte;

/** The protocols the physics doubts, warned of by {@link EngineRefusalValidator} (issue 16 item 5). */
final class ProtocolDoubts {

    private ProtocolDoubts() {
    }

    /**
     * Issue 16: a semicrystalline polymer more than {@link EngineRefusalValidator#FAR_BELOW_MELTING_K} below its melting
     * point (at the cell's salt ratio: the library's 'melting point at r', else its 'melting point') conducts through its few amorphous regions only; a current above the limiting current
     * of the film there depletes the salt at the electrode within seconds. Null when not so.
     */
    static String doubt(Cell cell, Protocol protocol) {
        if (!cell.getCathode().getMaterial().getRoles().contains(MaterialRole.CATHODE) || cell.getElectrolyte() == null
                || cell.getElectrolyte().getPolymer() == null || cell.getElectrolyte().getPolymer().getMaterial() == null
                || cell.getElectrolyte().getPolymer().getMaterial().eIsProxy() || !EngineRefusalValidator.sound(cell)) {
            return null;
        }
        if (cell.getElectrolyte().getProcess() == ProcessKind.IN_SITU) {
            return null; // a network polymerised in situ does not crystallise
        }
        PolymerElectrolyte electrolyte;
        double nominal;
        double meltingPoint;
        try {
            electrolyte = PolymerElectrolyte.of(cell.getElectrolyte());
            nominal = Cathode.of(cell.getCathode()).nominalCapacity();
            // the melting point at the cell's own salt ratio, as the engine crystallises the film under it
            meltingPoint = electrolyte.meltingPoint();
        } catch (CellModelException | IllegalArgumentException e) {
            return null; // reported where the engine refuses it
        }
        if (!(meltingPoint > 0)) {
            return null;
        }
        java.util.Optional<Double> melting = java.util.Optional.of(meltingPoint);
        double temperature = EngineRefusalValidator.DEFAULT_TEMPERATURE;
        for (Step s : protocol.getSteps()) {
            if (s instanceof TemperatureStep t) {
                temperature = t.getTemperature().getSi();
                break;
            }
        }
        for (Step s : EngineRefusalValidator.leaves(protocol)) {
            if (s instanceof TemperatureStep t) {
                temperature = t.getTemperature().getSi();
            } else if (s instanceof CurrentStep c && c.getRate() != null && temperature >= QuantityValidator.COLDEST
                    && temperature < melting.get() - EngineRefusalValidator.FAR_BELOW_MELTING_K) {
                // below -50 °C the temperature itself is warned of (QuantityValidator.checkTemperature)
                double current = currentDensity(c.getRate(), cell, nominal);
                double limiting;
                try {
                    limiting = electrolyte.limitingCurrent(temperature);
                } catch (CellModelException e) {
                    return null;
                }
                if (current > limiting) {
                    return EngineRefusalValidator.at(s) + String.format(Locale.ROOT, "%s at %s is cycled %.0f K below the melting point of"
                            + " its polymer %s, at %.3g mA/cm2, above the film's limiting current %.3g mA/cm2 there:"
                            + " the salt runs out at the electrode and the cell barely cycles", TopicValidator.shown(cell.getName()),
                            Dimensions.trim(Math.round(Units.parse("°C").orElseThrow().fromSI(temperature) * 10) / 10.0) + " °C",
                            melting.get() - temperature, EngineRefusalValidator.materialName(cell.getElectrolyte().getPolymer().getMaterial()),
                            current / 10, limiting / 10);
                }
            }
        }
        return null;
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
