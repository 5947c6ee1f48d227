package org.interphase.uq.cell;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.interphase.model.Cell;
import org.interphase.model.Material;
import org.interphase.model.MechanismSettings;
import org.interphase.model.ModelFactory;
import org.interphase.model.Parameter;
import org.interphase.model.Quantity;
import org.interphase.model.Study;
import org.interphase.model.units.Units;

/**
 * A cell of a study with some parameters set to other values, for one run; the model itself is
 * never changed.
 * <p>
 * The study, the cell and every material the cell uses (with what they are based on) are copied
 * together, so the copied cell references the copied materials. A material value is set in the
 * copy of the material that declares it, in the unit it is written in; a mechanism parameter is
 * set the way a study sets it, as a {@code mechanism id { name = value }} entry of the copied study
 * (the engine's per-study override path, also part of the result cache's key). The copied study
 * runs only the copied cell.
 *
 * @param study the copied study
 * @param cell  the copied cell
 */
public record Variant(Study study, Cell cell) {

    /**
     * The cell of the study with the parameters at the given SI values.
     *
     * @param values one SI value per parameter, in the same order
     */
    public static Variant of(Study study, Cell cell, List<UncertainParameter> parameters, double[] values) {
        if (values.length != parameters.size()) {
            throw new IllegalArgumentException(parameters.size() + " parameters, " + values.length + " values");
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Study s = (Study) copier.copy(study);
        Cell c = (Cell) copier.copy(cell);
        for (Material m : ParameterSpace.materials(cell)) {
            copier.copy(m);
        }
        copier.copyReferences();
        s.getCells().clear();
        s.getCells().add(c);
        for (int i = 0; i < values.length; i++) {
            UncertainParameter p = parameters.get(i);
            if (p.material()) {
                Parameter copy = (Parameter) copier.get(p.parameter());
                if (copy == null) {
                    throw new IllegalStateException(p.label() + " is not a value of a material of cell " + cell.getName());
                }
                copy.setValue(quantity(values[i], p.unit()));
            } else {
                set(s, p.mechanism(), p.name(), quantity(values[i], p.unit()));
            }
        }
        return new Variant(s, c);
    }

    private static void set(Study study, String mechanism, String name, Quantity value) {
        MechanismSettings settings = study.getSettings().stream().filter(m -> mechanism.equals(m.getMechanism()))
                .findFirst().orElse(null);
        if (settings == null) {
            settings = ModelFactory.eINSTANCE.createMechanismSettings();
            settings.setMechanism(mechanism);
            study.getSettings().add(settings);
        }
        settings.getParameters().removeIf(p -> name.equals(p.getName()));
        Parameter p = ModelFactory.eINSTANCE.createParameter();
        p.setName(name);
        p.setValue(value);
        settings.getParameters().add(p);
    }

    /** An SI value as a quantity in the given unit. */
    static Quantity quantity(double si, String unit) {
        Quantity q = ModelFactory.eINSTANCE.createQuantity();
        String u = unit == null ? "" : unit;
        q.setUnit(u);
        q.setValue(Units.parse(u).orElseThrow(() -> new IllegalArgumentException("unknown unit " + u)).fromSI(si));
        return q;
    }
}
